/**
 * Property-based fuzzing of the QR verifier: verifyPresentation (what the verify screen runs on scanned or
 * pasted text) and describeVerdict (what the desk then reads). Each property runs NUM_RUNS (1000)
 * generated inputs; see tests/fuzz/support.ts for the seed policy and how to replay one.
 *
 * Whatever is scanned, the verifier must answer with one of the verdicts of docs/certificate-format.md
 * and never throw; no change to a genuine code may ever read as valid; a genuine code inside its
 * validity and proof window reads as valid.
 */
import fc from 'fast-check'
import { base64Encode, base64UrlDecode, base64UrlEncode, decodeQrText, PAYLOAD_PREFIX, utf8Decode, utf8Encode } from '@/domain/certificate/encoding'
import { issueCertificate } from '@/domain/certificate/issue'
import { generateKeyPair } from '@/domain/certificate/keys'
import { createPresentation, signPresentation } from '@/domain/certificate/present'
import { signRevocationList } from '@/domain/certificate/revocation'
import { BEIHAI_STB, PURPOSES, type Purpose, type TrustedIssuerKey, type Verdict } from '@/domain/certificate/types'
import { createSeenNonces, DEFAULT_CLOCK_SKEW_MS, DEFAULT_MAX_PROOF_AGE_MS, verifyPresentation, type VerifyOptions } from '@/domain/certificate/verify'
import { describeVerdict } from '@/features/verify/verdictView'
import enVerify from '@locales/en/verify.json'
import zhVerify from '@locales/zh-CN/verify.json'
import { sampleCertificateFields, seeded } from '../support/certificateFixtures'
import { FUZZ_TIMEOUT_MS, ensure, anyString, hasMessage, hugeString, runs } from './support'

jest.setTimeout(FUZZ_TIMEOUT_MS)

// ---------------------------------------------------------------- a genuine certificate and its codes

const issuer = generateKeyPair(seeded('fuzz/issuer'))
const device = generateKeyPair(seeded('fuzz/device'))
const fields = sampleCertificateFields(['hospital', 'theatre', 'school'])
const cert = issueCertificate(fields, device.publicKey, issuer, { randomBytes: seeded('fuzz/certificate') })
const issuerKeys: TrustedIssuerKey[] = [{ kid: issuer.kid, publicKey: base64UrlEncode(issuer.publicKey), issuerId: 'beihai-stb', issuer: BEIHAI_STB }]

/** Valid from 2024-01-15 to 2026-01-14 (Beijing calendar, both inclusive). */
const VALID_FROM_MS = Date.parse(`${fields.validFrom}T00:00:00+08:00`)
const VALID_UNTIL_MS = Date.parse(`${fields.validTo}T23:59:59.999+08:00`)
const NOW = Date.parse('2024-03-01T10:00:00+08:00')
const revocationList = signRevocationList({ seq: 1, issuedAt: NOW - 3_600_000, revoked: ['someone-else'] }, issuer)

let nonceSeed = 0
const present = (purpose: Purpose, atMs: number) =>
  createPresentation(cert, device.secretKey, purpose, atMs, { randomBytes: seeded(`fuzz/nonce/${nonceSeed++}`) })

/** One genuine code per desk, made at NOW. */
const GENUINE: Readonly<Record<Purpose, string>> = { hospital: present('hospital', NOW), theatre: present('theatre', NOW), school: present('school', NOW) }
const genuine = fc.constantFrom(...PURPOSES).map((purpose) => ({ purpose, text: GENUINE[purpose] }))

/**
 * The desk's options. The revocation list is left out where the property is about the code itself: checking
 * its signature costs a second Ed25519 verification per run, and one property below fuzzes the list.
 */
const options = (purpose: Purpose, extra: Partial<VerifyOptions> = {}): VerifyOptions => ({ issuerKeys, revocationLists: [], purpose, nowMs: NOW, ...extra })

const bytesOf = (text: string): Uint8Array => base64UrlDecode(text.slice(PAYLOAD_PREFIX.length))
const textOf = (bytes: Uint8Array): string => PAYLOAD_PREFIX + base64UrlEncode(bytes)

// ---------------------------------------------------------------- what every verdict must be

const CODES = [
  'valid',
  'not_a_certificate',
  'forged',
  'tampered',
  'wrong_purpose',
  'revoked',
  'not_yet_valid',
  'expired',
  'stale_proof',
  'replayed',
  'not_entitled',
  'revocation_unchecked',
  'desk_clock_wrong'
]
const NOT_A_CERTIFICATE = ['empty', 'not_wic', 'unsupported_version', 'bad_encoding', 'truncated', 'malformed', 'error']
const FORGERY = ['unknown_issuer_key', 'issuer_signature', 'holder_signature']
const WARNINGS = ['revocation_list_stale', 'revocation_list_missing', 'revocation_list_invalid']

/** One of the documented verdicts, with every text the desk reads present in English and Chinese. */
function expectDocumentedVerdict(verdict: Verdict): void {
  ensure(CODES).toContain(verdict.code)
  ensure(verdict.ok).toBe(verdict.code === 'valid')
  ensure(Array.isArray(verdict.warnings)).toBe(true)
  for (const warning of verdict.warnings) ensure(WARNINGS).toContain(warning)
  ensure(verdict.revocationListIssuedAt === null || Number.isFinite(verdict.revocationListIssuedAt)).toBe(true)
  if (verdict.code === 'not_a_certificate') ensure(NOT_A_CERTIFICATE).toContain(verdict.reason)
  if (verdict.code === 'forged') ensure(FORGERY).toContain(verdict.reason)
  // The passport number is never in a code, so never in a verdict.
  ensure(JSON.stringify(verdict)).not.toContain(fields.passportNumber)

  const view = describeVerdict(verdict)
  ensure(view.code).toBe(verdict.code)
  for (const key of [
    `verdict.${view.code}.title`,
    `verdict.${view.bodyKey}`,
    `facts.genuine.${view.genuine}`,
    `facts.standing.${view.standing}`,
    ...verdict.warnings.map((w) => `warnings.${w}`)
  ]) {
    ensure([key, hasMessage(enVerify, zhVerify, key)]).toEqual([key, true])
  }
}

/** Verifies as the screen does (text trimmed, fresh replay set) and checks the verdict; never throws. */
function verify(text: string, opts: VerifyOptions): Verdict {
  let verdict: Verdict | undefined
  ensure(() => {
    verdict = verifyPresentation(text, opts)
  }).not.toThrow()
  expectDocumentedVerdict(verdict!)
  return verdict!
}

const purpose = fc.constantFrom(...PURPOSES)

// ---------------------------------------------------------------- anything scanned

describe('the verifier on anything scanned', () => {
  it('answers arbitrary text with a documented verdict, never valid', () => {
    const scanned = fc.oneof(
      anyString,
      anyString.map((s) => PAYLOAD_PREFIX + s),
      fc.tuple(fc.nat(99), anyString).map(([n, s]) => `WIC${n}.${s}`),
      // Other QR codes a desk may scan: links (fc.webUrl is avoided: it builds a large table in every run of the file).
      fc.tuple(fc.constantFrom('https://', 'http://', 'weixin://dl/', 'alipays://'), fc.string({ maxLength: 60 })).map(([scheme, rest]) => scheme + rest),
      fc.constantFrom('', ' ', 'WIC1.', 'WIC1', 'wic1.AAAA', 'WIC.', 'WIC1.====', '{"format":"WIC1"}')
    )
    fc.assert(
      fc.property(scanned, purpose, (text, desk) => {
        ensure(verify(text, options(desk)).ok).toBe(false)
      }),
      runs()
    )
  })

  it('answers arbitrary bytes, as base64url or standard base64, with a documented verdict, never valid', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1500 }), fc.boolean(), purpose, (bytes, standard, desk) => {
        const text = PAYLOAD_PREFIX + (standard ? base64Encode(bytes) : base64UrlEncode(bytes))
        ensure(verify(text, options(desk)).ok).toBe(false)
      }),
      runs()
    )
  })

  it('answers oversized input with a documented verdict', () => {
    const big = fc.oneof(
      hugeString.map((s) => PAYLOAD_PREFIX + s),
      fc.tuple(fc.constantFrom('A', 'AB', '-_', 'WIC1.'), fc.integer({ min: 10_000, max: 100_000 })).map(([piece, n]) => PAYLOAD_PREFIX + piece.repeat(n)),
      fc.uint8Array({ minLength: 4_000, maxLength: 40_000 }).map(textOf),
      fc.tuple(genuine, fc.uint8Array({ minLength: 1, maxLength: 20_000 })).map(([g, extra]) => textOf(concat(bytesOf(g.text), extra)))
    )
    fc.assert(
      fc.property(big, purpose, (text, desk) => {
        ensure(verify(text, options(desk)).ok).toBe(false)
      }),
      runs()
    )
  })
})

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

// ---------------------------------------------------------------- genuine codes, changed

describe('a changed genuine code is never valid', () => {
  it('truncated text', () => {
    fc.assert(
      fc.property(genuine, fc.double({ min: 0, max: 1, noNaN: true }), ({ purpose: desk, text }, at) => {
        const cut = Math.min(text.length - 1, Math.floor(at * text.length))
        ensure(verify(text.slice(0, cut), options(desk)).ok).toBe(false)
      }),
      runs()
    )
  })

  it('truncated, extended or spliced bytes', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 })
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 64 }) }),
      fc.record({
        kind: fc.constant('overwrite' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 })
      })
    )
    fc.assert(
      fc.property(genuine, edit, ({ purpose: desk, text }, e) => {
        const bytes = bytesOf(text)
        const i = Math.min(bytes.length - 1, Math.floor(e.at * bytes.length))
        let changed: Uint8Array
        if (e.kind === 'cut') changed = bytes.slice(0, i)
        else if (e.kind === 'insert') changed = concat(bytes.slice(0, i), e.bytes, bytes.slice(i))
        else if (e.kind === 'delete') changed = concat(bytes.slice(0, i), bytes.slice(i + e.length))
        else {
          changed = bytes.slice()
          changed.set(e.bytes.slice(0, changed.length - i), i)
        }
        fc.pre(!sameBytes(changed, bytes))
        ensure(verify(textOf(changed), options(desk)).ok).toBe(false)
      }),
      runs()
    )
  })

  it('flipped bits anywhere', () => {
    fc.assert(
      fc.property(genuine, fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 4 }), ({ purpose: desk, text }, positions) => {
        const bytes = bytesOf(text)
        const flipped = bytes.slice()
        const bits = [...new Set(positions.map((p) => p % (bytes.length * 8)))]
        for (const bit of bits) flipped[bit >> 3] ^= 1 << (bit & 7)
        const verdict = verify(textOf(flipped), options(desk))
        ensure([bits, verdict.ok]).toEqual([bits, false])
      }),
      runs()
    )
  })

  it('a character of the text replaced, or the text re-spelled', () => {
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    fc.assert(
      fc.property(
        genuine,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom('+', '/', '=', '.', '~', 'é', '😀', ' ')),
        ({ purpose: desk, text }, at, ch) => {
          const i = Math.min(text.length - 1, Math.floor(at * text.length))
          const changed = text.slice(0, i) + ch + text.slice(i + 1)
          fc.pre(changed.trim() !== text)
          ensure(verify(changed, options(desk)).ok).toBe(false)
        }
      ),
      runs()
    )
  })

  it('another version prefix, or none', () => {
    const prefix = fc.oneof(
      fc
        .nat(1000)
        .filter((n) => n !== 1)
        .map((n) => `WIC${n}.`),
      fc.constantFrom(
        '',
        'WIC01.',
        'WIC001.',
        'wic1.',
        'Wic1.',
        'WIC1',
        'WIC1:',
        'WIC1-',
        'WIC 1.',
        'WIC.',
        'WIC1,',
        'WIC١.',
        'WIC１.',
        'ＷＩＣ1.',
        'https://wic.example/1.'
      ),
      anyString
    )
    fc.assert(
      fc.property(genuine, prefix, ({ purpose: desk, text }, p) => {
        const changed = p + text.slice(PAYLOAD_PREFIX.length)
        const trimmed = changed.trim()
        fc.pre(!trimmed.startsWith(PAYLOAD_PREFIX))
        const verdict = verify(changed, options(desk))
        const version = /^WIC(\d+)\./.exec(trimmed)
        ensure(verdict).toMatchObject({ ok: false, code: 'not_a_certificate', reason: trimmed === '' ? 'empty' : version ? 'unsupported_version' : 'not_wic' })
      }),
      runs()
    )
  })

  it('any core version byte other than 1 is an unsupported version', () => {
    fc.assert(
      fc.property(
        genuine,
        fc.integer({ min: 0, max: 255 }).filter((v) => v !== 1),
        ({ purpose: desk, text }, version) => {
          const bytes = bytesOf(text)
          bytes[2] = version // after the core's u16 length
          ensure(verify(textOf(bytes), options(desk))).toMatchObject({ ok: false, code: 'not_a_certificate', reason: 'unsupported_version' })
        }
      ),
      runs()
    )
  })

  it('edited by the holder and signed again with the device key: tampered, forged or refused, never valid', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('claim' as const), claim: fc.nat(), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
      fc.record({
        kind: fc.constant('claimText' as const),
        claim: fc.nat(),
        text: fc.constantFrom(
          '["AAAAAAAAAAAAAAAAAAAAAA","entitlement","hospital"]',
          '["x","holderName",{"en":"Someone Else"}]',
          '["x","passportNumber","C01X00T47"]'
        )
      }),
      fc.record({ kind: fc.constant('leaf' as const), claim: fc.nat(), index: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('path' as const), claim: fc.nat(), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant('core' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant('drop' as const) })
    )
    fc.assert(
      fc.property(genuine, edit, ({ purpose: desk, text }, e) => {
        const { body } = decodeQrText(text)
        const pick = (claim: number) => body.disclosures[claim % body.disclosures.length]
        switch (e.kind) {
          case 'core':
            // Any core byte but the version (a changed version is refused before any signature is read).
            body.core[1 + (e.at % (body.core.length - 1))] ^= e.xor
            break
          case 'claim': {
            const { bytes } = pick(e.claim)
            bytes[e.at % bytes.length] ^= e.xor
            break
          }
          case 'claimText':
            pick(e.claim).bytes = utf8Encode(e.text)
            break
          case 'leaf':
            fc.pre(pick(e.claim).leafIndex !== e.index)
            pick(e.claim).leafIndex = e.index
            break
          case 'path': {
            const { path } = pick(e.claim)
            const sibling = path[e.at % path.length]
            sibling[e.at % sibling.length] ^= e.xor
            break
          }
          case 'drop':
            // Without its perk a code proves nothing at this desk. (Leaving out the holder's name is not tested as
            // a change: the holder may do it with their own key, and the verifier does not require the name.)
            body.disclosures = body.disclosures.filter((d) => !utf8Decode(d.bytes).includes('"entitlement"'))
            break
        }
        const verdict = verify(signPresentation(body, device.secretKey), options(desk))
        ensure([e.kind, verdict.ok]).toEqual([e.kind, false])
      }),
      // Regression: leaf index 16 + i walked the same path as leaf i and was accepted.
      runs({
        examples: [
          [
            { purpose: 'hospital', text: GENUINE.hospital },
            { kind: 'leaf', claim: 0, index: leafIndexOf(GENUINE.hospital, 0) + 16 }
          ]
        ]
      })
    )
  })
})

// ---------------------------------------------------------------- genuine codes, unchanged

describe('a genuine code', () => {
  it('is judged in the documented order: desk, revocation, validity, replay; valid when all pass', () => {
    const YEAR = 365 * 86_400_000
    const DAY = 86_400_000
    const scenario = fc.record({
      made: purpose,
      // Mostly the desk the code was made for.
      desk: fc.option(purpose, { freq: 4, nil: undefined }),
      nowMs: fc.integer({ min: VALID_FROM_MS - YEAR, max: VALID_UNTIL_MS + YEAR }),
      // How long ago the holder's phone made the code (negative: its clock runs ahead), within the proof window.
      ageMs: fc.integer({ min: -(DEFAULT_CLOCK_SKEW_MS - 1_000), max: DEFAULT_MAX_PROOF_AGE_MS - 1_000 }),
      // The desk's cached revocation list: none, one naming someone else (fresh or over 24 hours old), or one naming this certificate.
      list: fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        { weight: 2, arbitrary: fc.record({ ageMs: fc.integer({ min: 0, max: 30 * DAY }), revokesThis: fc.constant(false) }) },
        { weight: 1, arbitrary: fc.record({ ageMs: fc.integer({ min: 0, max: 30 * DAY }), revokesThis: fc.constant(true) }) }
      ),
      // Replaying costs a second verification: done on half of the runs that end valid.
      replay: fc.boolean(),
      padding: fc.constantFrom('', ' ', '\n', '\t ', '\r\n')
    })
    fc.assert(
      fc.property(scenario, ({ made, desk: chosenDesk, nowMs, ageMs, list, replay, padding }) => {
        const desk = chosenDesk ?? made
        const text = present(made, nowMs - ageMs)
        const revocationList =
          list && signRevocationList({ seq: 1, issuedAt: nowMs - list.ageMs, revoked: list.revokesThis ? [cert.credentialId] : ['someone-else'] }, issuer)
        const seenNonces = createSeenNonces()
        const verdict = verify(padding + text + padding, options(desk, { nowMs, revocationLists: revocationList ? [revocationList] : [], seenNonces }))
        const unchecked = !list || list.ageMs > DAY
        if (desk === made) ensure(verdict.warnings).toEqual(!list ? ['revocation_list_missing'] : list.ageMs > DAY ? ['revocation_list_stale'] : [])
        if (desk !== made) return ensure(verdict).toMatchObject({ code: 'wrong_purpose', expected: desk, presented: made })
        if (list?.revokesThis) return ensure(verdict).toMatchObject({ code: 'revoked', source: 'revocation_list', credentialId: cert.credentialId })
        if (nowMs < VALID_FROM_MS) return ensure(verdict).toMatchObject({ code: 'not_yet_valid', validFrom: fields.validFrom })
        if (nowMs > VALID_UNTIL_MS) return ensure(verdict).toMatchObject({ code: 'expired', validTo: fields.validTo })
        // Never "valid" by default: without a list newer than a day, the desk's policy decides.
        ensure(verdict).toMatchObject({
          ok: !unchecked,
          code: unchecked ? 'revocation_unchecked' : 'valid',
          purpose: desk,
          entitlement: desk,
          credentialId: cert.credentialId,
          issuerKid: issuer.kid,
          issuer: BEIHAI_STB
        })
        // The same code again at this desk is a replay.
        if (replay)
          ensure(verify(text, options(desk, { nowMs, revocationLists: revocationList ? [revocationList] : [], seenNonces }))).toMatchObject({
            ok: false,
            code: 'replayed'
          })
      }),
      runs({
        examples: [
          // The last instant of the last valid Beijing day, and the first of the first one.
          [{ made: 'hospital', desk: undefined, nowMs: VALID_UNTIL_MS, ageMs: 0, list: null, replay: true, padding: '' }],
          [{ made: 'theatre', desk: undefined, nowMs: VALID_FROM_MS, ageMs: -14_000, list: null, replay: false, padding: ' ' }]
        ]
      })
    )
  })

  it('junk in the cached revocation lists or beside the issuer key changes nothing: genuine, revocation unchecked', () => {
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true }),
      fc.record({ body: fc.anything({ maxDepth: 2 }), signature: fc.oneof(fc.string(), fc.anything()) }),
      fc.record({
        body: fc.record({ version: fc.constant(2), kid: fc.constant(issuer.kid), seq: fc.nat(), issuedAt: fc.integer(), revoked: fc.array(fc.string()) }),
        signature: fc.base64String()
      })
    )
    const junkKey = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record(
        {
          kid: fc.oneof(fc.constant(issuer.kid), fc.string()),
          publicKey: fc.oneof(fc.string(), fc.base64String(), fc.anything()),
          issuer: fc.record({ zh: fc.string(), en: fc.string() })
        },
        { requiredKeys: [] }
      )
    )
    fc.assert(
      fc.property(genuine, junk, fc.array(junkKey, { maxLength: 4 }), fc.boolean(), ({ purpose: desk, text }, list, junkKeys, keyFirst) => {
        const keys = (keyFirst ? [...issuerKeys, ...junkKeys] : [...junkKeys, ...issuerKeys]) as TrustedIssuerKey[]
        const verdict = verify(text, options(desk, { issuerKeys: keys, revocationLists: list ? [list] : [] }))
        ensure(verdict).toMatchObject({
          ok: false,
          code: 'revocation_unchecked',
          warnings: [list ? 'revocation_list_invalid' : 'revocation_list_missing'],
          revocationListIssuedAt: null
        })
        // The issuer is named by the key that checked, not by a junk record that shares its kid.
        ensure(verdict.code === 'revocation_unchecked' && verdict.issuer).toEqual(BEIHAI_STB)
        // Without the genuine key, junk can only make it an unknown key.
        ensure(verify(text, options(desk, { issuerKeys: junkKeys as TrustedIssuerKey[] }))).toMatchObject({
          ok: false,
          code: 'forged',
          reason: 'unknown_issuer_key'
        })
      }),
      // Regression: a null record in the cached keys made every genuine code 'not a certificate'.
      runs({ examples: [[{ purpose: 'hospital', text: GENUINE.hospital }, null, [null], false]] })
    )
  })
})

// The genuine codes above were made by this test's keys, so the checks would pass vacuously if GENUINE were broken.
test('the fixture codes are genuine', () => {
  for (const p of PURPOSES) ensure(verifyPresentation(GENUINE[p], options(p, { revocationLists: [revocationList] })).code).toBe('valid')
})

function leafIndexOf(text: string, claim: number): number {
  return decodeQrText(text).body.disclosures[claim].leafIndex
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
