// The holder's device key at rest: sealed on the mini-program (and on H5 without IndexedDB/Ed25519), never plain;
// a key stored plain by an earlier version is sealed the first time it is read, and keeps its binding.
import Taro from '@tarojs/taro'
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { generateDeviceKeyPair, verifyMessage } from '@/domain/certificate/keys'
import { ensureDeviceKey, loadDeviceKey, resetDeviceKeyForTests } from '@/features/certificate/deviceKey'
import { DEVICE_KEY_STORAGE_KEY } from '@/features/certificate/deviceKeySealed'
import { isSealed } from '@/lib/seal'

beforeEach(() => resetDeviceKeyForTests())

const message = new TextEncoder().encode('WIC1 proof body')

describe('device key (sealed)', () => {
  it('is made once, stored sealed, and signs with the key it reports', async () => {
    const [a, b] = await Promise.all([ensureDeviceKey(), ensureDeviceKey()])
    expect(a.publicKey).toBe(b.publicKey)
    expect(a.protection).toBe('sealed')
    const stored = Taro.getStorageSync(DEVICE_KEY_STORAGE_KEY) as string
    expect(isSealed(stored)).toBe(true)
    const signature = await a.sign(message)
    expect(verifyMessage(signature, message, Uint8Array.from(Buffer.from(a.publicKey, 'base64url')))).toBe(true)
    resetDeviceKeyForTests()
    expect((await loadDeviceKey())?.publicKey).toBe(a.publicKey)
  })

  it('seals a key an earlier version stored in plain form, keeping the same key', async () => {
    const old = generateDeviceKeyPair()
    const plain = JSON.stringify({ version: 1, secretKey: base64UrlEncode(old.secretKey), publicKey: base64UrlEncode(old.publicKey) })
    Taro.setStorageSync(DEVICE_KEY_STORAGE_KEY, plain)
    const key = await loadDeviceKey()
    expect(key?.publicKey).toBe(base64UrlEncode(old.publicKey))
    const stored = Taro.getStorageSync(DEVICE_KEY_STORAGE_KEY) as string
    expect(isSealed(stored)).toBe(true)
    expect(stored).not.toContain(base64UrlEncode(old.secretKey))
  })

  it('ignores a damaged or mismatched record: a new key is made (and bound again), never a wrong one', async () => {
    const one = generateDeviceKeyPair()
    const two = generateDeviceKeyPair()
    Taro.setStorageSync(
      DEVICE_KEY_STORAGE_KEY,
      JSON.stringify({ version: 1, secretKey: base64UrlEncode(one.secretKey), publicKey: base64UrlEncode(two.publicKey) })
    )
    expect(await loadDeviceKey()).toBeNull()
    const made = await ensureDeviceKey()
    expect([base64UrlEncode(one.publicKey), base64UrlEncode(two.publicKey)]).not.toContain(made.publicKey)
  })
})
