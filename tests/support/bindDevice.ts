import type { ApiClient } from '@/api/client'
import { deviceBindingMessage } from '@/domain/certificate/binding'
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { signMessage, type KeyPair } from '@/domain/certificate/keys'

/** Binds a device key as the app does: the server's challenge, signed with the key (proof of possession). */
export async function bindDeviceWithProof(client: Pick<ApiClient, 'call'>, device: KeyPair, idempotencyKey?: string) {
  const { challenge } = await client.call('certificates.bindChallenge', {})
  const publicKey = base64UrlEncode(device.publicKey)
  const signature = base64UrlEncode(signMessage(deviceBindingMessage(challenge, publicKey), device.secretKey))
  return client.call('certificates.bindDevice', { body: { publicKey, challenge, signature }, ...(idempotencyKey ? { idempotencyKey } : {}) })
}
