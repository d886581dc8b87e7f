import {
  assessTalentCriteria,
  materialsFor,
  TALENT_CRITERIA,
  TALENT_QUESTIONS,
  TALENT_SUBMISSION,
  type TalentAnswers
} from './talentCriteria'

const ids = (materials: { id: string }[]) => materials.map((m) => m.id)
const inBeihai: TalentAnswers = { worksInBeihai: true }

describe('Beihai 2023 talent criteria (Art. 2)', () => {
  it('has the four criteria of the document, in order', () => {
    expect(TALENT_CRITERIA.map((c) => [c.id, c.article])).toEqual([
      ['c1', '第二条第（一）项'],
      ['c2', '第二条第（二）项'],
      ['c3', '第二条第（三）项'],
      ['c4', '第二条第（四）项']
    ])
  })

  it('asks the precondition first, then the criteria questions', () => {
    expect(TALENT_QUESTIONS.map((q) => q.id)).toEqual([
      'worksInBeihai',
      'holdsCategoryAPermit',
      'holdsTalentVisa',
      'hasHonourOrTalentGrade',
      'recommendedAsUrgentlyNeeded',
      'holdsCategoryBPermit'
    ])
  })

  it('is handed in by the employer on paper, three sets, sealed (Art. 4)', () => {
    expect(TALENT_SUBMISSION).toMatchObject({ submittedBy: 'employer', sets: 3, employerSeal: true, medium: 'paper' })
  })
})

describe('materials per criterion (Art. 4)', () => {
  it.each([
    ['c1', ['applicationForm', 'passportCopy', 'workPermitCopy', 'residencePermitCopy']],
    ['c2', ['applicationForm', 'passportCopy', 'talentVisaCopy']],
    ['c3', ['applicationForm', 'passportCopy', 'workPermitCopy', 'residencePermitCopy', 'honourCertificateCopy']],
    ['c4', ['applicationForm', 'passportCopy', 'workPermitCopy', 'residencePermitCopy', 'recommendationLetter']]
  ] as const)('%s', (criterion, expected) => {
    expect(ids(materialsFor(criterion))).toEqual(expected)
  })

  it('asks for the recommendation letter as an original (1 original + 2 copies)', () => {
    const letter = materialsFor('c4').find((m) => m.id === 'recommendationLetter')
    expect(letter).toMatchObject({ form: 'original', noteKey: 'talent.materialNotes.recommendationLetter' })
  })
})

describe('assessTalentCriteria', () => {
  it.each([
    ['c1', { holdsCategoryAPermit: true }],
    ['c2', { holdsTalentVisa: true }],
    ['c3', { hasHonourOrTalentGrade: true }],
    ['c4', { recommendedAsUrgentlyNeeded: true, holdsCategoryBPermit: true }]
  ] as const)('qualifies under %s', (criterion, answers) => {
    const result = assessTalentCriteria({ ...inBeihai, ...answers })
    expect(result).toMatchObject({ qualifies: true, criterion, criteriaMet: [criterion], unanswered: [] })
    expect(ids(result.materials)).toEqual(ids(materialsFor(criterion)))
    expect(result.reasons).toEqual([{ key: `talent.reasons.meets.${criterion}`, criterion }])
  })

  it('needs both the recommendation and the B permit for c4', () => {
    expect(
      assessTalentCriteria({ ...inBeihai, recommendedAsUrgentlyNeeded: true, holdsCategoryBPermit: false }).qualifies
    ).toBe(false)
    expect(
      assessTalentCriteria({ ...inBeihai, recommendedAsUrgentlyNeeded: false, holdsCategoryBPermit: true }).qualifies
    ).toBe(false)
  })

  it('a B permit alone is not enough', () => {
    const result = assessTalentCriteria({
      ...inBeihai,
      holdsCategoryAPermit: false,
      holdsTalentVisa: false,
      hasHonourOrTalentGrade: false,
      recommendedAsUrgentlyNeeded: false,
      holdsCategoryBPermit: true
    })
    expect(result).toMatchObject({ qualifies: false, criterion: null, criteriaMet: [], materials: [] })
    expect(result.reasons).toEqual([{ key: 'talent.reasons.noCriterionMet' }])
  })

  it('when several criteria are met, suggests the one needing the fewest materials', () => {
    const result = assessTalentCriteria({ ...inBeihai, holdsCategoryAPermit: true, holdsTalentVisa: true })
    expect(result.criteriaMet).toEqual(['c1', 'c2'])
    expect(result.criterion).toBe('c2')
    expect(ids(result.materials)).toEqual(['applicationForm', 'passportCopy', 'talentVisaCopy'])
    expect(result.reasons.map((r) => r.criterion)).toEqual(['c1', 'c2'])
  })

  it('breaks ties between equally long lists in document order', () => {
    const result = assessTalentCriteria({
      ...inBeihai,
      hasHonourOrTalentGrade: true,
      recommendedAsUrgentlyNeeded: true,
      holdsCategoryBPermit: true
    })
    expect(result.criterion).toBe('c3')
    expect(
      assessTalentCriteria({ ...inBeihai, holdsCategoryAPermit: true, hasHonourOrTalentGrade: true }).criterion
    ).toBe('c1')
  })

  it('is only for people working in Beihai', () => {
    const result = assessTalentCriteria({ worksInBeihai: false, holdsCategoryAPermit: true })
    expect(result).toMatchObject({ qualifies: false, criterion: null, criteriaMet: ['c1'], materials: [] })
    expect(result.reasons[0]).toEqual({ key: 'talent.reasons.notInBeihai' })
  })

  it('asks for the rest when nothing is answered yet', () => {
    const result = assessTalentCriteria({})
    expect(result.qualifies).toBe(false)
    expect(result.reasons).toEqual([{ key: 'talent.reasons.incomplete' }])
    expect(result.unanswered).toEqual(TALENT_QUESTIONS.map((q) => q.id))
  })

  it('does not ask questions of a criterion already ruled out', () => {
    const result = assessTalentCriteria({ ...inBeihai, holdsCategoryBPermit: false })
    expect(result.unanswered).toEqual(['holdsCategoryAPermit', 'holdsTalentVisa', 'hasHonourOrTalentGrade'])
  })

  it('still asks where someone works when a criterion is met', () => {
    const result = assessTalentCriteria({ holdsTalentVisa: true })
    expect(result.qualifies).toBe(false)
    expect(result.unanswered).toContain('worksInBeihai')
    expect(result.reasons).toEqual([{ key: 'talent.reasons.incomplete' }])
  })
})
