import { sha256 } from '@noble/hashes/sha2.js'
import { base64UrlEncode, utf8Encode } from './encoding'
import { generateKeyPair } from './keys'
import { isRevocationListStale, isRevoked, signRevocationList, verifyRevocationList } from './revocation'

const seeded = (seed: string) => {
  let counter = 0
  return (length: number) => sha256(utf8Encode(`${seed}/${counter++}`)).slice(0, length)
}

const issuer = generateKeyPair(seeded('issuer'))
const stranger = generateKeyPair(seeded('stranger'))
const trusted = [{ kid: issuer.kid, publicKey: base64UrlEncode(issuer.publicKey) }]
const issuedAt = Date.parse('2024-03-01T00:00:00+08:00')

describe('revocation list', () => {
  const list = signRevocationList({ issuedAt, revoked: ['b-id', 'a-id', 'b-id'] }, issuer)

  it('is signed by the issuer, sorted and deduplicated', () => {
    expect(list.body).toEqual({ version: 1, kid: issuer.kid, issuedAt, revoked: ['a-id', 'b-id'] })
    expect(verifyRevocationList(list, trusted)).toEqual({ ok: true, body: list.body })
    expect(isRevoked(list.body, 'a-id')).toBe(true)
    expect(isRevoked(list.body, 'c-id')).toBe(false)
  })

  it('still verifies after a storage round trip that reorders keys', () => {
    const reordered = JSON.parse(JSON.stringify({ signature: list.signature, body: { ...list.body, kid: list.body.kid } }))
    expect(verifyRevocationList(reordered, trusted).ok).toBe(true)
  })

  it('detects an entry removed from the list', () => {
    const edited = { ...list, body: { ...list.body, revoked: ['b-id'] } }
    expect(verifyRevocationList(edited, trusted)).toEqual({ ok: false, reason: 'signature' })
  })

  it('rejects a list signed by an unknown key and anything that is not a list, without throwing', () => {
    expect(verifyRevocationList(signRevocationList({ issuedAt, revoked: [] }, stranger), trusted)).toEqual({
      ok: false,
      reason: 'unknown_issuer_key'
    })
    for (const junk of [null, undefined, 42, 'list', {}, { body: { version: 2 } }, { ...list, signature: '%%' }]) {
      expect(verifyRevocationList(junk, trusted)).toEqual({ ok: false, reason: 'malformed' })
    }
  })

  it('is stale after seven days by default', () => {
    expect(isRevocationListStale(list.body, issuedAt + 7 * 86_400_000)).toBe(false)
    expect(isRevocationListStale(list.body, issuedAt + 7 * 86_400_000 + 1)).toBe(true)
    expect(isRevocationListStale(list.body, issuedAt + 3_600_000, 1_800_000)).toBe(true)
  })
})
