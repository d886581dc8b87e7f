import type { IssuerKeys } from '@/api'
import type { TrustedIssuerKey } from '@/domain/certificate/types'
import type * as z from 'zod/mini'

/** The API names the key id `keyId`; the certificate module calls it `kid`. */
export function toTrustedKeys(response: z.infer<typeof IssuerKeys>): TrustedIssuerKey[] {
  return response.keys.map((k) => ({ kid: k.keyId, publicKey: k.publicKey, issuer: k.issuer }))
}
