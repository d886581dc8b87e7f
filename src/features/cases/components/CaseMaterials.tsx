/**
 * The materials of a case's matters, each once: handed in or not, the document that asks for it (a Source
 * line, its words on tap) and its validity rule, a requirement with its source where the region's document
 * states one and advice otherwise. The materials and their cites come from content/regions/materials.ts,
 * which only the case page brings in (through this module), so they stay in the cases subpackage.
 */
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Case } from '@/api'
import { materialsOf } from '@/content/regions/materials'
import type { Material } from '@/domain/regions/schema'
import { VALIDITY_MONTHS } from '@/domain/forms/materials'
import { SourceNote } from '@/components/SourceNote'
import { isDemo, sourceTitle } from '@/domain/regions/sources'
import { regionRegistry } from '@/features/regions'
import { pick, useLang } from '../lang'
import './cases.scss'
import '@/i18n/namespaces/cases'

/** The materials of the case's matters in the region file's order, a material shared by several matters once. */
export function caseMaterials(c: Pick<Case, 'regionId' | 'matters'>): Material[] {
  const byId = new Map<string, Material>()
  for (const m of c.matters) for (const material of materialsOf(c.regionId, m.matterId)) if (!byId.has(material.id)) byId.set(material.id, material)
  return [...byId.values()]
}

type Seeds = Parameters<typeof SourceNote>[0]['seeds']

/** The document most of the list cites (named once at the top, then each item gives only its article). */
function mainDocument(materials: Material[]): string | undefined {
  const counts = new Map<string, number>()
  for (const m of materials) if (m.cite && !isDemo(m.cite)) counts.set(m.cite.doc, (counts.get(m.cite.doc) ?? 0) + 1)
  const [doc, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? []
  return count && count > 1 ? doc : undefined
}

function Validity({ material, seeds, named }: { material: Material; seeds: Seeds; named: string | undefined }) {
  const { t } = useTranslation('cases')
  if (!material.validity) return null
  const source = material.validitySource
  const kind = material.validity === 'issued_within_6_months' ? 'issued' : 'valid'
  return (
    <View>
      <Text className='cases-muted'>{t(source ? `materials.${kind}Rule` : `materials.${kind}Advice`, { months: VALIDITY_MONTHS })}</Text>
      {source ? (
        <SourceNote cite={{ doc: source.seed, at: source.where }} seeds={seeds} named={named} />
      ) : (
        <Text className='cases-muted'>{t('materials.notInDocuments')}</Text>
      )}
    </View>
  )
}

export function CaseMaterials({ c }: { c: Pick<Case, 'regionId' | 'matters' | 'materials'> }) {
  const { t } = useTranslation(['cases', 'common'])
  const lang = useLang()
  const materials = caseMaterials(c)
  if (materials.length === 0) return null
  const seeds = regionRegistry.get(c.regionId)?.seeds ?? []
  const handedIn = new Set(c.materials.map((m) => m.materialId))
  const named = mainDocument(materials)
  return (
    <View className='cases-card'>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('materials.heading')}
      </View>
      {named ? <Text className='source-note'>{t('common:sources.line', { source: sourceTitle(named, seeds)?.[lang] ?? named })}</Text> : null}
      <View role='list' aria-label={t('materials.heading')}>
        {materials.map((material) => {
          const name = pick(material.name, lang)
          const state = handedIn.has(material.id) ? t('materials.handedIn') : material.required ? t('materials.missing') : t('materials.optional')
          return (
            <View key={material.id} role='listitem' className='cases-item' aria-label={`${name}: ${state}`}>
              <Text className='cases-item__kind'>{`${name} · ${state}`}</Text>
              {material.condition ? <Text className='cases-muted'>{pick(material.condition, lang)}</Text> : null}
              <SourceNote cite={material.cite} seeds={seeds} named={named} />
              <Validity material={material} seeds={seeds} named={named} />
            </View>
          )
        })}
      </View>
    </View>
  )
}
