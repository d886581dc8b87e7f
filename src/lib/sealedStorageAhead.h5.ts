/**
 * H5: a sealed store that a screen reads as it first renders (the certificate, shown at a desk with no
 * network) is opened by WebCrypto at launch, off the page's thread, and sealed by it on every save. Opened
 * by @noble in JavaScript, as lib/sealedStorage.ts does, it took ~7-12 ms of the certificate page's first
 * task on a cold start.
 *
 * - Values are written in the second seal format (AES-GCM, lib/sealGcm.ts; only its WebCrypto half is
 *   loaded here, so the JavaScript AES code stays out of the app's first scripts). One written in the first
 *   format is still read (synchronously, once) and written in the second at the next save.
 * - A save is written when WebCrypto has sealed it; one still being sealed when the page is hidden or
 *   left is sealed in JavaScript and written there and then, so nothing is lost.
 * - A value not opened by the time its store reads it (the launch was still busy) is handed over as a
 *   promise: the store fills a moment later rather than blocking the page with the JavaScript cipher.
 */
import type { StateStorage } from 'zustand/middleware'
import { isSealedGcm, openWithWebCrypto, sealForStorageAsync, sealsAsynchronously, webCrypto } from './sealGcmWebCrypto'
import { markUnreadable, sealedStateStorage } from './sealedStorage'
import { storedSealKey } from './sealKey'
import { taroStateStorage } from './storage'

function openAsync(stored: string): Promise<string> {
  const subtle = webCrypto()
  const key = storedSealKey()
  return subtle && key ? openWithWebCrypto(subtle, key, stored) : Promise.reject(new Error('no key or no WebCrypto'))
}

interface Opening {
  /** The stored text it was opened from: a later write makes it stale. */
  stored: string
  opened: Promise<string | null>
  plain?: string | null
}

const openings = new Map<string, Opening>()
/** Saves whose seal is still being made, by name: the newest value of each. */
const unwritten = new Map<string, string>()
const generations = new Map<string, number>()
const sealingNow = new Set<Promise<void>>()

function open(name: string, stored: string): Opening {
  const opening: Opening = {
    stored,
    opened: openAsync(stored).then(
      (plain) => {
        markUnreadable(name, false)
        return plain
      },
      () => {
        markUnreadable(name, true)
        return null
      }
    )
  }
  void opening.opened.then((plain) => {
    opening.plain = plain
  })
  return opening
}

/** Starts opening these stored values now (call at launch). */
export function openAhead(names: readonly string[]): void {
  if (!webCrypto()) return
  for (const name of names) {
    const stored = taroStateStorage.getItem(name)
    if (typeof stored === 'string' && isSealedGcm(stored)) openings.set(name, open(name, stored))
  }
}

/** Writes the newest unwritten save of each store now, sealed in JavaScript (the page is going). */
function flushUnwritten(): void {
  for (const [name, value] of [...unwritten]) {
    unwritten.delete(name)
    generations.set(name, (generations.get(name) ?? 0) + 1)
    sealedStateStorage.setItem(name, value)
  }
}

let flushInstalled = false
function installFlush(): void {
  if (flushInstalled || typeof addEventListener !== 'function' || typeof document === 'undefined') return
  flushInstalled = true
  addEventListener('pagehide', flushUnwritten)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushUnwritten()
  })
}

const storage: StateStorage = {
  getItem: (name) => {
    const newest = unwritten.get(name)
    if (newest !== undefined) return newest
    const stored = taroStateStorage.getItem(name)
    if (typeof stored !== 'string' || !isSealedGcm(stored)) {
      openings.delete(name)
      // Nothing stored, the first format, or plain text from before sealing: read as before.
      return sealedStateStorage.getItem(name)
    }
    let opening = openings.get(name)
    if (!opening || opening.stored !== stored) {
      opening = open(name, stored)
      openings.set(name, opening)
    }
    return opening.plain !== undefined ? opening.plain : opening.opened
  },
  setItem: (name, value) => {
    // No WebCrypto, or no key yet: lib/sealedStorage.ts does it all.
    if (!sealsAsynchronously()) {
      sealedStateStorage.setItem(name, value)
      return
    }
    installFlush()
    openings.delete(name)
    const mine = (generations.get(name) ?? 0) + 1
    generations.set(name, mine)
    unwritten.set(name, value)
    const settle = (sealed: string | null): void => {
      if (generations.get(name) !== mine) return
      unwritten.delete(name)
      if (sealed === null) sealedStateStorage.setItem(name, value)
      else {
        taroStateStorage.setItem(name, sealed)
        markUnreadable(name, false)
      }
    }
    const done = sealForStorageAsync(value)
      .then(settle, () => settle(null))
      .finally(() => sealingNow.delete(done))
    sealingNow.add(done)
  },
  removeItem: (name) => {
    openings.delete(name)
    unwritten.delete(name)
    generations.set(name, (generations.get(name) ?? 0) + 1)
    sealedStateStorage.removeItem(name)
  }
}

/** The storage for a sealed store read on a screen's first render (see above). */
export function sealedStorageOpenedAhead(): StateStorage {
  return storage
}

/** Resolves once every save made so far is in storage. */
export async function sealedSavesWritten(): Promise<void> {
  while (sealingNow.size > 0) await Promise.all([...sealingNow])
}
