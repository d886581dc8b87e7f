import fc from 'fast-check'
import {
  routeParams,
  agePoints,
  calculatePoints,
  categoryByRoutes,
  categoryForPoints,
  chinesePoints,
  EDUCATION_POINTS,
  experiencePoints,
  extrasPoints,
  monthsPoints,
  overallCategory,
  POINTS_MAX,
  routesFromFacts,
  salaryPoints,
  scoreItems,
  validatePointsInput,
  type Education,
  type HskLevel,
  type PointsInput,
  type PointsItemId
} from './points'

/** Scores 0 on every item: a base to add points to one item at a time. */
const zero: PointsInput = {
  annualSalary10k: 0,
  education: 'none',
  relevantExperienceYears: 0,
  monthsPerYearInChina: 0,
  chinese: { hsk: 0, formerChineseNational: false, degreeTaughtInChinese: false },
  age: 61,
  extras: { topOverseasUniversity: false, fortune500: false, patents: false, fiveYearsContinuousInChina: false },
  region: { locationPoints: 0, localPoints: 0 }
}

const with_ = (patch: Partial<PointsInput>): PointsInput => ({ ...zero, ...patch })
const item = (input: PointsInput, id: PointsItemId): number => scoreItems(input).find((i) => i.id === id)!.points

describe('salary bands (10k RMB, lower bound inclusive)', () => {
  it.each([
    [0, 0],
    [4.99, 0],
    [5, 5],
    [6.99, 5],
    [7, 8],
    [14.99, 8],
    [15, 11],
    [24.99, 11],
    [25, 14],
    [34.99, 14],
    [35, 17],
    [44.99, 17],
    [45, 20],
    [1000, 20]
  ])('%p -> %p', (salary, points) => {
    expect(salaryPoints(salary)).toBe(points)
    expect(item(with_({ annualSalary10k: salary }), 'salary')).toBe(points)
  })
})

describe('education', () => {
  it.each<[Education, number]>([
    ['phd', 20],
    ['top_vocational', 20],
    ['master', 15],
    ['bachelor', 10],
    ['none', 0]
  ])('%s -> %p', (education, points) => {
    expect(EDUCATION_POINTS[education]).toBe(points)
    expect(item(with_({ education }), 'education')).toBe(points)
  })
})

describe('relevant experience', () => {
  it.each([
    [0, 0],
    [1.99, 0],
    [2, 5],
    [2.99, 5],
    [3, 6],
    [10, 13],
    [16, 19],
    [16.99, 19],
    [17, 20],
    [40, 20]
  ])('%p years -> %p', (years, points) => {
    expect(experiencePoints(years)).toBe(points)
    expect(item(with_({ relevantExperienceYears: years }), 'experience')).toBe(points)
  })
})

describe('months a year in China', () => {
  it.each([
    [0, 0],
    [2.99, 0],
    [3, 5],
    [5.99, 5],
    [6, 10],
    [8.99, 10],
    [9, 15],
    [12, 15]
  ])('%p months -> %p', (months, points) => {
    expect(monthsPoints(months)).toBe(points)
    expect(item(with_({ monthsPerYearInChina: months }), 'months')).toBe(points)
  })
})

describe('age (whole years)', () => {
  it.each([
    [17, 0],
    [18, 10],
    [25, 10],
    [25.9, 10],
    [26, 15],
    [45, 15],
    [46, 10],
    [55, 10],
    [56, 5],
    [60, 5],
    [61, 0],
    [80, 0]
  ])('%p -> %p', (age, points) => {
    expect(agePoints(age)).toBe(points)
    expect(item(with_({ age }), 'age')).toBe(points)
  })
})

describe('Chinese: the best item counts, 5 at most', () => {
  const chinese = (hsk: HskLevel, formerChineseNational = false, degreeTaughtInChinese = false) => ({
    hsk,
    formerChineseNational,
    degreeTaughtInChinese
  })
  it.each<[HskLevel, number]>([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [5, 5],
    [6, 5]
  ])('HSK %p -> %p', (hsk, points) => expect(chinesePoints(chinese(hsk))).toBe(points))

  it('a former Chinese national or a degree taught in Chinese scores 5, whatever the HSK', () => {
    expect(chinesePoints(chinese(0, true))).toBe(5)
    expect(chinesePoints(chinese(0, false, true))).toBe(5)
    expect(chinesePoints(chinese(3, true, true))).toBe(5)
  })
})

describe('extras: 5 each, 5 in all', () => {
  const extras = (n: number) => ({
    topOverseasUniversity: n >= 1,
    fortune500: n >= 2,
    patents: n >= 3,
    fiveYearsContinuousInChina: n >= 4
  })
  it.each([
    [0, 0],
    [1, 5],
    [2, 5],
    [4, 5]
  ])('%p extras -> %p', (n, points) => expect(extrasPoints(extras(n))).toBe(points))

  it.each(['topOverseasUniversity', 'fortune500', 'patents', 'fiveYearsContinuousInChina'] as const)('%s alone -> 5', (extra) =>
    expect(extrasPoints({ ...zero.extras, [extra]: true })).toBe(5)
  )
})

describe('region points', () => {
  it('takes location (0 or 10) and local points (0-10) from region data', () => {
    expect(item(with_({ region: { locationPoints: 10, localPoints: 0 } }), 'location')).toBe(10)
    expect(item(with_({ region: { locationPoints: 0, localPoints: 0 } }), 'location')).toBe(0)
    expect(item(with_({ region: { locationPoints: 0, localPoints: 7 } }), 'local')).toBe(7)
    expect(item(with_({ region: { locationPoints: 0, localPoints: 10 } }), 'local')).toBe(10)
  })
  it('keeps local points within 0-10 even if region data is off', () => {
    expect(item(with_({ region: { locationPoints: 0, localPoints: 12 } }), 'local')).toBe(10)
    expect(item(with_({ region: { locationPoints: 0, localPoints: -3 } }), 'local')).toBe(0)
  })
})

describe('totals and categories', () => {
  const best: PointsInput = {
    annualSalary10k: 50,
    education: 'phd',
    relevantExperienceYears: 20,
    monthsPerYearInChina: 12,
    chinese: { hsk: 6, formerChineseNational: true, degreeTaughtInChinese: true },
    age: 30,
    extras: { topOverseasUniversity: true, fortune500: true, patents: true, fiveYearsContinuousInChina: true },
    region: { locationPoints: 10, localPoints: 10 }
  }

  it('has a maximum of 120, with every item at its cap', () => {
    expect(POINTS_MAX).toBe(120)
    const result = calculatePoints(best)
    expect(result.total).toBe(120)
    expect(result.max).toBe(120)
    expect(result.items.every((i) => i.points === i.max)).toBe(true)
    expect(result.items.map((i) => i.id)).toEqual(['salary', 'education', 'experience', 'months', 'chinese', 'location', 'age', 'extras', 'local'])
    expect(result.improvements).toEqual([])
    expect(result.toNextCategory).toBeNull()
  })

  it.each([
    [0, 'C'],
    [59, 'C'],
    [60, 'B'],
    [84, 'B'],
    [85, 'A'],
    [120, 'A']
  ])('%p points -> category %s', (total, category) => expect(categoryForPoints(total)).toBe(category))

  // 60 = salary 20 + PhD 20 + 17 years 20.
  const sixty = with_({ annualSalary10k: 45, education: 'phd', relevantExperienceYears: 17 })
  it.each<[string, PointsInput, number, string]>([
    ['59', { ...sixty, relevantExperienceYears: 16 }, 59, 'C'],
    ['60', sixty, 60, 'B'],
    ['84', { ...sixty, monthsPerYearInChina: 9, region: { locationPoints: 0, localPoints: 9 } }, 84, 'B'],
    ['85', { ...sixty, monthsPerYearInChina: 9, region: { locationPoints: 10, localPoints: 0 } }, 85, 'A']
  ])('a real input totalling %s', (_, input, total, category) => {
    const result = calculatePoints(input)
    expect(result.total).toBe(total)
    expect(result.category).toBe(category)
  })

  it('says how many points the next category needs', () => {
    expect(calculatePoints(with_({ annualSalary10k: 45, education: 'phd', relevantExperienceYears: 10 })).toNextCategory).toEqual({
      category: 'B',
      points: 7
    })
    expect(calculatePoints(sixty).toNextCategory).toEqual({ category: 'A', points: 25 })
  })

  it('keeps every item within its cap and the total equal to their sum (any input)', () => {
    const arbitraryInput = fc.record({
      annualSalary10k: fc.double({ min: 0, max: 200, noNaN: true }),
      education: fc.constantFrom<Education>('phd', 'top_vocational', 'master', 'bachelor', 'none'),
      relevantExperienceYears: fc.double({ min: 0, max: 60, noNaN: true }),
      monthsPerYearInChina: fc.double({ min: 0, max: 12, noNaN: true }),
      chinese: fc.record({
        hsk: fc.constantFrom<HskLevel>(0, 1, 2, 3, 4, 5, 6),
        formerChineseNational: fc.boolean(),
        degreeTaughtInChinese: fc.boolean()
      }),
      age: fc.integer({ min: 18, max: 100 }),
      extras: fc.record({
        topOverseasUniversity: fc.boolean(),
        fortune500: fc.boolean(),
        patents: fc.boolean(),
        fiveYearsContinuousInChina: fc.boolean()
      }),
      region: fc.record({
        locationPoints: fc.constantFrom<0 | 10>(0, 10),
        localPoints: fc.integer({ min: 0, max: 10 })
      })
    })
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const result = calculatePoints(input)
        expect(result.items.every((i) => i.points >= 0 && i.points <= i.max)).toBe(true)
        expect(result.total).toBe(result.items.reduce((s, i) => s + i.points, 0))
        expect(result.category).toBe(categoryForPoints(result.total))
        for (const imp of result.improvements) {
          expect(imp.gain).toBeGreaterThan(0)
          expect(imp.to - imp.from).toBe(imp.gain)
          expect(imp.totalAfter).toBe(result.total + imp.gain)
          expect(imp.changesCategory).toBe(imp.categoryAfter !== result.category)
        }
        const gains = result.improvements.map((i) => i.gain)
        expect(gains).toEqual([...gains].sort((a, b) => b - a))
      })
    )
  })
})

describe('improvements', () => {
  // salary 14 + master 15 + 5 years 8 + 7 months 10 + HSK3 3 + age 15 = 65 (B)
  const typical = with_({
    annualSalary10k: 30,
    education: 'master',
    relevantExperienceYears: 5,
    monthsPerYearInChina: 7,
    chinese: { hsk: 3, formerChineseNational: false, degreeTaughtInChinese: false },
    age: 30
  })

  it('lists the next step of every item a person can change, largest gain first', () => {
    const result = calculatePoints(typical)
    expect(result.total).toBe(65)
    expect(result.improvements.map((i) => [i.id, i.from, i.to, i.gain])).toEqual([
      ['education', 15, 20, 5],
      ['months', 10, 15, 5],
      ['extras', 0, 5, 5],
      ['salary', 14, 17, 3],
      ['experience', 8, 9, 1],
      ['chinese', 3, 4, 1]
    ])
    expect(result.improvements.every((i) => !i.changesCategory)).toBe(true)
  })

  it('gives the hint key and its params', () => {
    const byId = Object.fromEntries(calculatePoints(typical).improvements.map((i) => [i.id, i]))
    expect(byId.salary).toMatchObject({
      hint: 'points.improvements.salary',
      params: { target: 35, targetYuan: 350000 }
    })
    expect(byId.education).toMatchObject({ hint: 'points.improvements.education.phd', params: {} })
    expect(byId.experience).toMatchObject({ hint: 'points.improvements.experience', params: { target: 6 } })
    expect(byId.months).toMatchObject({ hint: 'points.improvements.months', params: { target: 9 } })
    expect(byId.chinese).toMatchObject({ hint: 'points.improvements.chinese', params: { target: 4 } })
    expect(byId.extras).toMatchObject({ hint: 'points.improvements.extras' })
  })

  it('flags a change that moves the category up', () => {
    // 84 with HSK 3: HSK 4 makes 85 = A.
    const input = with_({
      annualSalary10k: 45,
      education: 'phd',
      relevantExperienceYears: 17,
      monthsPerYearInChina: 9,
      chinese: { hsk: 3, formerChineseNational: false, degreeTaughtInChinese: false },
      region: { locationPoints: 0, localPoints: 6 }
    })
    const result = calculatePoints(input)
    expect(result.total).toBe(84)
    const chinese = result.improvements.find((i) => i.id === 'chinese')!
    expect(chinese).toMatchObject({ gain: 1, totalAfter: 85, categoryAfter: 'A', changesCategory: true })
  })

  it('reaching 2 years of experience is worth 5', () => {
    const step = calculatePoints(with_({ relevantExperienceYears: 1 })).improvements.find((i) => i.id === 'experience')
    expect(step).toMatchObject({ from: 0, to: 5, gain: 5, params: { target: 2 } })
  })

  it('climbs one salary band and one months band at a time', () => {
    const steps = calculatePoints(with_({ annualSalary10k: 4, monthsPerYearInChina: 2 })).improvements
    expect(steps.find((i) => i.id === 'salary')).toMatchObject({ from: 0, to: 5, params: { target: 5 } })
    expect(steps.find((i) => i.id === 'months')).toMatchObject({ from: 0, to: 5, params: { target: 3 } })
  })

  it('suggests nothing for items already at their cap, nor for age, location or local points', () => {
    const capped = with_({
      annualSalary10k: 45,
      education: 'top_vocational',
      relevantExperienceYears: 17,
      monthsPerYearInChina: 9,
      chinese: { hsk: 0, formerChineseNational: true, degreeTaughtInChinese: false },
      extras: { ...zero.extras, fortune500: true }
    })
    expect(calculatePoints(capped).improvements).toEqual([])
  })

  it('suggests a bachelor degree to someone without one', () => {
    const step = calculatePoints(zero).improvements.find((i) => i.id === 'education')
    expect(step).toMatchObject({ hint: 'points.improvements.education.bachelor', gain: 10 })
  })
})

describe('routes without points', () => {
  it('finds no category without routes', () => {
    expect(categoryByRoutes([])).toEqual({ category: null, routes: [] })
  })
  it.each([
    ['talent_programme', 'A'],
    ['international_prize', 'A'],
    ['encouraged_post_high_pay', 'A'],
    ['innovation_startup', 'A'],
    ['outstanding_young', 'A'],
    ['bachelor_with_experience', 'B'],
    ['master_top_university', 'B'],
    ['pay_4x_average', 'B'],
    ['shortage_skill', 'B'],
    ['language_teacher', 'B']
  ] as const)('%s -> %s', (route, category) => {
    expect(categoryByRoutes([route])).toEqual({ category, routes: [route] })
  })
  it('prefers A and names only the A routes', () => {
    expect(categoryByRoutes(['shortage_skill', 'outstanding_young', 'talent_programme'])).toEqual({
      category: 'A',
      routes: ['talent_programme', 'outstanding_young']
    })
  })

  describe('routes derived from facts', () => {
    const facts = { education: 'bachelor' as Education, relevantExperienceYears: 2, annualSalary10k: 10 }
    it("bachelor's or higher + 2 years -> B route", () => {
      expect(routesFromFacts(facts)).toEqual(['bachelor_with_experience'])
      expect(routesFromFacts({ ...facts, education: 'phd' })).toEqual(['bachelor_with_experience'])
      expect(routesFromFacts({ ...facts, relevantExperienceYears: 1.9 })).toEqual([])
      expect(routesFromFacts({ ...facts, education: 'none', relevantExperienceYears: 10 })).toEqual([])
      expect(routesFromFacts({ ...facts, education: 'top_vocational' })).toEqual([])
    })
    it('pay of 4x the local average -> B; 6x in an encouraged post -> A (inclusive)', () => {
      const base = { ...facts, relevantExperienceYears: 0, localAverageAnnualSalary10k: 10 }
      expect(routesFromFacts({ ...base, annualSalary10k: 40 })).toEqual(['pay_4x_average'])
      expect(routesFromFacts({ ...base, annualSalary10k: 39.9 })).toEqual([])
      expect(routesFromFacts({ ...base, annualSalary10k: 60 })).toEqual(['pay_4x_average'])
      expect(routesFromFacts({ ...base, annualSalary10k: 60, encouragedPost: true })).toEqual(['encouraged_post_high_pay', 'pay_4x_average'])
      expect(routesFromFacts({ ...base, annualSalary10k: 59.9, encouragedPost: true })).toEqual(['pay_4x_average'])
    })
    it('leaves pay routes out when the local average is unknown', () => {
      expect(routesFromFacts({ ...facts, relevantExperienceYears: 0, annualSalary10k: 500, encouragedPost: true })).toEqual([])
    })
  })
})

describe('overall category', () => {
  it('by points alone', () => {
    expect(overallCategory(90, [])).toEqual({
      category: 'A',
      reasons: [{ kind: 'points', total: 90, threshold: 85, category: 'A' }],
      byPoints: 'A',
      byRoutes: null
    })
    expect(overallCategory(60, []).reasons).toEqual([{ kind: 'points', total: 60, threshold: 60, category: 'B' }])
  })
  it('a route lifts a low score', () => {
    expect(overallCategory(50, ['language_teacher'])).toEqual({
      category: 'B',
      reasons: [{ kind: 'route', route: 'language_teacher', category: 'B' }],
      byPoints: 'C',
      byRoutes: 'B'
    })
    const a = overallCategory(70, ['international_prize', 'shortage_skill'])
    expect(a.category).toBe('A')
    expect(a.reasons).toEqual([{ kind: 'route', route: 'international_prize', category: 'A' }])
  })
  it('lists points and routes when both reach the category', () => {
    expect(overallCategory(85, ['shortage_skill', 'talent_programme']).reasons).toEqual([
      { kind: 'points', total: 85, threshold: 85, category: 'A' },
      { kind: 'route', route: 'talent_programme', category: 'A' }
    ])
  })
  it('points beat a lower route', () => {
    const result = overallCategory(88, ['shortage_skill'])
    expect(result.category).toBe('A')
    expect(result.reasons).toEqual([{ kind: 'points', total: 88, threshold: 85, category: 'A' }])
  })
  it('falls back to C below both thresholds and without routes', () => {
    expect(overallCategory(59, [])).toEqual({
      category: 'C',
      reasons: [{ kind: 'belowThresholds', total: 59 }],
      byPoints: 'C',
      byRoutes: null
    })
  })
  it('accepts a points result', () => {
    expect(overallCategory(calculatePoints(zero), []).category).toBe('C')
  })
})

describe('validatePointsInput', () => {
  const form = {
    annualSalary10k: '30',
    education: 'master',
    relevantExperienceYears: '5',
    monthsPerYearInChina: '7',
    age: '30',
    hsk: '3',
    formerChineseNational: 'false',
    degreeTaughtInChinese: false,
    topOverseasUniversity: 'on',
    fortune500: undefined,
    patents: '1',
    fiveYearsContinuousInChina: ''
  }

  it('turns form strings into a points input', () => {
    const result = validatePointsInput(form, { locationPoints: 10, localPoints: 3 })
    expect(result).toEqual({
      ok: true,
      value: {
        annualSalary10k: 30,
        education: 'master',
        relevantExperienceYears: 5,
        monthsPerYearInChina: 7,
        chinese: { hsk: 3, formerChineseNational: false, degreeTaughtInChinese: false },
        age: 30,
        extras: { topOverseasUniversity: true, fortune500: false, patents: true, fiveYearsContinuousInChina: false },
        region: { locationPoints: 10, localPoints: 3 }
      }
    })
  })

  it('accepts numbers, decimals, spaces and full-width digits; HSK may be empty', () => {
    const result = validatePointsInput({ ...form, annualSalary10k: ' ２５.５ ', age: 40, hsk: '' })
    expect(result.ok && result.value).toMatchObject({ annualSalary10k: 25.5, age: 40, chinese: { hsk: 0 } })
  })

  it('defaults region points to 0', () => {
    const result = validatePointsInput(form)
    expect(result.ok && result.value.region).toEqual({ locationPoints: 0, localPoints: 0 })
  })

  it('reports empty required fields', () => {
    const result = validatePointsInput({})
    expect(result).toEqual({
      ok: false,
      errors: {
        annualSalary10k: 'number.required',
        relevantExperienceYears: 'number.required',
        monthsPerYearInChina: 'number.required',
        age: 'number.required',
        education: 'choice.required'
      },
      params: {}
    })
    expect(validatePointsInput({ ...form, age: '   ' })).toMatchObject({ errors: { age: 'number.required' } })
  })

  it.each([
    ['annualSalary10k', 'abc', 'number.notNumber'],
    ['annualSalary10k', '25万', 'number.notNumber'],
    ['annualSalary10k', '1e3', 'number.notNumber'],
    ['annualSalary10k', '4,5', 'number.notNumber'],
    ['annualSalary10k', '-1', 'number.negative'],
    ['relevantExperienceYears', '-0.5', 'number.negative'],
    ['monthsPerYearInChina', 'NaN', 'number.notNumber'],
    ['age', '30.5', 'number.notInteger'],
    ['hsk', '2.5', 'number.notInteger'],
    ['education', 'doctor', 'choice.invalid'],
    ['patents', 'maybe', 'choice.invalid']
  ])('%s = %p -> %s', (field, value, code) => {
    const result = validatePointsInput({ ...form, [field]: value })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors).toEqual({ [field]: code })
  })

  it.each([
    ['annualSalary10k', '100000', true, 0, 100000],
    ['annualSalary10k', '100001', false, 0, 100000],
    ['relevantExperienceYears', '60', true, 0, 60],
    ['relevantExperienceYears', '61', false, 0, 60],
    ['monthsPerYearInChina', '12', true, 0, 12],
    ['monthsPerYearInChina', '13', false, 0, 12],
    ['age', '18', true, 18, 100],
    ['age', '17', false, 18, 100],
    ['age', '100', true, 18, 100],
    ['age', '101', false, 18, 100],
    ['hsk', '6', true, 0, 6],
    ['hsk', '7', false, 0, 6]
  ])('%s = %p in range: %p', (field, value, ok, min, max) => {
    const result = validatePointsInput({ ...form, [field]: value })
    expect(result.ok).toBe(ok)
    if (!result.ok) {
      expect(result.errors).toEqual({ [field]: 'number.outOfRange' })
      expect(result.params).toEqual({ [field]: { min, max } })
    }
  })
})

describe('route texts take their numbers from the region', () => {
  it('uses the region’s pay multiples (the 2018 notice leaves them to each locality), else the 2017 standard’s 6x / 4x', () => {
    expect(routeParams('encouraged_post_high_pay', { payMultipleA: 5, payMultipleB: 3 })).toEqual({ multiple: 5 })
    expect(routeParams('pay_4x_average', { payMultipleA: 5, payMultipleB: 3 })).toEqual({ multiple: 3 })
    expect(routeParams('encouraged_post_high_pay', {})).toEqual({ multiple: 6 })
    expect(routeParams('pay_4x_average', undefined)).toEqual({ multiple: 4 })
    expect(routeParams('bachelor_with_experience')).toEqual({ years: 2 })
    expect(routeParams('shortage_skill')).toEqual({})
  })
})
