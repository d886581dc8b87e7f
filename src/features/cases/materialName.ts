/** Material names for a case's supplement requests. Its own module: it brings the materials text along (content/regions/materials.ts). */
import type { CaseSummary } from '@/api'
import { materialsOf } from '@/content/regions/materials'
import { pick, type Lang } from './lang'

type CaseLike = Pick<CaseSummary, 'regionId' | 'matters'>

/**
 * A material's name from the case's matters, or null when the region does not list it. A reference that is
 * not an exact id (the office wrote 'medical-certificate', the region calls it 'gs-mat-medical') is matched
 * on its significant words, so the person still reads the material's proper name in their language.
 */
export function materialName(c: CaseLike, materialId: string, lang: Lang): string | null {
  const materials = c.matters.flatMap((m) => materialsOf(c.regionId, m.matterId))
  const exact = materials.find((x) => x.id === materialId)
  if (exact) return pick(exact.name, lang)
  const words = materialId.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4)
  let best: { score: number; name: string } | null = null
  for (const m of materials) {
    const idWords = new Set(m.id.toLowerCase().split(/[^a-z0-9]+/))
    const score = words.filter((w) => idWords.has(w)).length
    if (score > 0 && (!best || score > best.score)) best = { score, name: pick(m.name, lang) }
  }
  return best?.name ?? null
}
