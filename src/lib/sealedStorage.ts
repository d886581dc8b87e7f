/**
 * Sealed values in app storage (lib/sealKey.ts has the key and the threat model): the one way personal data
 * is written at rest, and zustand persist storage over it for stores holding passport numbers and other
 * personal data typed on this phone.
 *
 * - Every sealed write goes through `writeSealed`. Before the key exists (weapp's first launch: its random
 *   source is asynchronous) the newest write of each entry waits in memory and is written once
 *   prepareSealing() has finished; plain text never reaches storage.
 * - A value that does not open (changed outside the app, or the key was reset) reads as missing; its
 *   storage name is listed in useUnreadableStorage so the screen can say so in the user's language.
 *   It stays where it is until the next write replaces it or the user removes it.
 * - A value written before sealing existed is read once and sealed straight away.
 */
import { create } from 'zustand'
import type { StateStorage } from 'zustand/middleware'
import { isSealed, SEALED_MARK } from './seal'
import { openFromStorage, prepareSealing, sealForStorage } from './sealKey'
import { taroStateStorage } from './storage'

export interface UnreadableStorageState {
  names: string[]
}

/** Storage names whose sealed value did not open in this run. */
export const useUnreadableStorage = create<UnreadableStorageState>()(() => ({ names: [] }))

function markUnreadable(name: string, unreadable: boolean): void {
  const names = useUnreadableStorage.getState().names
  if (unreadable === names.includes(name)) return
  useUnreadableStorage.setState({ names: unreadable ? [...names, name] : names.filter((n) => n !== name) })
}

/** A write waiting for the key: the plain text, and the readable fields stored beside its seal, if any. */
export interface HeldWrite {
  plain: string
  beside?: Record<string, unknown>
}

const waiting = new Map<string, HeldWrite>()
let flushScheduled = false

function flushLater(): void {
  if (flushScheduled) return
  flushScheduled = true
  void prepareSealing()
    .then(() => {
      for (const [name, held] of [...waiting]) {
        waiting.delete(name)
        writeSealed(name, held.plain, held.beside)
      }
    })
    // No random source at all: the writes stay in memory for this run, and the next write tries again.
    .catch(() => undefined)
    .finally(() => {
      flushScheduled = false
    })
}

/**
 * Seals `plain` and stores it under `name`. With `beside`, the entry is a JSON record of those readable
 * fields and `box`, the seal (the demo backend keeps its fault settings and clock readable that way).
 */
export function writeSealed(name: string, plain: string, beside?: Record<string, unknown>): void {
  const sealed = sealForStorage(plain)
  if (sealed === null) {
    waiting.set(name, { plain, beside })
    flushLater()
    return
  }
  waiting.delete(name)
  taroStateStorage.setItem(name, beside ? JSON.stringify({ ...beside, box: sealed }) : sealed)
}

/** The write of `name` still waiting for the key: the newest value, not yet in storage. */
export function heldWrite(name: string): HeldWrite | undefined {
  return waiting.get(name)
}

export const sealedStateStorage: StateStorage = {
  getItem: (name) => {
    const held = waiting.get(name)
    if (held !== undefined) return held.plain
    const raw = taroStateStorage.getItem(name)
    if (typeof raw !== 'string') return null
    if (raw.startsWith(SEALED_MARK) && !isSealed(raw)) {
      // Sealed in a format this version no longer opens (H5 kept the certificate cache in AES-GCM): a copy
      // of what the server holds, so it reads as missing and comes back with the next refresh.
      taroStateStorage.removeItem(name)
      return null
    }
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
    writeSealed(name, value)
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
