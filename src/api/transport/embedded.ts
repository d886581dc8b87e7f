/**
 * The embedded demo backend as a transport. In the mini-program it is bundled with the app (no async
 * chunks there); on H5 ./embedded.h5.ts loads it on the first request instead.
 */
import type { Transport } from './types'

export function createEmbeddedTransport(): Transport {
  return (require('./mock') as typeof import('./mock')).createMockTransport()
}
