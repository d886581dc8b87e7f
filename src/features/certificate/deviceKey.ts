/**
 * The holder's device key (docs/certificate-format.md): made on this phone; only its public half is bound
 * to the certificate. On the mini-program the secret half is sealed in storage (deviceKeySealed.ts); H5
 * keeps it as a non-extractable WebCrypto key (deviceKey.h5.ts).
 */
import { createSealedDeviceKey, loadSealedDeviceKey, type DeviceKey } from './deviceKeySealed'

export type { DeviceKey } from './deviceKeySealed'

let loaded: Promise<DeviceKey | null> | null = null
let pending: Promise<DeviceKey> | null = null

export function loadDeviceKey(): Promise<DeviceKey | null> {
  loaded ??= loadSealedDeviceKey().then((key) => {
    if (!key) loaded = null
    return key
  })
  return loaded
}

/** The stored key, or a new one. Two screens asking at once must not make two keys. */
export function ensureDeviceKey(): Promise<DeviceKey> {
  pending ??= loadDeviceKey()
    .then(async (existing) => {
      if (existing) return existing
      const made = await createSealedDeviceKey()
      loaded = Promise.resolve(made)
      return made
    })
    .finally(() => {
      pending = null
    })
  return pending
}

/** Tests: forget what is held in memory. */
export function resetDeviceKeyForTests(): void {
  loaded = null
  pending = null
}
