/**
 * zustand persist storage that seals what it writes (lib/sealKey.ts has the key and the threat model).
 * For stores holding passport numbers and other personal data typed on this phone.
 *
 * - A value that does not open (changed outside the app, or the key was reset) reads as missing; its
 *   storage name is listed in useUnreadableStorage so the screen can say so in the user's language.
 *   It stays where it is until the next write replaces it or the user removes it.
 * - A value written before sealing existed is read once and sealed straight away.
 * - Before the key exists (weapp's first launch: its random source is asynchronous) writes wait in
 *   memory and are flushed once prepareSealing() has finished; plain text never reaches storage.
 */
import { create } from 'zustand'
import type { StateStorage } from 'zustand/middleware'
import { isSealed } from './seal'
import { openFromStorage, prepareSealing, sealForStorage } from './sealKey'
import { taroStateStorage } from './storage'

export interface UnreadableStorageState {
  names: string[]
}

/** Storage names whose sealed value did not open in this run. */
export const useUnreadableStorage = create<UnreadableStorageState>()(() => ({ names: [] }))

/** Adds or removes a storage name from the unreadable list (also for lib/sealedStorageAhead.h5.ts). */
export function markUnreadable(name: string, unreadable: boolean): void {
  const names = useUnreadableStorage.getState().names
  if (unreadable === names.includes(name)) return
  useUnreadableStorage.setState({ names: unreadable ? [...names, name] : names.filter((n) => n !== name) })
}

const waiting = new Map<string, string>()
let flushScheduled = false

function flushLater(): void {
  if (flushScheduled) return
  flushScheduled = true
  void prepareSealing()
    .then(() => {
      for (const [name, value] of [...waiting]) {
        const sealed = sealForStorage(value)
        if (sealed === null) continue
        waiting.delete(name)
        taroStateStorage.setItem(name, sealed)
      }
    })
    // No random source at all: the writes stay in memory for this run, and the next write tries again.
    .catch(() => undefined)
    .finally(() => {
      flushScheduled = false
    })
}

export const sealedStateStorage: StateStorage = {
  getItem: (name) => {
    // A write still waiting for the key is the newest value.
    const held = waiting.get(name)
    if (held !== undefined) return held
    const raw = taroStateStorage.getItem(name)
    if (typeof raw !== 'string') return null
    if (!isSealed(raw)) {
      sealedStateStorage.setItem(name, raw)
      return raw
    }
    try {
      const plain = openFromStorage(raw)
      markUnreadable(name, false)
      return plain
    } catch {
      markUnreadable(name, true)
      return null
    }
  },
  setItem: (name, value) => {
    const sealed = sealForStorage(value)
    if (sealed === null) {
      waiting.set(name, value)
      flushLater()
      return
    }
    waiting.delete(name)
    taroStateStorage.setItem(name, sealed)
    markUnreadable(name, false)
  },
  removeItem: (name) => {
    waiting.delete(name)
    taroStateStorage.removeItem(name)
    markUnreadable(name, false)
  }
}

/** Deletes a stored value that no longer opens (the user chose to start again). */
export function discardUnreadable(name: string): void {
  sealedStateStorage.removeItem(name)
}
