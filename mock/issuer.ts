import { sha256 } from '@noble/hashes/sha2.js'
import { base64UrlEncode, keyId, publicKeyOf } from '@/domain/certificate'
import { utf8Encode } from '@/domain/certificate/encoding'
import type { MockState } from './state'

/**
 * The demo issuer key is derived from a fixed phrase so the mock needs no random source at start-up
 * (mini-programs have none synchronously). A real issuer keeps its key in an HSM.
 */
export function createIssuerKey(): MockState['issuer'] {
  const secret = sha256(utf8Encode('work-in-china demo issuer key 2026'))
  const publicKey = publicKeyOf(secret)
  return { keyId: keyId(publicKey), secretKey: base64UrlEncode(secret), publicKey: base64UrlEncode(publicKey) }
}

