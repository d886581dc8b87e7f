/**
 * The embedded demo backend's state in app storage, sealed (lib/sealKey.ts: key and threat model). The
 * state holds every seeded and typed passport number, names and dates of birth, so it is written as
 *
 *   { "sealedMockState": 1, "faults": {...}, "clock": {...}, "hospitalSlots": [...], ..., "box": "wic-seal:…" }
 *
 * On H5 the box is sealed and opened by WebCrypto (AES-GCM, lib/sealGcm.ts), off the page's thread: the
 * world is tens of kilobytes, and unsealing it in JavaScript was the longest task of a cold start. The
 * mini-program, with no WebCrypto, seals it synchronously in JavaScript.
 *
 * Fault settings and the mock clock stay readable next to the box: nothing personal, and the officer
 * simulator's settings (and tests that switch the backend offline) act on them. So do the timetables
 * (hospital departments and slots with their counts, the theatre programme): public, and a third of the
 * state, so the box opens that much faster at every start. A box that does not open
 * gives a fresh demo world, as an empty storage does.
 */
import Taro from '@tarojs/taro'
import type { MockPersistence } from '@mock/backend'
import type { MockState } from '@mock/state'
import { FaultConfig } from '@/api/contract'
import { isSealed } from '@/lib/seal'
import { prepareSealing, sealForStorage } from '@/lib/sealKey'
import { isSealedGcm, openFromStorageAny, openFromStorageAnyAsync, sealForStorageAsync, sealsAsynchronously } from '@/lib/sealGcm'

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
  /** weapp's first launch: the newest state, held until the key exists. */
  let waiting: MockState | null = null
  /** H5: the newest state whose sealed copy is still being made. Written at once if the page goes first. */
  let unwritten: MockState | null = null
  let generation = 0

  const split = (state: MockState) => {
    const rest: Record<string, unknown> = { ...state }
    const plain: Record<string, unknown> = {}
    for (const part of PLAIN_PARTS) {
      plain[part] = rest[part]
      delete rest[part]
    }
    return { rest, plain }
  }

  const write = (plain: Record<string, unknown>, box: string): void => {
    const stored: Stored = { sealedMockState: 1, ...plain, box }
    Taro.setStorageSync(storageKey, JSON.stringify(stored))
  }

  const saveNow = (state: MockState): void => {
    const { rest, plain } = split(state)
    const box = sealForStorage(JSON.stringify(rest))
    if (box === null) {
      // weapp's first launch: the key is still being made. Only the newest state matters.
      const first = waiting === null
      waiting = state
      if (first) {
        void prepareSealing()
          .then(() => {
            const latest = waiting
            waiting = null
            if (latest !== null) saveNow(latest)
          })
          .catch(() => undefined)
      }
      return
    }
    write(plain, box)
  }

  /**
   * H5: sealed by WebCrypto, so a save costs the page almost nothing. Each save supersedes the ones still
   * being sealed; if the page is hidden or left before the newest is written, it is written there and then.
   */
  let writing: Promise<void> = Promise.resolve()
  const saveAsync = (state: MockState): void => {
    const mine = ++generation
    unwritten = state
    const { rest, plain } = split(state)
    const settle = (box: string | null) => {
      if (mine !== generation) return
      unwritten = null
      if (box === null) saveNow(state)
      else write(plain, box)
    }
    writing = sealForStorageAsync(JSON.stringify(rest)).then(settle, () => settle(null))
  }

  /** Resolves once the newest state is in storage (H5 seals it asynchronously). */
  const written = async (): Promise<void> => {
    while (unwritten !== null) await writing
  }

  const flush = (): void => {
    if (unwritten === null) return
    const state = unwritten
    unwritten = null
    generation++
    saveNow(state)
  }

  // The mini-program has no WebCrypto: its build leaves out every asynchronous path (a constant here).
  const onWeapp = process.env.TARO_ENV === 'weapp'
  const asynchronous = !onWeapp && sealsAsynchronously()
  if (asynchronous && typeof addEventListener === 'function' && typeof document !== 'undefined') {
    addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush()
    })
  }

  /** The stored record, or null when there is none or it is not ours. */
  const readOuter = (): (Partial<Stored> & Record<string, unknown>) | null => {
    const raw = read(storageKey)
    if (!raw) return null
    try {
      return JSON.parse(raw) as Partial<Stored> & Record<string, unknown>
    } catch {
      return null
    }
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
        saveNow(outer as unknown as MockState)
      } catch {
        /* storage full: the next write tries again */
      }
      return outer
    }
    return null
  }

  /** What there is to restore before any unsealing: a state at hand (or none), or a box to open. */
  const found = (): { state: unknown } | { box: string; outer: Record<string, unknown> } => {
    if (waiting !== null) return { state: waiting }
    if (unwritten !== null) return { state: unwritten }
    const outer = readOuter()
    if (!outer) return { state: null }
    if (!isSealed(outer.box) && !isSealedGcm(outer.box)) return { state: unsealedLegacy(outer) }
    return { box: outer.box, outer }
  }

  const load = (): unknown => {
    const at = found()
    if ('state' in at) return at.state
    try {
      return withPlainParts(openFromStorageAny(at.box), at.outer)
    } catch {
      return null
    }
  }

  /** As load, with the box opened by WebCrypto where there is one (H5: the backend's first request). */
  const loadAsync = async (): Promise<unknown> => {
    const at = found()
    if ('state' in at) return at.state
    try {
      return withPlainParts(await openFromStorageAnyAsync(at.box), at.outer)
    } catch {
      return null
    }
  }

  /** Faults sit beside the box: read without opening it. Anything unexpected means "restore and see". */
  const loadFaults = (): FaultConfig | null => {
    if (waiting !== null) return null
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

  const save = (state: MockState): void => (asynchronous ? saveAsync(state) : saveNow(state))

  return { load, loadAsync: onWeapp ? undefined : loadAsync, save, written, loadFaults }
}
