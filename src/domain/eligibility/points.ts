/**
 * Work-permit category by the 2017 national standard (外国人来华工作分类标准（试行）): the points table
 * (max 120) and the routes to A and B that need no points. Not the 2016 pilot table, whose caps differ.
 *
 * Band conventions: every threshold is inclusive ("以上" includes the number), so a band [a, b) holds a but
 * not b.
 *   salary (10k RMB a year)  >=45: 20 | [35,45): 17 | [25,35): 14 | [15,25): 11 | [7,15): 8 | [5,7): 5 | <5: 0
 *   education                PhD or top vocational certificate: 20 | master's: 15 | bachelor's: 10 | none: 0
 *   relevant experience      <2 years: 0 | 2: 5 | +1 per further whole year | max 20 (17 years and more)
 *   months a year in China   >=9: 15 | [6,9): 10 | [3,6): 5 | <3: 0
 *   Chinese (best item)      HSK5+, former Chinese national or degree taught in Chinese: 5 | HSK n (n<5): n
 *   age (whole years)        18-25: 10 | 26-45: 15 | 46-55: 10 | 56-60: 5 | over 60: 0 (under 18: invalid)
 *   extras                   5 each, 5 in all
 *   location, local points   from the region's data (0 or 10; 0-10)
 */
// Direct imports keep the country list out of bundles that only need the points.
import { validateNumber } from '@/domain/validation/numbers'
import type { MessageParams, ValidationCode } from '@/domain/validation/result'

export type Education = 'phd' | 'top_vocational' | 'master' | 'bachelor' | 'none'
export type HskLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6
export type Category = 'A' | 'B' | 'C'

export interface RegionPoints {
  /** Western region, north-east old industrial base or poverty-alleviation county: 10. */
  locationPoints: 0 | 10
  /** The province's own encouraging points, 0-10. */
  localPoints: number
  /** Pay multiples of the local average wage for the A "encouraged post" and B routes (region data; PAY_MULTIPLE if unset). */
  payMultipleA?: number
  payMultipleB?: number
}

export interface PointsInput {
  annualSalary10k: number
  education: Education
  relevantExperienceYears: number
  monthsPerYearInChina: number
  chinese: { hsk: HskLevel; formerChineseNational: boolean; degreeTaughtInChinese: boolean }
  age: number
  extras: { topOverseasUniversity: boolean; fortune500: boolean; patents: boolean; fiveYearsContinuousInChina: boolean }
  region: RegionPoints
}

export type PointsItemId = 'salary' | 'education' | 'experience' | 'months' | 'chinese' | 'location' | 'age' | 'extras' | 'local'

export interface PointsItem {
  id: PointsItemId
  points: number
  max: number
}

export interface Improvement {
  id: PointsItemId
  /** Points of this item now and after the change. */
  from: number
  to: number
  gain: number
  /** i18n key in the 'eligibility' namespace, with `params` for its interpolation. */
  hint: string
  params: MessageParams
  totalAfter: number
  categoryAfter: Category
  changesCategory: boolean
}

export interface PointsResult {
  items: PointsItem[]
  total: number
  max: number
  category: Category
  /** Concrete changes that would raise the total, largest gain first. */
  improvements: Improvement[]
  /** Points still missing for the next category up; null at A. */
  toNextCategory: { category: Category; points: number } | null
}

/** Category thresholds by points (inclusive). */
export const POINTS_THRESHOLDS = { A: 85, B: 60 } as const

export const ITEM_MAX: Readonly<Record<PointsItemId, number>> = {
  salary: 20,
  education: 20,
  experience: 20,
  months: 15,
  chinese: 5,
  location: 10,
  age: 15,
  extras: 5,
  local: 10
}

export const POINTS_MAX = Object.values(ITEM_MAX).reduce((sum, max) => sum + max, 0)

interface Band {
  /** Inclusive lower bound. */
  min: number
  points: number
}

/** Highest band first; the last band starts at 0. */
export const SALARY_BANDS: readonly Band[] = [
  { min: 45, points: 20 },
  { min: 35, points: 17 },
  { min: 25, points: 14 },
  { min: 15, points: 11 },
  { min: 7, points: 8 },
  { min: 5, points: 5 },
  { min: 0, points: 0 }
]

export const MONTHS_BANDS: readonly Band[] = [
  { min: 9, points: 15 },
  { min: 6, points: 10 },
  { min: 3, points: 5 },
  { min: 0, points: 0 }
]

/** Inclusive ranges in whole years; above the last range: 0. */
export const AGE_BANDS: readonly { min: number; max: number; points: number }[] = [
  { min: 18, max: 25, points: 10 },
  { min: 26, max: 45, points: 15 },
  { min: 46, max: 55, points: 10 },
  { min: 56, max: 60, points: 5 }
]

export const EDUCATION_POINTS: Readonly<Record<Education, number>> = {
  phd: 20,
  top_vocational: 20,
  master: 15,
  bachelor: 10,
  none: 0
}

export const EXPERIENCE_RULE = { minYears: 2, pointsAtMin: 5, pointsPerFurtherYear: 1 } as const
export const CHINESE_FULL_MARKS_HSK = 5
export const EXTRA_POINTS_EACH = 5

const bandIndex = (value: number, bands: readonly Band[]): number => {
  const index = bands.findIndex((band) => value >= band.min)
  return index === -1 ? bands.length - 1 : index
}

export const salaryPoints = (annualSalary10k: number): number => SALARY_BANDS[bandIndex(annualSalary10k, SALARY_BANDS)].points

export const monthsPoints = (months: number): number => MONTHS_BANDS[bandIndex(months, MONTHS_BANDS)].points

export function experiencePoints(years: number): number {
  const { minYears, pointsAtMin, pointsPerFurtherYear } = EXPERIENCE_RULE
  if (years < minYears) return 0
  const furtherWholeYears = Math.floor(years - minYears)
  return Math.min(ITEM_MAX.experience, pointsAtMin + furtherWholeYears * pointsPerFurtherYear)
}

/** Ages are whole years: 25.9 is still 25. */
export function agePoints(age: number): number {
  const years = Math.floor(age)
  return AGE_BANDS.find((band) => years >= band.min && years <= band.max)?.points ?? 0
}

export function chinesePoints({ hsk, formerChineseNational, degreeTaughtInChinese }: PointsInput['chinese']): number {
  if (formerChineseNational || degreeTaughtInChinese) return ITEM_MAX.chinese
  return Math.min(hsk, CHINESE_FULL_MARKS_HSK) * (ITEM_MAX.chinese / CHINESE_FULL_MARKS_HSK)
}

export function extrasPoints(extras: PointsInput['extras']): number {
  const count = Object.values(extras).filter(Boolean).length
  return Math.min(ITEM_MAX.extras, count * EXTRA_POINTS_EACH)
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value))

export function scoreItems(input: PointsInput): PointsItem[] {
  const points: Record<PointsItemId, number> = {
    salary: salaryPoints(input.annualSalary10k),
    education: EDUCATION_POINTS[input.education],
    experience: experiencePoints(input.relevantExperienceYears),
    months: monthsPoints(input.monthsPerYearInChina),
    chinese: chinesePoints(input.chinese),
    location: input.region.locationPoints === ITEM_MAX.location ? ITEM_MAX.location : 0,
    age: agePoints(input.age),
    extras: extrasPoints(input.extras),
    local: clamp(Math.floor(input.region.localPoints), 0, ITEM_MAX.local)
  }
  return (Object.keys(ITEM_MAX) as PointsItemId[]).map((id) => ({ id, points: points[id], max: ITEM_MAX[id] }))
}

const sumPoints = (items: readonly PointsItem[]): number => items.reduce((sum, item) => sum + item.points, 0)

export function categoryForPoints(total: number): Category {
  if (total >= POINTS_THRESHOLDS.A) return 'A'
  if (total >= POINTS_THRESHOLDS.B) return 'B'
  return 'C'
}

/** One next step per item a person can change; age, location and local points are not theirs to change. */
interface Step {
  id: PointsItemId
  changed: PointsInput
  hint: string
  params: MessageParams
}

const NEXT_EDUCATION: Partial<Record<Education, Education>> = { none: 'bachelor', bachelor: 'master', master: 'phd' }

function nextSteps(input: PointsInput): Step[] {
  const steps: Step[] = []

  const salaryBand = bandIndex(input.annualSalary10k, SALARY_BANDS)
  if (salaryBand > 0) {
    // Band bounds are whole 10k units, so messages may write "{{target}}0,000" or "{{target}} 万元".
    const target = SALARY_BANDS[salaryBand - 1].min
    steps.push({
      id: 'salary',
      changed: { ...input, annualSalary10k: target },
      hint: 'points.improvements.salary',
      params: { target, targetYuan: target * 10_000 }
    })
  }

  const nextEducation = NEXT_EDUCATION[input.education]
  if (nextEducation) {
    steps.push({
      id: 'education',
      changed: { ...input, education: nextEducation },
      hint: `points.improvements.education.${nextEducation}`,
      params: {}
    })
  }

  if (experiencePoints(input.relevantExperienceYears) < ITEM_MAX.experience) {
    const years = input.relevantExperienceYears
    const target = years < EXPERIENCE_RULE.minYears ? EXPERIENCE_RULE.minYears : Math.floor(years) + 1
    steps.push({
      id: 'experience',
      changed: { ...input, relevantExperienceYears: target },
      hint: 'points.improvements.experience',
      params: { target }
    })
  }

  const monthsBand = bandIndex(input.monthsPerYearInChina, MONTHS_BANDS)
  if (monthsBand > 0) {
    const target = MONTHS_BANDS[monthsBand - 1].min
    steps.push({
      id: 'months',
      changed: { ...input, monthsPerYearInChina: target },
      hint: 'points.improvements.months',
      params: { target }
    })
  }

  if (chinesePoints(input.chinese) < ITEM_MAX.chinese) {
    const target = (input.chinese.hsk + 1) as HskLevel
    steps.push({
      id: 'chinese',
      changed: { ...input, chinese: { ...input.chinese, hsk: target } },
      hint: 'points.improvements.chinese',
      params: { target }
    })
  }

  if (extrasPoints(input.extras) < ITEM_MAX.extras) {
    // Any one extra is worth the same 5; patents stands in for whichever the person picks.
    steps.push({
      id: 'extras',
      changed: { ...input, extras: { ...input.extras, patents: true } },
      hint: 'points.improvements.extras',
      params: {}
    })
  }

  return steps
}

const ITEM_ORDER = Object.keys(ITEM_MAX) as PointsItemId[]

function improvementsFor(input: PointsInput, items: readonly PointsItem[], category: Category): Improvement[] {
  const pointsOf = (list: readonly PointsItem[], id: PointsItemId): number => list.find((i) => i.id === id)?.points ?? 0
  const total = sumPoints(items)
  return nextSteps(input)
    .map(({ id, changed, hint, params }): Improvement => {
      const after = scoreItems(changed)
      const totalAfter = sumPoints(after)
      const categoryAfter = categoryForPoints(totalAfter)
      const from = pointsOf(items, id)
      const to = pointsOf(after, id)
      return {
        id,
        from,
        to,
        gain: totalAfter - total,
        hint,
        params,
        totalAfter,
        categoryAfter,
        changesCategory: categoryAfter !== category
      }
    })
    .filter((improvement) => improvement.gain > 0)
    .sort((a, b) => b.gain - a.gain || ITEM_ORDER.indexOf(a.id) - ITEM_ORDER.indexOf(b.id))
}

function toNextCategory(total: number): PointsResult['toNextCategory'] {
  if (total >= POINTS_THRESHOLDS.A) return null
  if (total >= POINTS_THRESHOLDS.B) return { category: 'A', points: POINTS_THRESHOLDS.A - total }
  return { category: 'B', points: POINTS_THRESHOLDS.B - total }
}

export function calculatePoints(input: PointsInput): PointsResult {
  const items = scoreItems(input)
  const total = sumPoints(items)
  const category = categoryForPoints(total)
  return {
    items,
    total,
    max: POINTS_MAX,
    category,
    improvements: improvementsFor(input, items, category),
    toNextCategory: toNextCategory(total)
  }
}

// ---------------------------------------------------------------------------------------------------------
// Routes to A and B that need no points.

export const ROUTES_A = ['talent_programme', 'international_prize', 'encouraged_post_high_pay', 'innovation_startup', 'outstanding_young'] as const
export const ROUTES_B = ['bachelor_with_experience', 'master_top_university', 'pay_4x_average', 'shortage_skill', 'language_teacher'] as const

export type RouteA = (typeof ROUTES_A)[number]
export type RouteB = (typeof ROUTES_B)[number]
export type RouteId = RouteA | RouteB

/**
 * Pay as a multiple of the local average annual salary (当地上年度社会平均工资) that opens a route: the 2017
 * standard's figures, used where a region sets none. The 2018 notice (part 1 (3)) leaves the multiples to
 * each locality, so a region's data (points.payMultipleA / payMultipleB) overrides them.
 */
export const PAY_MULTIPLE = { encouragedPostA: 6, professionalB: 4 } as const
/** Bachelor's (or higher) plus this many years of relevant experience: B. */
export const B_ROUTE_MIN_EXPERIENCE_YEARS = 2

const isRouteA = (route: RouteId): route is RouteA => (ROUTES_A as readonly string[]).includes(route)
const isRouteB = (route: RouteId): route is RouteB => (ROUTES_B as readonly string[]).includes(route)

export interface RoutesResult {
  /** Best category the routes open; null when none applies. */
  category: 'A' | 'B' | null
  /** The routes that open that category, in the standard's order. */
  routes: RouteId[]
}

export function categoryByRoutes(routes: readonly RouteId[]): RoutesResult {
  const a = ROUTES_A.filter((route) => routes.includes(route))
  if (a.length > 0) return { category: 'A', routes: a }
  const b = ROUTES_B.filter((route) => routes.includes(route))
  if (b.length > 0) return { category: 'B', routes: b }
  return { category: null, routes: [] }
}

export interface RouteFacts {
  education: Education
  relevantExperienceYears: number
  annualSalary10k: number
  /** The local average annual salary, 10k RMB; pay routes are left out when unknown. */
  localAverageAnnualSalary10k?: number
  /** The post is in the market-oriented "encouraged" list (鼓励类岗位). */
  encouragedPost?: boolean
}

const DEGREES: readonly Education[] = ['bachelor', 'master', 'phd']

/** The routes that follow from facts already entered for the points; the rest the person confirms. */
export function routesFromFacts(facts: RouteFacts): RouteId[] {
  const routes: RouteId[] = []
  const average = facts.localAverageAnnualSalary10k
  const payMultiple = average && average > 0 ? facts.annualSalary10k / average : 0
  if (facts.encouragedPost && payMultiple >= PAY_MULTIPLE.encouragedPostA) routes.push('encouraged_post_high_pay')
  if (DEGREES.includes(facts.education) && facts.relevantExperienceYears >= B_ROUTE_MIN_EXPERIENCE_YEARS) routes.push('bachelor_with_experience')
  if (payMultiple >= PAY_MULTIPLE.professionalB) routes.push('pay_4x_average')
  return routes
}

export type CategoryReason =
  | { kind: 'points'; total: number; threshold: number; category: 'A' | 'B' }
  | { kind: 'route'; route: RouteId; category: 'A' | 'B' }
  | { kind: 'belowThresholds'; total: number }

export interface OverallCategory {
  category: Category
  /** Every reason that supports `category`; i18n keys: 'reasons.<kind>'. */
  reasons: CategoryReason[]
  byPoints: Category
  byRoutes: 'A' | 'B' | null
}

const CATEGORY_RANK: Readonly<Record<Category, number>> = { A: 0, B: 1, C: 2 }

/** The better of the points category and the routes category, with every reason for it. */
export function overallCategory(points: number | PointsResult, routes: readonly RouteId[]): OverallCategory {
  const total = typeof points === 'number' ? points : points.total
  const byPoints = categoryForPoints(total)
  const byRoutes = categoryByRoutes(routes)
  const candidates: Category[] = [byPoints, byRoutes.category ?? 'C']
  const category = candidates.sort((x, y) => CATEGORY_RANK[x] - CATEGORY_RANK[y])[0]

  if (category === 'C') return { category, reasons: [{ kind: 'belowThresholds', total }], byPoints, byRoutes: null }

  const reasons: CategoryReason[] = []
  if (byPoints === category) reasons.push({ kind: 'points', total, threshold: POINTS_THRESHOLDS[category], category })
  const matching = routes.filter((route) => (category === 'A' ? isRouteA(route) : isRouteB(route)))
  const ordered = [...ROUTES_A, ...ROUTES_B].filter((route) => matching.includes(route))
  for (const route of ordered) reasons.push({ kind: 'route', route, category })
  return { category, reasons, byPoints, byRoutes: byRoutes.category }
}

// ---------------------------------------------------------------------------------------------------------
// Form input.

/** Form field names (flat, as a form holds them). */
export type PointsField =
  | 'annualSalary10k'
  | 'education'
  | 'relevantExperienceYears'
  | 'monthsPerYearInChina'
  | 'age'
  | 'hsk'
  | 'formerChineseNational'
  | 'degreeTaughtInChinese'
  | 'topOverseasUniversity'
  | 'fortune500'
  | 'patents'
  | 'fiveYearsContinuousInChina'

export const POINTS_INPUT_RANGES = {
  annualSalary10k: { min: 0, max: 100_000 },
  relevantExperienceYears: { min: 0, max: 60 },
  monthsPerYearInChina: { min: 0, max: 12 },
  age: { min: 18, max: 100, integer: true },
  hsk: { min: 0, max: 6, integer: true }
} as const

export type PointsInputValidation =
  | { ok: true; value: PointsInput }
  | {
      ok: false
      /** Field -> i18n key in the 'validation' namespace. */
      errors: Partial<Record<PointsField, ValidationCode>>
      /** Field -> interpolation params of its message ({{min}}, {{max}}), where it has any. */
      params: Partial<Record<PointsField, MessageParams>>
    }

const EDUCATIONS: readonly Education[] = ['phd', 'top_vocational', 'master', 'bachelor', 'none']
const TRUE_WORDS = ['true', '1', 'on', 'yes']
const FALSE_WORDS = ['false', '0', 'off', 'no', '']

/** String(raw), or null for a value that has none (String() throws on an object without a prototype): no valid answer, never a crash. */
function textOf(raw: unknown): string | null {
  try {
    return String(raw)
  } catch {
    return null
  }
}

/** Checkboxes and switches: a boolean, or the string a form gives; not ticked when absent. */
function parseFlag(raw: unknown): boolean | null {
  if (raw === undefined || raw === null) return false
  if (typeof raw === 'boolean') return raw
  const word = textOf(raw)?.trim().toLowerCase()
  if (word === undefined) return null
  if (TRUE_WORDS.includes(word)) return true
  if (FALSE_WORDS.includes(word)) return false
  return null
}

const isBlank = (raw: unknown): boolean => raw === undefined || raw === null || textOf(raw)?.trim() === ''

/**
 * Checks a points form whose values may be strings. HSK may be left empty (no HSK); every other number and
 * the education are required. Region points come from region data, not from the form.
 */
export function validatePointsInput(raw: Record<string, unknown>, region: RegionPoints = { locationPoints: 0, localPoints: 0 }): PointsInputValidation {
  const errors: Partial<Record<PointsField, ValidationCode>> = {}
  const params: Partial<Record<PointsField, MessageParams>> = {}

  const number = (field: keyof typeof POINTS_INPUT_RANGES, fallback?: number): number => {
    if (fallback !== undefined && isBlank(raw[field])) return fallback
    const result = validateNumber(raw[field], POINTS_INPUT_RANGES[field])
    if (result.ok) return result.value
    errors[field] = result.code
    if (result.params) params[field] = result.params
    return 0
  }
  const flag = (field: PointsField): boolean => {
    const value = parseFlag(raw[field])
    if (value === null) errors[field] = 'choice.invalid'
    return value ?? false
  }

  const annualSalary10k = number('annualSalary10k')
  const relevantExperienceYears = number('relevantExperienceYears')
  const monthsPerYearInChina = number('monthsPerYearInChina')
  const age = number('age')
  const hsk = number('hsk', 0) as HskLevel

  const educationText = isBlank(raw.education) ? '' : textOf(raw.education)?.trim()
  const education = EDUCATIONS.find((e) => e === educationText)
  if (educationText === '') errors.education = 'choice.required'
  else if (!education) errors.education = 'choice.invalid'

  const value: PointsInput = {
    annualSalary10k,
    education: education ?? 'none',
    relevantExperienceYears,
    monthsPerYearInChina,
    chinese: {
      hsk,
      formerChineseNational: flag('formerChineseNational'),
      degreeTaughtInChinese: flag('degreeTaughtInChinese')
    },
    age,
    extras: {
      topOverseasUniversity: flag('topOverseasUniversity'),
      fortune500: flag('fortune500'),
      patents: flag('patents'),
      fiveYearsContinuousInChina: flag('fiveYearsContinuousInChina')
    },
    region
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors, params } : { ok: true, value }
}

// ---------------------------------------------------------------------------------------------------------
// i18n keys in the 'eligibility' namespace.

export const itemNameKey = (id: PointsItemId): string => `points.items.${id}.name`
export const itemHelpKey = (id: PointsItemId): string => `points.items.${id}.help`
export const educationKey = (education: Education): string => `points.education.${education}`
export const extraKey = (extra: keyof PointsInput['extras']): string => `points.extras.${extra}`
export const categoryNameKey = (category: Category): string => `category.${category}.name`
export const categoryExplanationKey = (category: Category): string => `category.${category}.explanation`
export const routeNameKey = (route: RouteId): string => `routes.${route}`
/** The numbers a route's text names ({{multiple}}, {{years}}), from the region's settings: written once, filled into the prose. */
export function routeParams(route: RouteId, region?: Pick<RegionPoints, 'payMultipleA' | 'payMultipleB'>): { multiple?: number; years?: number } {
  if (route === 'encouraged_post_high_pay') return { multiple: region?.payMultipleA ?? PAY_MULTIPLE.encouragedPostA }
  if (route === 'pay_4x_average') return { multiple: region?.payMultipleB ?? PAY_MULTIPLE.professionalB }
  if (route === 'bachelor_with_experience') return { years: B_ROUTE_MIN_EXPERIENCE_YEARS }
  return {}
}
/** Interpolate with the reason's own fields; for a route pass `route: t(routeNameKey(reason.route))`. */
export const reasonKey = (reason: CategoryReason): string => `reasons.${reason.kind}`
