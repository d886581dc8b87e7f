import fc from 'fast-check'
import { base64UrlDecode, base64UrlEncode, decodeCore, decodeQrText, encodeCore, encodeQrText, PAYLOAD_PREFIX, utf8Decode, utf8Encode } from './encoding'
import { disclosureLeaf, issueCertificate } from './issue'
import { claimPath, generateKeyPair, signMessage } from './keys'
import { createPresentation, signPresentation } from './present'
import { signRevocationList } from './revocation'
import { BEIHAI_STB, type CertificateFields, type Purpose, type Verdict } from './types'
import { createSeenNonces, verifyPresentation, type VerifyOptions } from './verify'
import { sampleCertificateFields, seeded } from '../../../tests/support/certificateFixtures'

const fields = sampleCertificateFields(['hospital', 'theatre'])

const now = Date.parse('2024-03-01T10:00:00+08:00')
const issuer = generateKeyPair(seeded('issuer'))
const stranger = generateKeyPair(seeded('stranger'))
const device = generateKeyPair(seeded('device'))
const issuerKeys = [{ kid: issuer.kid, publicKey: base64UrlEncode(issuer.publicKey), issuerId: 'beihai-stb', issuer: BEIHAI_STB }]

const issue = (overrides: Partial<CertificateFields> = {}, key = issuer) =>
  issueCertificate({ ...fields, ...overrides }, device.publicKey, key, { randomBytes: seeded(JSON.stringify(overrides)) })
const cert = issue()
const revocationList = signRevocationList({ seq: 1, issuedAt: now - 3_600_000, revoked: ['someone-else'] }, issuer)

const present = (purpose: Purpose = 'hospital', at = now, certificate = cert) => createPresentation(certificate, device.secretKey, purpose, at)

const verify = (qrText: string, overrides: Partial<VerifyOptions> = {}): Verdict =>
  verifyPresentation(qrText, { issuerKeys, revocationLists: [revocationList], purpose: 'hospital', nowMs: now, ...overrides })

/** Re-signs an edited code with the device key: the attacker here is the holder. */
const resignedBy = (qrText: string, edit: (body: ReturnType<typeof decodeQrText>['body']) => void) => {
  const { body } = decodeQrText(qrText)
  edit(body)
  return signPresentation(body, device.secretKey)
}

describe('verifyPresentation: genuine codes', () => {
  it('accepts a hospital code: name, validity and the hospital perk', () => {
    const qr = present('hospital')
    const verdict = verify(qr)
    expect(verdict).toEqual({
      ok: true,
      code: 'valid',
      purpose: 'hospital',
      entitlement: 'hospital',
      disclosed: {
        validFrom: '2024-01-15',
        validTo: '2026-01-14',
        holderName: { zh: '玛丽亚·施密特', en: 'Maria Schmidt' },
        entitlements: ['hospital']
      },
      credentialId: cert.credentialId,
      issuerKid: issuer.kid,
      issuer: BEIHAI_STB,
      proofIssuedAt: now,
      presentationId: `${cert.credentialId}.${base64UrlEncode(decodeQrText(qr).body.nonce)}`,
      warnings: [],
      revocationListIssuedAt: now - 3_600_000
    })
  })

  it('accepts a theatre code: the name the clerk compares with the passport, perk and validity, nothing more', () => {
    const verdict = verify(present('theatre'), { purpose: 'theatre' })
    expect(verdict.code).toBe('valid')
    if (verdict.code !== 'valid') return
    expect(verdict.disclosed).toEqual({
      validFrom: '2024-01-15',
      validTo: '2026-01-14',
      holderName: { zh: '玛丽亚·施密特', en: 'Maria Schmidt' },
      entitlements: ['theatre']
    })
    expect(JSON.stringify(verdict)).not.toMatch(/C01X00T47|BHRC|DEU/)
  })

  it('accepts a code up to the end of the last valid Beijing day', () => {
    const lastEvening = Date.parse('2026-01-14T23:59:00+08:00')
    const list = signRevocationList({ seq: 2, issuedAt: lastEvening - 60_000, revoked: [] }, issuer)
    expect(verify(present('hospital', lastEvening), { nowMs: lastEvening, revocationLists: [list] }).code).toBe('valid')
  })

  it('accepts a proof just inside the window and a phone clock slightly ahead', () => {
    expect(verify(present('hospital', now - 44_000)).code).toBe('valid')
    expect(verify(present('hospital', now + 14_000)).code).toBe('valid')
  })

  it('drops claims the purpose does not call for, even the passport if a holder adds it', () => {
    const leaves = cert.claimLeaves.map(base64UrlDecode)
    const passport = cert.disclosures.find((claim) => claim.field === 'passportNumber')!
    const leafIndex = cert.claimLeaves.indexOf(base64UrlEncode(disclosureLeaf(passport)))
    const qr = resignedBy(present('theatre'), (body) => {
      body.disclosures.push({ bytes: utf8Encode(passport.json), leafIndex, path: claimPath(leaves, leafIndex) })
    })
    const verdict = verify(qr, { purpose: 'theatre' })
    expect(verdict.code).toBe('valid')
    expect(JSON.stringify(verdict)).not.toContain('C01X00T47')
  })
})

describe('verifyPresentation: forgeries', () => {
  it('forged issuer signature: the holder extends their own validity', () => {
    const qr = resignedBy(present(), (body) => {
      body.core = encodeCore({ ...decodeCore(body.core), validTo: '2030-12-31' })
    })
    expect(verify(qr)).toMatchObject({ ok: false, code: 'forged', reason: 'issuer_signature' })
  })

  it('forged issuer signature: a flipped signature bit', () => {
    const qr = resignedBy(present(), (body) => {
      body.issuerSignature[10] ^= 1
    })
    expect(verify(qr)).toMatchObject({ code: 'forged', reason: 'issuer_signature' })
  })

  it('signature by an unknown issuer key', () => {
    expect(verify(present('hospital', now, issue({}, stranger)))).toMatchObject({ code: 'forged', reason: 'unknown_issuer_key' })
  })

  it('a certificate copied off the phone, presented with another key', () => {
    const thief = generateKeyPair(seeded('thief'))
    const { body } = decodeQrText(present())
    expect(verify(signPresentation(body, thief.secretKey))).toMatchObject({ code: 'forged', reason: 'holder_signature' })
  })

  it('a screenshot re-dated without the device key', () => {
    const { body, holderSignature } = decodeQrText(present('hospital', now - 300_000))
    body.issuedAtSeconds = now / 1000
    expect(verify(encodeQrText(body, holderSignature))).toMatchObject({ code: 'forged', reason: 'holder_signature' })
  })
})

describe('verifyPresentation: tampered claims', () => {
  const renamed = (json: string) => json.replace('Maria Schmidt', 'Mario Schmidt')

  it('a disclosed field edited in transit', () => {
    const { body, holderSignature } = decodeQrText(present())
    body.disclosures[0].bytes = utf8Encode(renamed(utf8Decode(body.disclosures[0].bytes)))
    expect(verify(encodeQrText(body, holderSignature))).toMatchObject({ code: 'tampered', field: 'holderName' })
  })

  it('a disclosed field edited by the holder, who re-signs with the device key', () => {
    const qr = resignedBy(present(), (body) => {
      for (const disclosure of body.disclosures) disclosure.bytes = utf8Encode(renamed(utf8Decode(disclosure.bytes)))
    })
    expect(verify(qr)).toMatchObject({ code: 'tampered', field: 'holderName' })
  })

  it('a perk the certificate does not carry, with a made-up salt', () => {
    const qr = resignedBy(present('theatre'), (body) => {
      body.disclosures[0].bytes = utf8Encode(JSON.stringify(['AAAAAAAAAAAAAAAAAAAAAA', 'entitlement', 'school']))
    })
    expect(verify(qr, { purpose: 'school' })).toMatchObject({ code: 'tampered', field: 'entitlement' })
  })

  it('a genuine claim moved to another leaf position', () => {
    const qr = resignedBy(present(), (body) => {
      body.disclosures[0].leafIndex ^= 1
    })
    expect(verify(qr).code).toBe('tampered')
  })
})

describe('verifyPresentation: currency', () => {
  it('expired: the day after validTo in Beijing, even while it is still validTo in UTC', () => {
    const justAfter = Date.parse('2026-01-15T00:00:30+08:00')
    expect(verify(present('hospital', justAfter), { nowMs: justAfter })).toMatchObject({ code: 'expired', validTo: '2026-01-14' })
  })

  it('not yet valid', () => {
    const before = Date.parse('2024-01-14T12:00:00+08:00')
    expect(verify(present('hospital', before), { nowMs: before })).toMatchObject({ code: 'not_yet_valid', validFrom: '2024-01-15' })
  })

  it('revoked by the cached list', () => {
    const list = signRevocationList({ seq: 1, issuedAt: now - 60_000, revoked: [cert.credentialId] }, issuer)
    expect(verify(present(), { revocationLists: [list] })).toMatchObject({
      code: 'revoked',
      source: 'revocation_list',
      credentialId: cert.credentialId,
      revocationListIssuedAt: now - 60_000
    })
  })

  it('revoked by the status the issuer signed', () => {
    expect(verify(present('hospital', now, issue({ status: 'suspended' })))).toMatchObject({
      code: 'revoked',
      source: 'certificate_status'
    })
  })

  it('a list older than 24 hours does not count: revocation unchecked, never valid, with what it disclosed', () => {
    const old = signRevocationList({ seq: 1, issuedAt: now - 25 * 3_600_000, revoked: [] }, issuer)
    expect(verify(present(), { revocationLists: [old] })).toMatchObject({
      ok: false,
      code: 'revocation_unchecked',
      checkedAt: now - 25 * 3_600_000,
      warnings: ['revocation_list_stale'],
      disclosed: { holderName: fields.holderName }
    })
    // The desk may set a longer age in its own policy.
    expect(verify(present(), { revocationLists: [old], revocationListMaxAgeMs: 48 * 3_600_000 }).code).toBe('valid')
  })

  it('no list, or only untrustworthy ones: revocation unchecked, and a forged list is ignored', () => {
    expect(verify(present(), { revocationLists: [] })).toMatchObject({ code: 'revocation_unchecked', checkedAt: null, warnings: ['revocation_list_missing'] })
    const forgedList = signRevocationList({ seq: 9, issuedAt: now, revoked: [cert.credentialId] }, stranger)
    expect(verify(present(), { revocationLists: [forgedList] })).toMatchObject({
      code: 'revocation_unchecked',
      warnings: ['revocation_list_invalid'],
      revocationListIssuedAt: null
    })
  })

  it('a list signed by another trusted issuer does not count for this certificate', () => {
    const otherIssuer = generateKeyPair(seeded('gansu issuer'))
    const keys = [...issuerKeys, { kid: otherIssuer.kid, publicKey: base64UrlEncode(otherIssuer.publicKey), issuerId: 'gansu-stb', issuer: BEIHAI_STB }]
    const theirs = signRevocationList({ seq: 50, issuedAt: now, revoked: [] }, otherIssuer)
    expect(verify(present(), { issuerKeys: keys, revocationLists: [theirs] })).toMatchObject({
      code: 'revocation_unchecked',
      warnings: ['revocation_list_invalid']
    })
    // Its own issuer's list, held alongside, is the one used.
    expect(verify(present(), { issuerKeys: keys, revocationLists: [theirs, revocationList] }).code).toBe('valid')
  })

  it('with several lists of its issuer, the highest sequence number decides', () => {
    const older = signRevocationList({ seq: 4, issuedAt: now - 60_000, revoked: [] }, issuer)
    const newer = signRevocationList({ seq: 5, issuedAt: now - 30_000, revoked: [cert.credentialId] }, issuer)
    expect(verify(present(), { revocationLists: [newer, older] }).code).toBe('revoked')
  })
})

describe('verifyPresentation: the desk clock', () => {
  it('a desk clock behind the newest signed time it holds gives no verdict, not even for a genuine code', () => {
    expect(verify(present(), { newestSignedAt: now + 3 * 86_400_000 })).toMatchObject({ ok: false, code: 'desk_clock_wrong', direction: 'behind' })
    // An expired certificate would pass with the clock set back: here it gets no "valid" either.
    const expiredCert = issue({ validTo: '2024-02-01' })
    expect(verify(present('hospital', now, expiredCert), { newestSignedAt: Date.parse('2024-03-05T00:00:00+08:00') }).code).toBe('desk_clock_wrong')
  })

  it('a few minutes of drift is tolerated; a clock more than a year ahead is wrong too', () => {
    expect(verify(present(), { newestSignedAt: now + 5 * 60_000 }).code).toBe('valid')
    expect(verify(present(), { newestSignedAt: now - 401 * 86_400_000 })).toMatchObject({ code: 'desk_clock_wrong', direction: 'ahead' })
  })
})

describe('verifyPresentation: freshness and replay', () => {
  it('a code lives at most 60 s, skew included: 45 s old by the desk clock, or 15 s ahead of it', () => {
    expect(verify(present('hospital', now - 45_000)).code).toBe('valid')
    expect(verify(present('hospital', now - 46_000))).toMatchObject({ code: 'stale_proof', direction: 'past', ageMs: 46_000 })
    expect(verify(present('hospital', now + 15_000)).code).toBe('valid')
    expect(verify(present('hospital', now + 16_000))).toMatchObject({ code: 'stale_proof', direction: 'future', ageMs: -16_000 })
  })

  it('the window is configurable', () => {
    expect(verify(present('hospital', now - 30_000), { maxProofAgeMs: 20_000 }).code).toBe('stale_proof')
    expect(verify(present('hospital', now + 31_000), { clockSkewMs: 60_000 }).code).toBe('valid')
  })

  it('replayed: the same code twice at one desk', () => {
    const seenNonces = createSeenNonces()
    const qr = present()
    expect(verify(qr, { seenNonces }).code).toBe('valid')
    expect(verify(qr, { seenNonces, nowMs: now + 5_000 })).toMatchObject({ ok: false, code: 'replayed' })
    expect(verify(present('hospital', now + 1_000), { seenNonces }).code).toBe('valid')
  })

  it('only remembers accepted codes, and a bounded number of them', () => {
    const seenNonces = createSeenNonces(2)
    verify(present('hospital', now - 100_000), { seenNonces })
    expect(seenNonces.size).toBe(0)
    const first = present('hospital', now)
    verify(first, { seenNonces })
    verify(present('hospital', now + 1_000), { seenNonces, nowMs: now + 1_000 })
    verify(present('hospital', now + 2_000), { seenNonces, nowMs: now + 2_000 })
    expect(seenNonces.size).toBe(2)
    expect(verify(first, { seenNonces, nowMs: now + 3_000 }).code).toBe('valid')
  })
})

describe('verifyPresentation: purpose and entitlement', () => {
  it('a purpose outside the fixed list is malformed: no text from a code reaches the desk', () => {
    const labelled = resignedBy(present(), (body) => {
      body.purpose = 'FREE ENTRY - VIP'
    })
    expect(verify(labelled)).toMatchObject({ ok: false, code: 'not_a_certificate', reason: 'malformed' })
    expect(verify(labelled, { purpose: 'theatre' }).code).toBe('not_a_certificate')
  })

  it('wrong purpose: a hospital code at the theatre', () => {
    expect(verify(present('hospital'), { purpose: 'theatre' })).toMatchObject({
      code: 'wrong_purpose',
      expected: 'theatre',
      presented: 'hospital'
    })
  })

  it('not entitled: genuine, current, but without this perk', () => {
    const noTheatre = issue({ entitlements: ['hospital'] })
    expect(verify(present('theatre', now, noTheatre), { purpose: 'theatre' })).toMatchObject({
      code: 'not_entitled',
      expected: 'theatre'
    })
  })
})

describe('verifyPresentation: not a certificate', () => {
  const reasonOf = (input: unknown) => {
    const verdict = verify(input as string)
    return verdict.code === 'not_a_certificate' ? verdict.reason : verdict.code
  }

  it('empty string, whitespace and non-strings', () => {
    expect(reasonOf('')).toBe('empty')
    expect(reasonOf('   ')).toBe('empty')
    expect(reasonOf(null)).toBe('empty')
    expect(reasonOf(42)).toBe('empty')
  })

  it('other QR codes', () => {
    expect(reasonOf('https://example.com/?a=1')).toBe('not_wic')
    expect(reasonOf('hello')).toBe('not_wic')
  })

  it('a newer or older format version', () => {
    expect(reasonOf('WIC2.' + present().slice(PAYLOAD_PREFIX.length))).toBe('unsupported_version')
    expect(reasonOf('WIC0.AAAA')).toBe('unsupported_version')
  })

  it('garbage after the prefix', () => {
    expect(reasonOf('WIC1.!!!not base64!!!')).toBe('bad_encoding')
    expect(reasonOf('WIC1.')).toBe('truncated')
  })

  it('truncated codes, cut anywhere', () => {
    const qr = present()
    for (const keep of [8, 40, 120, 400, qr.length - 4, qr.length - 3, qr.length - 1]) {
      expect(verify(qr.slice(0, keep))).toMatchObject({ ok: false, code: 'not_a_certificate' })
    }
    expect(reasonOf(qr.slice(0, 401))).toBe('truncated')
  })

  it('trailing bytes', () => {
    const bytes = base64UrlDecode(present().slice(PAYLOAD_PREFIX.length))
    expect(reasonOf(PAYLOAD_PREFIX + base64UrlEncode(Uint8Array.from([...bytes, 0, 0, 0])))).toBe('malformed')
  })

  it('random bytes, with or without the prefix', () => {
    const random = seeded('random')(600)
    expect(verify(PAYLOAD_PREFIX + base64UrlEncode(random))).toMatchObject({ ok: false, code: 'not_a_certificate' })
    expect(reasonOf(String.fromCharCode(...random))).toBe('not_wic')
  })

  it('the same claim revealed twice', () => {
    const qr = resignedBy(present(), (body) => {
      body.disclosures.push(body.disclosures[0])
    })
    expect(reasonOf(qr)).toBe('malformed')
  })
})

describe('verifyPresentation never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(verify(text).ok).toBe(false)
      })
    )
  })

  it('on arbitrary bytes behind the prefix', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 700 }), (bytes) => {
        expect(verify(PAYLOAD_PREFIX + base64UrlEncode(bytes)).ok).toBe(false)
      })
    )
  })

  it('on any single-byte change to a genuine code: never valid', () => {
    const bytes = base64UrlDecode(present().slice(PAYLOAD_PREFIX.length))
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (index, xor) => {
        const mutated = bytes.slice()
        mutated[index] ^= xor
        expect(verify(PAYLOAD_PREFIX + base64UrlEncode(mutated)).ok).toBe(false)
      }),
      { numRuns: 200 }
    )
  })

  it('on broken options', () => {
    expect(verifyPresentation(present(), undefined as unknown as VerifyOptions)).toMatchObject({
      ok: false,
      code: 'not_a_certificate',
      reason: 'error'
    })
    expect(verify(present(), { issuerKeys: [{ kid: issuer.kid, publicKey: 'nonsense' }] })).toMatchObject({
      code: 'forged',
      reason: 'unknown_issuer_key'
    })
  })

  it('and the issuer signature covers exactly the core', () => {
    const signature = signMessage(utf8Encode('unrelated'), issuer.secretKey)
    const qr = resignedBy(present(), (body) => {
      body.issuerSignature = signature
    })
    expect(verify(qr)).toMatchObject({ code: 'forged', reason: 'issuer_signature' })
  })
})
