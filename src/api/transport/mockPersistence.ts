/**
 * The embedded demo backend's state in app storage, sealed (lib/sealKey.ts: key and threat model). The
 * state holds every seeded and typed passport number, names and dates of birth, so it is written as
 *
 *   { "sealedMockState": 1, "faults": {...}, "clock": {...}, "hospitalSlots": [...], ..., "box": "wic-seal:1:…" }
 *
 * Fault settings and the mock clock stay readable next to the box: nothing personal, and the officer
 * simulator's settings (and tests that switch the backend offline) act on them. So do the timetables
 * (hospital departments and slots with their counts, the theatre programme): public, and a third of the
 * state, so the box opens that much faster at every start. A box that does not open (changed, another key,
 * or the AES-GCM format H5 used before) gives a fresh demo world, as an empty storage does.
 */
import Taro from '@tarojs/taro'
import type { MockPersistence } from '@mock/backend'
import type { MockState } from '@mock/state'
import { FaultConfig } from '@/api/contract'
import { isSealed } from '@/lib/seal'
import { openFromStorage } from '@/lib/sealKey'
import { heldWrite, writeSealed } from '@/lib/sealedStorage'

/** Parts of the state kept beside the box, in plain text: none holds anything about a person. */
const PLAIN_PARTS = ['faults', 'clock', 'hospitalDepartments', 'hospitalSlots', 'theatreShows'] as const

interface Stored {
  sealedMockState: 1
  faults?: unknown
  clock?: unknown
  box: string
}

function read(storageKey: string): string | null {
  try {
    const value = Taro.getStorageSync(storageKey)
    return typeof value === 'string' && value ? value : null
  } catch {
    return null
  }
}

export function sealedMockPersistence(storageKey: string): MockPersistence {
  const save = (state: MockState): void => {
    const rest: Record<string, unknown> = { ...state }
    const beside: Record<string, unknown> = { sealedMockState: 1 }
    for (const part of PLAIN_PARTS) {
      beside[part] = rest[part]
      delete rest[part]
    }
    writeSealed(storageKey, JSON.stringify(rest), beside)
  }

  const withPlainParts = (opened: string, outer: Record<string, unknown>): unknown => {
    const state = JSON.parse(opened) as Record<string, unknown>
    for (const part of PLAIN_PARTS) if (outer[part] !== undefined) state[part] = outer[part]
    return state
  }

  /** A record saved before sealing existed is sealed now rather than left in plain text. */
  const unsealedLegacy = (outer: Record<string, unknown>): unknown => {
    if (outer.sealedMockState === undefined && typeof outer.version === 'number') {
      try {
        save(outer as unknown as MockState)
      } catch {
        /* storage full: the next write tries again */
      }
      return outer
    }
    return null
  }

  const load = (): unknown => {
    // weapp's first launch: the newest state may still be waiting for the key.
    const held = heldWrite(storageKey)
    if (held) return withPlainParts(held.plain, held.beside ?? {})
    const raw = read(storageKey)
    if (!raw) return null
    try {
      const outer = JSON.parse(raw) as Partial<Stored> & Record<string, unknown>
      if (!isSealed(outer.box)) return unsealedLegacy(outer)
      return withPlainParts(openFromStorage(outer.box), outer)
    } catch {
      return null
    }
  }

  /** Faults sit beside the box: read without opening it. Anything unexpected means "restore and see". */
  const loadFaults = (): FaultConfig | null => {
    if (heldWrite(storageKey)) return null
    const raw = read(storageKey)
    if (!raw) return null
    try {
      const outer = JSON.parse(raw) as Partial<Stored>
      if (outer.sealedMockState !== 1) return null
      const faults = FaultConfig.safeParse(outer.faults)
      return faults.success ? faults.data : null
    } catch {
      return null
    }
  }

  return { load, save, loadFaults }
}
