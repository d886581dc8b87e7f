import { sha256 } from '@noble/hashes/sha2.js'
import { createTrust, demoRootSecretKey } from '../../../mock/issuer'
import { base64UrlEncode, utf8Encode } from './encoding'
import { generateKeyPair, signMessage } from './keys'
import { acceptIssuerKeyList, signIssuerKeyList, trustedKeysAt, verifyIssuerKeyList } from './trust'
import { SHIPPED_ISSUER_KEY_LIST, TRUST_ROOTS } from './trustRoot'
import { BEIHAI_STB, type IssuerKeyEntry, type TrustRoot } from './types'

const seeded = (seed: string) => {
  let counter = 0
  return (length: number) => sha256(utf8Encode(`${seed}/${counter++}`)).slice(0, length)
}

const root = generateKeyPair(seeded('root'))
const roots: TrustRoot[] = [{ kid: root.kid, publicKey: base64UrlEncode(root.publicKey) }]
const first = generateKeyPair(seeded('issuer 1'))
const second = generateKeyPair(seeded('issuer 2'))
const day = 86_400_000
const t0 = Date.parse('2026-01-01T00:00:00+08:00')
const entry = (key: typeof first, validFrom: number, validUntil: number): IssuerKeyEntry => ({
  kid: key.kid,
  publicKey: base64UrlEncode(key.publicKey),
  issuerId: 'beihai-stb',
  issuer: BEIHAI_STB,
  validFrom,
  validUntil
})
const v1 = signIssuerKeyList({ seq: 1, issuedAt: t0, keys: [entry(first, t0, t0 + 1000 * day)] }, root.secretKey)

describe('issuer key list signed by the root', () => {
  it('the build ships the root and a list it signed, the same list the demo backend first publishes', () => {
    expect(verifyIssuerKeyList(SHIPPED_ISSUER_KEY_LIST, TRUST_ROOTS)).toMatchObject({ ok: true })
    expect(createTrust().keyList).toEqual(SHIPPED_ISSUER_KEY_LIST)
    expect(TRUST_ROOTS[0].kid).toBe(SHIPPED_ISSUER_KEY_LIST.body.rootKid)
    expect(demoRootSecretKey()).not.toContain(TRUST_ROOTS[0].publicKey)
  })

  it('a key list signed by anyone but the root is refused: a poisoned sync cannot add a key', () => {
    const attacker = generateKeyPair(seeded('attacker'))
    const poisoned = signIssuerKeyList({ seq: 99, issuedAt: t0 + day, keys: [entry(attacker, t0, t0 + 1000 * day)] }, attacker.secretKey)
    expect(acceptIssuerKeyList(v1, poisoned, roots)).toEqual({ ok: false, reason: 'unknown_root' })
    // The attacker's list claiming the real root's id: its signature does not verify.
    const claimed = { body: { ...poisoned.body, rootKid: root.kid }, signature: poisoned.signature }
    expect(acceptIssuerKeyList(v1, claimed, roots)).toEqual({ ok: false, reason: 'signature' })
  })

  it('unsigned, edited, empty and junk lists are refused without throwing', () => {
    expect(verifyIssuerKeyList({ body: v1.body }, roots)).toEqual({ ok: false, reason: 'malformed' })
    const added = { ...v1, body: { ...v1.body, keys: [...v1.body.keys, entry(second, t0, t0 + day)] } }
    expect(verifyIssuerKeyList(added, roots)).toEqual({ ok: false, reason: 'signature' })
    const empty = signIssuerKeyList({ seq: 2, issuedAt: t0 + day, keys: [] }, root.secretKey)
    expect(acceptIssuerKeyList(v1, empty, roots)).toEqual({ ok: false, reason: 'empty' })
    // A key whose id is not its hash would let one key stand in for another.
    const mislabelled = signIssuerKeyList({ seq: 2, issuedAt: t0, keys: [{ ...entry(second, t0, t0 + day), kid: first.kid }] }, root.secretKey)
    expect(verifyIssuerKeyList(mislabelled, roots)).toEqual({ ok: false, reason: 'malformed' })
    for (const junk of [null, 1, 'x', {}, { body: 'x', signature: 'y' }, { ...v1, signature: base64UrlEncode(signMessage(utf8Encode('x'), root.secretKey)) }]) {
      expect(verifyIssuerKeyList(junk, roots).ok).toBe(false)
    }
  })

  it('an older list is a rollback: refused, and the newer one held stays', () => {
    const v2 = signIssuerKeyList(
      { seq: 2, issuedAt: t0 + day, keys: [entry(first, t0, t0 + 1000 * day), entry(second, t0 + day, t0 + 2000 * day)] },
      root.secretKey
    )
    expect(acceptIssuerKeyList(v2, v1, roots)).toEqual({ ok: false, reason: 'rollback' })
    expect(acceptIssuerKeyList(v1, v2, roots)).toMatchObject({ ok: true, list: v2 })
    expect(acceptIssuerKeyList(v2, v2, roots).ok).toBe(true)
  })

  it('rotation: the new key is trusted from its validFrom; the old one until its validUntil', () => {
    const rotated = signIssuerKeyList(
      { seq: 2, issuedAt: t0 + 10 * day, keys: [entry(first, t0, t0 + 100 * day), entry(second, t0 + 10 * day, t0 + 2000 * day)] },
      root.secretKey
    )
    const kids = (at: number) => trustedKeysAt(rotated, at).map((k) => k.kid)
    expect(kids(t0 + day)).toEqual([first.kid])
    expect(kids(t0 + 20 * day).sort()).toEqual([first.kid, second.kid].sort())
    expect(kids(t0 + 101 * day)).toEqual([second.kid])
  })

  it('retiring: a key left out of the next list is no longer trusted', () => {
    const retired = signIssuerKeyList({ seq: 3, issuedAt: t0 + 30 * day, keys: [entry(second, t0 + 10 * day, t0 + 2000 * day)] }, root.secretKey)
    const accepted = acceptIssuerKeyList(v1, retired, roots)
    expect(accepted.ok).toBe(true)
    if (accepted.ok) expect(trustedKeysAt(accepted.list, t0 + 31 * day).map((k) => k.kid)).toEqual([second.kid])
  })
})
