/**
 * The demo backend's random source: the platform's secure one where it is synchronous (browsers, Node), or
 * a stream expanded from a secure seed where it is not (WeChat: wx.getRandomValues answers asynchronously,
 * so the embedded transport draws a seed once, before the first request). Never Math.random: salts,
 * credential ids and codes made here must not be guessable.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { concatBytes } from '@/domain/certificate/encoding'
import { drawRandomBytes, systemRandomBytes } from '@/domain/certificate/keys'
import type { RandomBytes } from '@/domain/certificate/types'

let seeded: RandomBytes | null = null

/** SHA-256 in counter mode over a secret 32-byte seed: a stream as unpredictable as the seed. */
export function expandSeed(seed: Uint8Array): RandomBytes {
  if (seed.length < 32) throw new Error('The random seed must be at least 32 bytes')
  const key = Uint8Array.from(seed)
  let counter = 0
  return (length) => {
    const out = new Uint8Array(length)
    for (let filled = 0; filled < length; filled += 32) {
      const block = sha256(concatBytes(key, Uint8Array.of(counter >>> 24, (counter >>> 16) & 255, (counter >>> 8) & 255, counter & 255)))
      counter++
      out.set(block.subarray(0, Math.min(32, length - filled)), filled)
    }
    return out
  }
}

/** True when the backend can draw bytes now; otherwise `seedMockRandom` must run first. */
export function mockRandomReady(): boolean {
  return seeded !== null || systemRandomBytes() !== null
}

export function seedMockRandom(seed: Uint8Array): void {
  seeded = expandSeed(seed)
}

export function mockRandomBytes(length: number): Uint8Array {
  return drawRandomBytes(length, seeded ?? undefined)
}
