/**
 * Where a case's time limits come from: the bundle's cite, else its first matter's. Its own module, imported by
 * the case page only, so the region sources stay in the cases subpackage.
 */
import type { CaseSummary } from '@/api'
import { citeOf } from '@/content/regions/sources'
import type { Cite } from '@/domain/regions/schema'
import { citeKey } from '@/domain/regions/sources'

export function limitCite(c: Pick<CaseSummary, 'regionId' | 'bundleId' | 'matters'>): Cite | undefined {
  return c.bundleId ? citeOf(c.regionId, citeKey.time('bundle', c.bundleId)) : citeOf(c.regionId, citeKey.time('matter', c.matters[0]?.matterId ?? ''))
}
