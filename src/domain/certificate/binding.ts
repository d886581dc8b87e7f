/**
 * Proof of possession when a phone binds itself to a certificate: the server hands out a one-use
 * challenge, the phone signs it together with the public key it binds, the server checks the signature
 * with that key. A key someone merely copied off another screen cannot be bound without its secret half.
 */
import { base64UrlDecode, SIGNING_CONTEXT, utf8Encode, withContext } from './encoding'
import { keyBytes, verifyMessage } from './keys'

export function deviceBindingMessage(challenge: string, publicKey: string): Uint8Array {
  return withContext(SIGNING_CONTEXT.deviceBinding, utf8Encode(`${challenge}.${publicKey}`))
}

/** Never throws. */
export function verifyDeviceBinding(input: { challenge: string; publicKey: string; signature: string }): boolean {
  try {
    return verifyMessage(base64UrlDecode(input.signature), deviceBindingMessage(input.challenge, input.publicKey), keyBytes(input.publicKey, 32, 'device key'))
  } catch {
    return false
  }
}
