import { env } from '@/config/env'
import { ApiClient } from './client'
import type { Transport } from './transport/types'

export { ApiClient, callWithRetry, newIdempotencyKey } from './client'
export { ApiError, errorMessageKeys, toApiError } from './errors'
// Types only: the schemas themselves are built by the client at its first call (./client.ts).
export type * from './contract'

let tokenSource: () => string | null = () => null
let unauthorizedHandler: () => void = () => undefined
let client: ApiClient | null = null

/**
 * Picks the backend at build time. With TARO_APP_API=http the constant folds and the bundler drops
 * the mock branch, so a build for a real backend does not ship the mock.
 */
function createTransport(): Transport {
  // A conditional expression (not if/return): webpack drops the dependency of the branch not taken.
  return process.env.TARO_APP_API === 'http'
    ? (require('./transport/http') as typeof import('./transport/http')).createHttpTransport(env.apiBaseUrl)
    : (require('./transport/embedded') as typeof import('./transport/embedded')).createEmbeddedTransport()
}

export function configureApi(opts: { getToken: () => string | null; onUnauthorized: () => void }): void {
  tokenSource = opts.getToken
  unauthorizedHandler = opts.onUnauthorized
}

export function api(): ApiClient {
  if (!client) {
    client = new ApiClient({ transport: createTransport(), getToken: () => tokenSource(), onUnauthorized: () => unauthorizedHandler() })
  }
  return client
}

/** Tests swap in a client over their own transport. */
export function setApiClientForTests(next: ApiClient | null): void {
  client = next
}
