/** @jest-environment node */
import { APPEAL_RIGHTS, appealRightFor, mayAsk, type AppealRightEntry } from './appealRight'

describe('appeal right: only where a source grants one', () => {
  test('Beihai talent certification: the employer asks within 5 working days, answered within 15 days (beihai-2023 art. 13)', () => {
    expect(appealRightFor('beihai', 'talent_certification')).toEqual({
      kind: 'review',
      source: { document: 'beihai-2023-talent-certification', article: 13 },
      windowWorkingDays: 5,
      answerDays: 15,
      whoAsks: 'employer'
    })
  })

  test('residence permit: a refusal is final, in every region, with the law named', () => {
    for (const region of ['beihai', 'gansu', 'qingdao', 'somewhere-new']) {
      expect(appealRightFor(region, 'residence_permit')).toEqual({ kind: 'final', law: { document: 'exit-entry-law', article: 36 } })
    }
  })

  test('work permit and the other matters: none', () => {
    for (const region of ['beihai', 'gansu', 'qingdao']) {
      for (const kind of ['work_permit', 'social_insurance', 'title_review', 'e_ssc', 'talent_visa']) {
        expect(appealRightFor(region, kind)).toEqual({ kind: 'none' })
      }
    }
    // Talent certification elsewhere: the review is Beihai's own rule, not a national one.
    expect(appealRightFor('gansu', 'talent_certification')).toEqual({ kind: 'none' })
    expect(appealRightFor(undefined, 'talent_certification')).toEqual({ kind: 'none' })
    expect(appealRightFor('beihai', undefined)).toEqual({ kind: 'none' })
  })

  test("a region's own entry wins over a national one", () => {
    const table: AppealRightEntry[] = [
      ...APPEAL_RIGHTS,
      { regionId: 'testland', matterKind: 'residence_permit', right: { kind: 'none' } }
    ]
    expect(appealRightFor('testland', 'residence_permit', table)).toEqual({ kind: 'none' })
    expect(appealRightFor('beihai', 'residence_permit', table).kind).toBe('final')
  })

  test('who may ask', () => {
    const certification = appealRightFor('beihai', 'talent_certification')
    expect(mayAsk(certification, 'hr')).toBe(true)
    expect(mayAsk(certification, 'applicant')).toBe(false)
    expect(mayAsk(certification, 'officer')).toBe(false)
    expect(mayAsk(appealRightFor('beihai', 'residence_permit'), 'hr')).toBe(false)
    expect(mayAsk({ kind: 'none' }, 'hr')).toBe(false)
  })
})
