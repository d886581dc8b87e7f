import type { DeviceSigner } from '@/domain/certificate/present'
import { publicKeyOf, signMessage } from '@/domain/certificate/keys'

/** The mini-program has no crypto.subtle: Ed25519 in JavaScript (@noble). H5 uses WebCrypto (deviceSigner.h5.ts). */
export const deviceSigner: DeviceSigner = {
  publicKey: (secretKey) => Promise.resolve(publicKeyOf(secretKey)),
  sign: (message, secretKey) => Promise.resolve(signMessage(message, secretKey))
}
