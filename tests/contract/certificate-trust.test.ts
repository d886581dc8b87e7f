// The backend's half of the trust chain: binding needs proof of possession and revokes the previous phone;
// a redemption is recorded once per code, and a back-dated scan cannot revive an old code.
import { ApiError } from '@/api'
import { deviceBindingMessage } from '@/domain/certificate/binding'
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { generateDeviceKeyPair, signMessage } from '@/domain/certificate/keys'
import { createPresentation } from '@/domain/certificate/present'
import { acceptRevocationList, verifyRevocationList } from '@/domain/certificate/revocation'
import { acceptIssuerKeyList, trustedKeysAt } from '@/domain/certificate/trust'
import { SHIPPED_ISSUER_KEY_LIST, TRUST_ROOTS } from '@/domain/certificate/trustRoot'
import type { SignedCertificate } from '@/domain/certificate/types'
import { verifyPresentation } from '@/domain/certificate/verify'
import { retireIssuerKey, rotateIssuerKey } from '@mock/issuer'
import { freshBackend } from '../support/backend'
import { bindDeviceWithProof } from '../support/bindDevice'

const NOW_ISO = '2026-11-20T02:00:00.000Z'
const NOW = Date.parse(NOW_ISO)

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (e) {
    return e as ApiError
  }
  throw new Error('expected a refusal')
}

async function deskLists(env: ReturnType<typeof freshBackend>) {
  const { keyList } = await env.client.call('certificates.issuerKeys')
  const keys = acceptIssuerKeyList(SHIPPED_ISSUER_KEY_LIST, keyList, TRUST_ROOTS)
  if (!keys.ok) throw new Error(`key list refused: ${keys.reason}`)
  const { lists } = await env.client.call('certificates.revocations')
  return { issuerKeys: trustedKeysAt(keys.list, NOW), lists }
}

describe('binding a phone', () => {
  it('needs the phone to sign the server challenge with the key it binds', async () => {
    const env = freshBackend(NOW_ISO)
    await env.as('alice')
    const device = generateDeviceKeyPair()
    const publicKey = base64UrlEncode(device.publicKey)
    const { challenge } = await env.client.call('certificates.bindChallenge', {})
    // A key copied off another screen, with a signature by some other key.
    const other = generateDeviceKeyPair()
    const wrong = base64UrlEncode(signMessage(deviceBindingMessage(challenge, publicKey), other.secretKey))
    const refused = await refusal(env.client.call('certificates.bindDevice', { body: { publicKey, challenge, signature: wrong } }))
    expect(refused.fields.signature?.code).toBe('binding.signature')
    // A made-up challenge.
    const made = base64UrlEncode(signMessage(deviceBindingMessage('bWFkZS11cA', publicKey), device.secretKey))
    expect(
      (await refusal(env.client.call('certificates.bindDevice', { body: { publicKey, challenge: 'bWFkZS11cA', signature: made } }))).fields.challenge?.code
    ).toBe('binding.challenge')
    // The real thing; and its challenge cannot be used again.
    const signature = base64UrlEncode(signMessage(deviceBindingMessage(challenge, publicKey), device.secretKey))
    const bound = await env.client.call('certificates.bindDevice', { body: { publicKey, challenge, signature } })
    expect((bound.signed as unknown as SignedCertificate).holderPublicKey).toBe(publicKey)
    expect((await refusal(env.client.call('certificates.bindDevice', { body: { publicKey, challenge, signature } }))).fields.challenge?.code).toBe(
      'binding.challenge'
    )
  })

  it('a new phone revokes the previous one at once: the next revocation list names it, and its codes stop verifying', async () => {
    const env = freshBackend(NOW_ISO)
    await env.as('alice')
    const firstPhone = generateDeviceKeyPair()
    const first = (await bindDeviceWithProof(env.client, firstPhone)).signed as unknown as SignedCertificate
    const secondPhone = generateDeviceKeyPair()
    const second = (await bindDeviceWithProof(env.client, secondPhone)).signed as unknown as SignedCertificate
    expect(second.credentialId).not.toBe(first.credentialId)

    const { issuerKeys, lists } = await deskLists(env)
    expect(lists[0].body.revoked).toContain(first.credentialId)
    const check = (cert: SignedCertificate, key: typeof firstPhone) =>
      verifyPresentation(createPresentation(cert, key.secretKey, 'hospital', NOW), { issuerKeys, revocationLists: lists, purpose: 'hospital', nowMs: NOW }).code
    expect(check(first, firstPhone)).toBe('revoked')
    expect(check(second, secondPhone)).toBe('valid')
    // Five phones later, only the last one is valid.
    const phones = Array.from({ length: 3 }, () => generateDeviceKeyPair())
    const certs: SignedCertificate[] = []
    for (const phone of phones) certs.push((await bindDeviceWithProof(env.client, phone)).signed as unknown as SignedCertificate)
    const latest = await deskLists(env)
    const codes = certs.map(
      (cert, i) =>
        verifyPresentation(createPresentation(cert, phones[i].secretKey, 'hospital', NOW), {
          issuerKeys: latest.issuerKeys,
          revocationLists: latest.lists,
          purpose: 'hospital',
          nowMs: NOW
        }).code
    )
    expect(codes).toEqual(['revoked', 'revoked', 'valid'])
  })

  it('revocation lists move forward: each change gets a higher number, and the older list is refused by a desk holding the newer', async () => {
    const env = freshBackend(NOW_ISO)
    await env.as('alice')
    await bindDeviceWithProof(env.client, generateDeviceKeyPair())
    const { issuerKeys, lists: before } = await deskLists(env)
    await bindDeviceWithProof(env.client, generateDeviceKeyPair())
    const { lists: after } = await deskLists(env)
    expect(after[0].body.seq).toBeGreaterThan(before[0].body.seq)
    expect(verifyRevocationList(after[0], issuerKeys)).toMatchObject({ ok: true, issuerId: 'beihai-stb' })
    expect(acceptRevocationList(after[0], before[0], issuerKeys)).toEqual({ ok: false, reason: 'rollback' })
  })
})

describe('key rotation and retirement at the backend', () => {
  it('a rotated key signs new certificates; desks that take the new list verify both; a retired key stops verifying', async () => {
    const env = freshBackend(NOW_ISO)
    await env.as('alice')
    const oldPhone = generateDeviceKeyPair()
    const oldCert = (await bindDeviceWithProof(env.client, oldPhone)).signed as unknown as SignedCertificate
    const oldKid = env.backend.state.issuer.keyId
    rotateIssuerKey(env.backend.state, NOW, 'rotation test key')
    await env.as('omar')
    const { keyList } = await env.client.call('certificates.issuerKeys')
    expect(keyList.body.seq).toBe(2)
    const accepted = acceptIssuerKeyList(SHIPPED_ISSUER_KEY_LIST, keyList, TRUST_ROOTS)
    expect(accepted.ok).toBe(true)
    // A desk that never got the new list still verifies the old certificate with the shipped keys.
    expect(trustedKeysAt(SHIPPED_ISSUER_KEY_LIST, NOW).map((k) => k.kid)).toEqual([oldKid])
    if (!accepted.ok) return
    expect(trustedKeysAt(accepted.list, NOW).map((k) => k.kid)).toContain(oldKid)

    retireIssuerKey(env.backend.state, oldKid, NOW + 1000)
    const { keyList: afterRetire } = await env.client.call('certificates.issuerKeys')
    const retired = acceptIssuerKeyList(accepted.list, afterRetire, TRUST_ROOTS)
    expect(retired.ok).toBe(true)
    if (!retired.ok) return
    const code = createPresentation(oldCert, oldPhone.secretKey, 'hospital', NOW)
    expect(verifyPresentation(code, { issuerKeys: trustedKeysAt(retired.list, NOW), purpose: 'hospital', nowMs: NOW })).toMatchObject({
      code: 'forged',
      reason: 'unknown_issuer_key'
    })
  })
})

describe('redemptions recorded once, at the server too', () => {
  async function aliceCode() {
    const env = freshBackend(NOW_ISO)
    await env.as('alice')
    const phone = generateDeviceKeyPair()
    const cert = (await bindDeviceWithProof(env.client, phone)).signed as unknown as SignedCertificate
    await env.as('nurse.bh')
    return { env, codeAt: (at: number) => createPresentation(cert, phone.secretKey, 'hospital', at) }
  }

  it('one hospital visit is counted once: the same code with another scan time is refused', async () => {
    const { env, codeAt } = await aliceCode()
    const code = codeAt(NOW)
    await env.client.call('redemptions.create', {
      body: { purpose: 'hospital', presentation: code, bookingCode: null, scannedAt: new Date(NOW).toISOString() }
    })
    const again = await refusal(
      env.client.call('redemptions.create', {
        body: { purpose: 'hospital', presentation: code, bookingCode: null, scannedAt: new Date(NOW + 5_000).toISOString() }
      })
    )
    expect(again.kind).toBe('conflict')
    expect(again.fields.presentation?.code).toBe('presentation.used')
    expect(env.backend.state.redemptions).toHaveLength(1)
  })

  it('a code from 30 days ago with a back-dated scan time is refused', async () => {
    const { env, codeAt } = await aliceCode()
    const monthAgo = NOW - 30 * 86_400_000
    const refused = await refusal(
      env.client.call('redemptions.create', {
        body: { purpose: 'hospital', presentation: codeAt(monthAgo), bookingCode: null, scannedAt: new Date(monthAgo).toISOString() }
      })
    )
    expect(refused.fields.scannedAt?.code).toBe('scan.tooOld')
    expect(env.backend.state.redemptions).toHaveLength(0)
  })

  it("the code's own signed time must fall in the window around the claimed scan time", async () => {
    const { env, codeAt } = await aliceCode()
    const hourAgo = NOW - 3_600_000
    const refused = await refusal(
      env.client.call('redemptions.create', {
        body: { purpose: 'hospital', presentation: codeAt(hourAgo), bookingCode: null, scannedAt: new Date(NOW).toISOString() }
      })
    )
    expect(refused.fields.presentation?.code).toBe('verdict.stale_proof')
    // An offline scan synced a day later, with the code made at the scan: accepted.
    const yesterday = NOW - 86_400_000
    await env.client.call('redemptions.create', {
      body: { purpose: 'hospital', presentation: codeAt(yesterday), bookingCode: null, scannedAt: new Date(yesterday).toISOString() }
    })
    expect(env.backend.state.redemptions).toHaveLength(1)
  })
})
