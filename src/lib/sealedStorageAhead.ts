/**
 * The mini-program (and tests): stores sealed with the synchronous reader as they always were. H5 opens
 * and seals some stores with WebCrypto instead (./sealedStorageAhead.h5.ts); the same names here.
 */
import type { StateStorage } from 'zustand/middleware'
import { sealedStateStorage } from './sealedStorage'

/** H5 starts opening these stored values at launch; nothing to do here. */
export function openAhead(_names: readonly string[]): void {}

/** The storage for a sealed store read on a screen's first render. */
export function sealedStorageOpenedAhead(): StateStorage {
  return sealedStateStorage
}

/** Every save here is written at once. */
export const sealedSavesWritten = (): Promise<void> => Promise.resolve()
