import { sha256 } from '@noble/hashes/sha2.js'
import { base64UrlEncode, utf8Encode } from './encoding'
import { generateKeyPair } from './keys'
import { acceptRevocationList, isRevocationListStale, isRevoked, signRevocationList, verifyRevocationList } from './revocation'

const seeded = (seed: string) => {
  let counter = 0
  return (length: number) => sha256(utf8Encode(`${seed}/${counter++}`)).slice(0, length)
}

const issuer = generateKeyPair(seeded('issuer'))
const stranger = generateKeyPair(seeded('stranger'))
const trusted = [{ kid: issuer.kid, publicKey: base64UrlEncode(issuer.publicKey), issuerId: 'beihai-stb' }]
const issuedAt = Date.parse('2024-03-01T00:00:00+08:00')

describe('revocation list', () => {
  const list = signRevocationList({ seq: 7, issuedAt, revoked: ['b-id', 'a-id', 'b-id'] }, issuer)

  it('is signed by the issuer, sorted and deduplicated, and says whose it is', () => {
    expect(list.body).toEqual({ version: 2, kid: issuer.kid, seq: 7, issuedAt, revoked: ['a-id', 'b-id'] })
    expect(verifyRevocationList(list, trusted)).toEqual({ ok: true, list, body: list.body, issuerId: 'beihai-stb' })
    expect(isRevoked(list.body, 'a-id')).toBe(true)
    expect(isRevoked(list.body, 'c-id')).toBe(false)
  })

  it('still verifies after a storage round trip that reorders keys', () => {
    const reordered = JSON.parse(JSON.stringify({ signature: list.signature, body: { ...list.body, kid: list.body.kid } }))
    expect(verifyRevocationList(reordered, trusted).ok).toBe(true)
  })

  it('detects an entry removed from the list, and a sequence number raised by hand', () => {
    expect(verifyRevocationList({ ...list, body: { ...list.body, revoked: ['b-id'] } }, trusted)).toEqual({ ok: false, reason: 'signature' })
    expect(verifyRevocationList({ ...list, body: { ...list.body, seq: 99 } }, trusted)).toEqual({ ok: false, reason: 'signature' })
  })

  it('rejects a list signed by an unknown key and anything that is not a list, without throwing', () => {
    expect(verifyRevocationList(signRevocationList({ seq: 1, issuedAt, revoked: [] }, stranger), trusted)).toEqual({ ok: false, reason: 'unknown_issuer_key' })
    for (const junk of [
      null,
      undefined,
      42,
      'list',
      {},
      { body: { version: 1 } },
      { ...list, signature: '%%' },
      { ...list, body: { ...list.body, seq: -1 } }
    ]) {
      expect(verifyRevocationList(junk, trusted)).toEqual({ ok: false, reason: 'malformed' })
    }
  })

  it("only moves forward: yesterday's list replayed over today's is refused, and the held one stays", () => {
    const yesterday = signRevocationList({ seq: 6, issuedAt: issuedAt - 86_400_000, revoked: ['b-id'] }, issuer)
    const tomorrow = signRevocationList({ seq: 8, issuedAt: issuedAt + 86_400_000, revoked: ['a-id', 'b-id', 'c-id'] }, issuer)
    expect(acceptRevocationList(list, yesterday, trusted)).toEqual({ ok: false, reason: 'rollback' })
    expect(acceptRevocationList(list, tomorrow, trusted)).toMatchObject({ ok: true, body: tomorrow.body })
    // The same number with other contents cannot be the same list.
    const twin = signRevocationList({ seq: 7, issuedAt, revoked: [] }, issuer)
    expect(acceptRevocationList(list, twin, trusted)).toEqual({ ok: false, reason: 'rollback' })
    expect(acceptRevocationList(list, list, trusted).ok).toBe(true)
    expect(acceptRevocationList(null, yesterday, trusted).ok).toBe(true)
  })

  it('is stale after 24 hours by default', () => {
    expect(isRevocationListStale(list.body, issuedAt + 24 * 3_600_000)).toBe(false)
    expect(isRevocationListStale(list.body, issuedAt + 24 * 3_600_000 + 1)).toBe(true)
    expect(isRevocationListStale(list.body, issuedAt + 3_600_000, 1_800_000)).toBe(true)
  })
})
