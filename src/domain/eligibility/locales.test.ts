/** Every eligibility key the domain hands to the UI has a message in both languages, with the same placeholders. */
import en from '@locales/en/eligibility.json'
import zh from '@locales/zh-CN/eligibility.json'
import {
  calculatePoints,
  categoryExplanationKey,
  categoryNameKey,
  educationKey,
  extraKey,
  itemHelpKey,
  itemNameKey,
  reasonKey,
  routeNameKey,
  ROUTES_A,
  ROUTES_B,
  scoreItems,
  type Category,
  type CategoryReason,
  type Education,
  type PointsInput
} from './points'
import { assessTalentCriteria, TALENT_CRITERIA, TALENT_MATERIALS, TALENT_QUESTIONS } from './talentCriteria'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const EN = leaves(en as Tree)
const ZH = leaves(zh as Tree)
/** Chinese says a discount in tenths (5折), English in percent (50% off): `zhe` and `percent` are one number said two ways. */
const placeholders = (text: string) => [...new Set((text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? []).map((p) => p.replace(/\bzhe\b/, 'percent')))].sort()

const start: PointsInput = {
  annualSalary10k: 0,
  education: 'none',
  relevantExperienceYears: 0,
  monthsPerYearInChina: 0,
  chinese: { hsk: 0, formerChineseNational: false, degreeTaughtInChinese: false },
  age: 30,
  extras: { topOverseasUniversity: false, fortune500: false, patents: false, fiveYearsContinuousInChina: false },
  region: { locationPoints: 0, localPoints: 0 }
}

function usedKeys(): string[] {
  const keys: string[] = []
  for (const item of scoreItems(start)) keys.push(itemNameKey(item.id), itemHelpKey(item.id))
  const educations: Education[] = ['phd', 'top_vocational', 'master', 'bachelor', 'none']
  keys.push(...educations.map(educationKey))
  keys.push(...(Object.keys(start.extras) as (keyof PointsInput['extras'])[]).map(extraKey))
  const categories: Category[] = ['A', 'B', 'C']
  keys.push(...categories.flatMap((c) => [categoryNameKey(c), categoryExplanationKey(c)]))
  keys.push(...[...ROUTES_A, ...ROUTES_B].map(routeNameKey))
  const reasons: CategoryReason[] = [
    { kind: 'points', total: 90, threshold: 85, category: 'A' },
    { kind: 'route', route: 'shortage_skill', category: 'B' },
    { kind: 'belowThresholds', total: 10 }
  ]
  keys.push(...reasons.map(reasonKey))
  for (const education of ['none', 'bachelor', 'master'] as const)
    keys.push(...calculatePoints({ ...start, education }).improvements.map((i) => i.hint))

  for (const q of TALENT_QUESTIONS) keys.push(q.key)
  for (const c of TALENT_CRITERIA) keys.push(c.titleKey, c.textKey)
  for (const m of Object.values(TALENT_MATERIALS)) keys.push(m.key, ...(m.noteKey ? [m.noteKey] : []))
  const scenarios = [
    {},
    { worksInBeihai: false },
    {
      worksInBeihai: true,
      holdsCategoryAPermit: false,
      holdsTalentVisa: false,
      hasHonourOrTalentGrade: false,
      holdsCategoryBPermit: false
    },
    {
      worksInBeihai: true,
      holdsCategoryAPermit: true,
      holdsTalentVisa: true,
      hasHonourOrTalentGrade: true,
      recommendedAsUrgentlyNeeded: true,
      holdsCategoryBPermit: true
    }
  ]
  for (const answers of scenarios) keys.push(...assessTalentCriteria(answers).reasons.map((r) => r.key))
  return [...new Set(keys)]
}

describe('eligibility locales', () => {
  it('have the same keys in English and Chinese', () => {
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort())
  })

  it('have no empty message and the same placeholders in both languages', () => {
    for (const [key, text] of EN) {
      expect(text.trim()).not.toBe('')
      expect(ZH.get(key)?.trim()).not.toBe('')
      expect([key, placeholders(ZH.get(key) ?? '')]).toEqual([key, placeholders(text)])
    }
  })

  it('hold every key the domain uses', () => {
    const keys = usedKeys()
    expect(keys.length).toBeGreaterThan(60)
    expect(keys.filter((key) => !EN.has(key))).toEqual([])
    expect(keys.filter((key) => !ZH.has(key))).toEqual([])
  })

  it('cover all four criteria reasons and the criterion 3 examples', () => {
    for (const id of ['c1', 'c2', 'c3', 'c4']) expect(EN.has(`talent.reasons.meets.${id}`)).toBe(true)
    expect(EN.has('talent.criteria.c3.examples')).toBe(true)
  })
})
