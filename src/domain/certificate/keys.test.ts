import { sha256 } from '@noble/hashes/sha2.js'
import { base64UrlEncode, utf8Encode } from './encoding'
import {
  drawRandomBytes,
  generateDeviceKeyPair,
  keyId,
  publicKeyOf,
  signMessage,
  systemRandomBytes,
  trustedPublicKey,
  verifyMessage
} from './keys'

const seeded = (seed: string) => {
  let counter = 0
  return (length: number) => sha256(utf8Encode(`${seed}/${counter++}`)).slice(0, length)
}

describe('device keys', () => {
  it('come from the injected random source, deterministically', () => {
    const a = generateDeviceKeyPair(seeded('device'))
    const b = generateDeviceKeyPair(seeded('device'))
    expect(a.secretKey).toEqual(b.secretKey)
    expect(a.publicKey).toEqual(publicKeyOf(a.secretKey))
    expect(a.kid).toBe(keyId(a.publicKey))
    expect(a.kid).toMatch(/^[A-Za-z0-9_-]{11}$/)
  })

  it('default to crypto.getRandomValues when present', () => {
    expect(systemRandomBytes()).not.toBeNull()
    const a = generateDeviceKeyPair()
    const b = generateDeviceKeyPair()
    expect(a.kid).not.toBe(b.kid)
  })

  it('refuse to generate without a secure random source', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    try {
      expect(systemRandomBytes()).toBeNull()
      expect(() => generateDeviceKeyPair()).toThrow(/random source/)
    } finally {
      if (original) Object.defineProperty(globalThis, 'crypto', original)
    }
  })

  it('reject a random source that returns the wrong length', () => {
    expect(() => drawRandomBytes(32, () => new Uint8Array(8))).toThrow(/wrong length/)
  })
})

describe('signatures', () => {
  const { secretKey, publicKey } = generateDeviceKeyPair(seeded('sig'))
  const message = utf8Encode('hello')

  it('verify only the signed message under the right key, without throwing', () => {
    const signature = signMessage(message, secretKey)
    expect(verifyMessage(signature, message, publicKey)).toBe(true)
    expect(verifyMessage(signature, utf8Encode('hellp'), publicKey)).toBe(false)
    expect(verifyMessage(signature, message, generateDeviceKeyPair(seeded('other')).publicKey)).toBe(false)
    expect(verifyMessage(signature.slice(1), message, publicKey)).toBe(false)
    expect(verifyMessage(signature, message, new Uint8Array(32).fill(0xff))).toBe(false)
  })

  it('accept keys as base64url', () => {
    expect(publicKeyOf(base64UrlEncode(secretKey))).toEqual(publicKey)
  })
})

describe('trustedPublicKey', () => {
  const issuer = generateDeviceKeyPair(seeded('issuer'))
  const other = generateDeviceKeyPair(seeded('other'))

  it('finds a cached key by id', () => {
    expect(trustedPublicKey([{ kid: issuer.kid, publicKey: base64UrlEncode(issuer.publicKey) }], issuer.kid)).toEqual(
      issuer.publicKey
    )
  })

  it('ignores a record whose key does not hash to its id, and unreadable records', () => {
    const records = [
      { kid: issuer.kid, publicKey: base64UrlEncode(other.publicKey) },
      { kid: issuer.kid, publicKey: '***' }
    ]
    expect(trustedPublicKey(records, issuer.kid)).toBeNull()
    expect(trustedPublicKey([], issuer.kid)).toBeNull()
  })
})
