import type { NonceRegistry } from '@/domain/certificate/verify'
import { useVerifyCache } from './store'

/** The domain's replay check over the persisted list of accepted nonces. */
export const persistedSeenNonces: NonceRegistry = {
  has: (key) => useVerifyCache.getState().seenNonces.includes(key),
  add: (key) => useVerifyCache.getState().rememberNonce(key)
}
