/** @jest-environment node */
// H5's device signer (src/lib/deviceSigner.h5.ts): WebCrypto's Ed25519 where the browser has it, the
// JavaScript signer where it does not, and the same bytes either way.
import { generateKeyPair, signMessage } from '@/domain/certificate/keys'
import { seeded } from '../support/certificateFixtures'

const message = new TextEncoder().encode('WIC1 proof body')

async function freshSigner() {
  let signer: typeof import('@/lib/deviceSigner.h5').deviceSigner | undefined
  await jest.isolateModulesAsync(async () => {
    signer = (await import('@/lib/deviceSigner.h5')).deviceSigner
  })
  return signer!
}

describe('device signer (H5)', () => {
  const device = generateKeyPair(seeded('device'))

  it('signs through WebCrypto with the same public key and signature bytes as @noble', async () => {
    const importKey = jest.spyOn(globalThis.crypto.subtle, 'importKey')
    try {
      const signer = await freshSigner()
      expect(await signer.publicKey(device.secretKey)).toEqual(device.publicKey)
      expect(await signer.sign(message, device.secretKey)).toEqual(signMessage(message, device.secretKey))
      await signer.sign(message, device.secretKey)
      // One import per device key, however many codes it signs.
      expect(importKey).toHaveBeenCalledTimes(1)
    } finally {
      importKey.mockRestore()
    }
  })

  it('falls back to the JavaScript signer where WebCrypto has no Ed25519', async () => {
    const unsupported = Object.assign(new Error('Unrecognized name.'), { name: 'NotSupportedError' })
    const importKey = jest.spyOn(globalThis.crypto.subtle, 'importKey').mockRejectedValue(unsupported)
    const sign = jest.spyOn(globalThis.crypto.subtle, 'sign')
    try {
      const signer = await freshSigner()
      expect(await signer.publicKey(device.secretKey)).toEqual(device.publicKey)
      expect(await signer.sign(message, device.secretKey)).toEqual(signMessage(message, device.secretKey))
      expect(sign).not.toHaveBeenCalled()
      // Found out once: later codes go straight to the JavaScript signer.
      expect(importKey).toHaveBeenCalledTimes(1)
    } finally {
      importKey.mockRestore()
      sign.mockRestore()
    }
  })
})
