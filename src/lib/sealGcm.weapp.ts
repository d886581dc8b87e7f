/**
 * The mini-program has no WebCrypto: it seals its storage in the first format only (lib/seal.ts),
 * synchronously, and never meets the second (H5's storage is not its own). The same names as
 * lib/sealGcm.ts, without the AES code in the main package.
 */
import { openFromStorage, sealForStorage } from './sealKey'

export const isSealedGcm = (_value: unknown): _value is string => false
export const sealsAsynchronously = (): boolean => false
export const sealForStorageAsync = (plain: string): Promise<string | null> => Promise.resolve(sealForStorage(plain))
export const openFromStorageAny = (sealed: string): string => openFromStorage(sealed)
export const openFromStorageAnyAsync = (sealed: string): Promise<string> => Promise.resolve().then(() => openFromStorage(sealed))
