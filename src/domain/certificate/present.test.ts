import { base64UrlEncode, decodeQrText, PAYLOAD_PREFIX, utf8Decode } from './encoding'
import { issueCertificate } from './issue'
import { generateKeyPair, signMessage } from './keys'
import { createPresentation, createPresentationWith, type DeviceKeyHandle, disclosuresFor, presentablePurposes } from './present'
import { type Purpose } from './types'
import { sampleCertificateFields, seeded } from '../../../tests/support/certificateFixtures'

const fields = sampleCertificateFields(['hospital', 'theatre', 'school', 'childcare', 'events'])
const now = Date.parse('2024-03-01T10:00:00+08:00')
const issuer = generateKeyPair(seeded('issuer'))
const device = generateKeyPair(seeded('device'))
const cert = issueCertificate(fields, device.publicKey, issuer, { randomBytes: seeded('issue') })
const present = (purpose: Purpose, at = now) => createPresentation(cert, device.secretKey, purpose, at, { randomBytes: seeded(`${purpose}${at}`) })

/** The payload as a verifier's scanner app could dump it: every byte, read as UTF-8 and as Latin-1. */
const payloadTexts = (qr: string) => {
  const bytes = Buffer.from(qr.slice(PAYLOAD_PREFIX.length), 'base64url')
  return [bytes.toString('utf8'), bytes.toString('latin1')].join('\n')
}

describe('createPresentation', () => {
  it('produces a WIC1 text whose proof carries purpose, time and a nonce', () => {
    const qr = present('hospital')
    expect(qr.startsWith('WIC1.')).toBe(true)
    const { body } = decodeQrText(qr)
    expect(body.purpose).toBe('hospital')
    expect(body.issuedAtSeconds).toBe(now / 1000)
    expect(body.nonce).toHaveLength(12)
  })

  it('hospital code: name and perk, no passport, no nationality', () => {
    const text = payloadTexts(present('hospital'))
    expect(text).toContain('Maria Schmidt')
    expect(text).toContain('玛丽亚·施密特')
    expect(text).toContain('"entitlement","hospital"')
    expect(text).not.toContain('C01X00T47')
    expect(text).not.toContain('passportNumber')
    expect(text).not.toContain('DEU')
    expect(text).not.toContain('"theatre"')
  })

  it('theatre code: the name (compared with the passport at the box office) and the theatre perk; no passport or certificate number', () => {
    const text = payloadTexts(present('theatre'))
    expect(text).toContain('"entitlement","theatre"')
    expect(text).toContain('Maria Schmidt')
    for (const secret of ['C01X00T47', 'passportNumber', 'BHRC-2024-0012', '"hospital"', 'nationality', 'DEU']) {
      expect(text).not.toContain(secret)
    }
    const { body } = decodeQrText(present('theatre'))
    expect(body.disclosures.map(({ bytes }) => JSON.parse(utf8Decode(bytes))[1]).sort()).toEqual(['entitlement', 'holderName'])
  })

  it('school code: name and perk, no passport', () => {
    const text = payloadTexts(present('school'))
    expect(text).toContain('Maria Schmidt')
    expect(text).toContain('"entitlement","school"')
    expect(text).not.toContain('C01X00T47')
    expect(text).not.toContain('BHRC-2024-0012')
  })

  it('never selects the passport number, whatever the purpose', () => {
    for (const purpose of ['hospital', 'theatre', 'school'] as const) {
      expect(disclosuresFor(cert, purpose).map((claim) => claim.field)).not.toContain('passportNumber')
    }
  })

  it('fits comfortably in a QR code, even with long names', () => {
    const longName = issueCertificate(
      { ...fields, holderName: { zh: '亚历山德拉·玛丽亚·冯·霍恩斯坦-施密特', en: 'Alexandra Maria Konstanze von Hohenstein-Schmidt' } },
      device.publicKey,
      issuer,
      { randomBytes: seeded('long') }
    )
    const codes = [
      present('hospital'),
      present('theatre'),
      present('school'),
      createPresentation(longName, device.secretKey, 'hospital', now),
      createPresentation(longName, device.secretKey, 'school', now)
    ]
    for (const qr of codes) expect(qr.length).toBeLessThan(900)
  })

  it('makes a new nonce for every code, even without a random source', () => {
    expect(decodeQrText(present('hospital')).body.nonce).not.toEqual(decodeQrText(present('hospital', now + 60_000)).body.nonce)
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    try {
      const a = decodeQrText(createPresentation(cert, device.secretKey, 'hospital', now)).body.nonce
      const b = decodeQrText(createPresentation(cert, device.secretKey, 'hospital', now + 1)).body.nonce
      expect(a).toHaveLength(12)
      expect(a).not.toEqual(b)
    } finally {
      if (original) Object.defineProperty(globalThis, 'crypto', original)
    }
  })

  it('accepts the device key as stored (base64url) and refuses any other key', () => {
    expect(createPresentation(cert, base64UrlEncode(device.secretKey), 'theatre', now)).toMatch(/^WIC1\./)
    const other = generateKeyPair(seeded('other'))
    expect(() => createPresentation(cert, other.secretKey, 'theatre', now)).toThrow(/not the key/)
    expect(() => createPresentation(cert, device.secretKey, 'bank' as Purpose, now)).toThrow(/Unknown purpose/)
  })

  it('offers only purposes whose perk the certificate carries', () => {
    expect(presentablePurposes(cert)).toEqual(['hospital', 'theatre', 'school'])
    const theatreOnly = issueCertificate({ ...fields, entitlements: ['theatre'] }, device.publicKey, issuer, { randomBytes: seeded('t') })
    expect(presentablePurposes(theatreOnly)).toEqual(['theatre'])
  })
})

describe('createPresentationWith (a key handle: the secret stays with the platform)', () => {
  const calls: string[] = []
  const handleOf = (key: ReturnType<typeof generateKeyPair>): DeviceKeyHandle => ({
    publicKey: base64UrlEncode(key.publicKey),
    sign: (message) => {
      calls.push('sign')
      return Promise.resolve(signMessage(message, key.secretKey))
    }
  })
  const presentWith = (purpose: Purpose, key = device) => createPresentationWith(handleOf(key), cert, purpose, now, { randomBytes: seeded(`${purpose}${now}`) })

  beforeEach(() => calls.splice(0))

  it('gives exactly the code the built-in signer gives, with one signature', async () => {
    await expect(presentWith('hospital')).resolves.toBe(present('hospital'))
    expect(calls).toEqual(['sign'])
  })

  it('rejects a key the certificate is not bound to before anything is signed, and an unknown purpose', async () => {
    await expect(presentWith('theatre', generateKeyPair(seeded('other')))).rejects.toThrow(/not the key/)
    expect(calls).toEqual([])
    await expect(presentWith('bank' as Purpose)).rejects.toThrow(/Unknown purpose/)
  })

  it('without a random source, derives a nonce from a signature: unique per time and purpose', async () => {
    const original = globalThis.crypto
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    try {
      const a = decodeQrText(await createPresentationWith(handleOf(device), cert, 'hospital', now)).body.nonce
      const b = decodeQrText(await createPresentationWith(handleOf(device), cert, 'hospital', now + 1)).body.nonce
      expect(a).not.toEqual(b)
      expect(calls).toEqual(['sign', 'sign', 'sign', 'sign'])
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: original, configurable: true })
    }
  })
})
