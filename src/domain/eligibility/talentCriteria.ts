/**
 * Beihai foreign "high-level / urgently-needed" talent certification (北海市外籍"高精尖缺"人才认定办法, 2023).
 * Art. 2: a foreign national working in Beihai who meets any ONE of four criteria. Art. 4: the employer hands
 * the city S&T bureau the application form, a passport copy and the one set of proof matching the criterion,
 * each on paper, three sets, stamped with the employer's seal. Texts are i18n keys in 'eligibility'.
 */

export type TalentCriterionId = 'c1' | 'c2' | 'c3' | 'c4'

export type TalentQuestionId =
  | 'worksInBeihai'
  | 'holdsCategoryAPermit'
  | 'holdsTalentVisa'
  | 'hasHonourOrTalentGrade'
  | 'recommendedAsUrgentlyNeeded'
  | 'holdsCategoryBPermit'

export type TalentMaterialId =
  | 'applicationForm'
  | 'passportCopy'
  | 'workPermitCopy'
  | 'residencePermitCopy'
  | 'talentVisaCopy'
  | 'honourCertificateCopy'
  | 'recommendationLetter'

export interface TalentQuestion {
  id: TalentQuestionId
  /** i18n key of the yes/no question. */
  key: string
}

export interface TalentMaterial {
  id: TalentMaterialId
  /** i18n key of the material's name. */
  key: string
  /** What is handed in: the filled form, a copy, or an original (the letter: 1 original + 2 copies). */
  form: 'form' | 'copy' | 'original'
  /** i18n key of a note on the material, where the document adds one. */
  noteKey?: string
}

export interface TalentCriterion {
  id: TalentCriterionId
  /** Where the criterion stands in the document (第二条第（一）项 ...). */
  article: string
  titleKey: string
  /** The criterion in the document's words. */
  textKey: string
  /** All must be answered yes. */
  questions: readonly TalentQuestionId[]
  /** Proof for this criterion, on top of the materials everyone hands in (Art. 4 (3)). */
  materials: readonly TalentMaterialId[]
}

/** Copies of every paper material, each stamped with the employer's seal (Art. 4: 一式三份（盖单位公章）). */
export const TALENT_SUBMISSION = {
  submittedBy: 'employer',
  sets: 3,
  employerSeal: true,
  medium: 'paper',
  /** Accepted all year round (Art. 3); decided within 5 working days (Art. 5). */
  decisionWorkingDays: 5
} as const

const K = 'talent'

export const TALENT_QUESTIONS: readonly TalentQuestion[] = (
  [
    'worksInBeihai',
    'holdsCategoryAPermit',
    'holdsTalentVisa',
    'hasHonourOrTalentGrade',
    'recommendedAsUrgentlyNeeded',
    'holdsCategoryBPermit'
  ] as const
).map((id) => ({ id, key: `${K}.questions.${id}` }))

/** Art. 2: the person works in Beihai. Foreign nationality is a given for everyone using the check. */
export const TALENT_PRECONDITIONS: readonly TalentQuestionId[] = ['worksInBeihai']

export const TALENT_MATERIALS: Readonly<Record<TalentMaterialId, TalentMaterial>> = {
  applicationForm: { id: 'applicationForm', key: `${K}.materials.applicationForm`, form: 'form' },
  passportCopy: { id: 'passportCopy', key: `${K}.materials.passportCopy`, form: 'copy' },
  workPermitCopy: { id: 'workPermitCopy', key: `${K}.materials.workPermitCopy`, form: 'copy' },
  residencePermitCopy: { id: 'residencePermitCopy', key: `${K}.materials.residencePermitCopy`, form: 'copy' },
  talentVisaCopy: { id: 'talentVisaCopy', key: `${K}.materials.talentVisaCopy`, form: 'copy' },
  honourCertificateCopy: { id: 'honourCertificateCopy', key: `${K}.materials.honourCertificateCopy`, form: 'copy' },
  recommendationLetter: {
    id: 'recommendationLetter',
    key: `${K}.materials.recommendationLetter`,
    form: 'original',
    noteKey: `${K}.materialNotes.recommendationLetter`
  }
}

/** Art. 4 (1) and (2): handed in whatever the criterion. */
export const COMMON_TALENT_MATERIALS: readonly TalentMaterialId[] = ['applicationForm', 'passportCopy']

const criterion = (
  id: TalentCriterionId,
  article: string,
  questions: readonly TalentQuestionId[],
  materials: readonly TalentMaterialId[]
): TalentCriterion => ({
  id,
  article,
  titleKey: `${K}.criteria.${id}.title`,
  textKey: `${K}.criteria.${id}.text`,
  questions,
  materials
})

export const TALENT_CRITERIA: readonly TalentCriterion[] = [
  // (一) 获得市行政审批局颁发的A类《外国人工作许可证》
  criterion('c1', '第二条第（一）项', ['holdsCategoryAPermit'], ['workPermitCopy', 'residencePermitCopy']),
  // (二) 获得外国人才签证（即R字签证）
  criterion('c2', '第二条第（二）项', ['holdsTalentVisa'], ['talentVisaCopy']),
  // (三) 国家级、省部级或厅市（设区市）级荣誉称号，或设区市以上人才认定等级
  criterion(
    'c3',
    '第二条第（三）项',
    ['hasHonourOrTalentGrade'],
    ['workPermitCopy', 'residencePermitCopy', 'honourCertificateCopy']
  ),
  // (四) 市级行业主管部门或自治区级及以上开发区管理部门推荐的急需紧缺人才，并已获得B类《外国人工作许可证》
  criterion(
    'c4',
    '第二条第（四）项',
    ['recommendedAsUrgentlyNeeded', 'holdsCategoryBPermit'],
    ['workPermitCopy', 'residencePermitCopy', 'recommendationLetter']
  )
]

export type TalentAnswers = Partial<Record<TalentQuestionId, boolean>>

export interface TalentReason {
  /** i18n key in 'eligibility'. */
  key: string
  criterion?: TalentCriterionId
}

export interface TalentAssessment {
  qualifies: boolean
  /** The criterion to apply under: of those met, the one needing the least proof. */
  criterion: TalentCriterionId | null
  /** Every criterion met. */
  criteriaMet: TalentCriterionId[]
  /** Everything to hand in for `criterion` (common materials first); empty when not qualifying. */
  materials: TalentMaterial[]
  reasons: TalentReason[]
  /** Questions left unanswered that could still change the outcome. */
  unanswered: TalentQuestionId[]
}

const isMet = (c: TalentCriterion, answers: TalentAnswers): boolean => c.questions.every((q) => answers[q] === true)

/** Unanswered questions of criteria not already ruled out by a "no". */
function openQuestions(answers: TalentAnswers): TalentQuestionId[] {
  const open = new Set<TalentQuestionId>()
  for (const q of TALENT_PRECONDITIONS) if (answers[q] === undefined) open.add(q)
  for (const c of TALENT_CRITERIA) {
    if (c.questions.some((q) => answers[q] === false)) continue
    for (const q of c.questions) if (answers[q] === undefined) open.add(q)
  }
  return TALENT_QUESTIONS.map((q) => q.id).filter((id) => open.has(id))
}

export function materialsFor(criterionId: TalentCriterionId): TalentMaterial[] {
  const found = TALENT_CRITERIA.find((c) => c.id === criterionId)
  const ids = [...COMMON_TALENT_MATERIALS, ...(found?.materials ?? [])]
  return ids.map((id) => TALENT_MATERIALS[id])
}

/**
 * Self-check against Art. 2. Art. 4 asks for only one set of proof ("任意一类材料即可"), so when several
 * criteria are met we suggest the one needing the fewest materials (document order breaks ties).
 */
export function assessTalentCriteria(answers: TalentAnswers): TalentAssessment {
  const criteriaMet = TALENT_CRITERIA.filter((c) => isMet(c, answers)).map((c) => c.id)
  const unanswered = openQuestions(answers)
  const worksInBeihai = answers.worksInBeihai === true

  if (!worksInBeihai || criteriaMet.length === 0) {
    const reasons: TalentReason[] = []
    if (answers.worksInBeihai === false) reasons.push({ key: `${K}.reasons.notInBeihai` })
    if (criteriaMet.length === 0 && unanswered.every((q) => TALENT_PRECONDITIONS.includes(q)))
      reasons.push({ key: `${K}.reasons.noCriterionMet` })
    if (unanswered.length > 0) reasons.push({ key: `${K}.reasons.incomplete` })
    return { qualifies: false, criterion: null, criteriaMet, materials: [], reasons, unanswered }
  }

  const chosen = [...criteriaMet].sort((a, b) => materialsFor(a).length - materialsFor(b).length)[0]
  const reasons: TalentReason[] = criteriaMet.map((id) => ({ key: `${K}.reasons.meets.${id}`, criterion: id }))
  return { qualifies: true, criterion: chosen, criteriaMet, materials: materialsFor(chosen), reasons, unanswered: [] }
}
