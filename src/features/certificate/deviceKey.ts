/**
 * The holder's device key (docs/certificate-format.md): made on this phone; only its public half is bound
 * to the certificate. On the mini-program the secret half is sealed in storage (deviceKeySealed.ts); H5
 * keeps it as a non-extractable WebCrypto key (deviceKey.h5.ts).
 */
import { createSealedDeviceKey, deviceKeyStore, loadSealedDeviceKey } from './deviceKeySealed'

export type { DeviceKey } from './deviceKeySealed'

const store = deviceKeyStore({ load: loadSealedDeviceKey, create: createSealedDeviceKey })

export const { loadDeviceKey, ensureDeviceKey } = store

/** Tests: forget what is held in memory. */
export const resetDeviceKeyForTests = store.reset
