import { emptyDraft, type SchoolDraft } from './schoolDraft'
import { schoolApplyBody, validateSchoolDraft } from './schoolForm'

const filled = (): SchoolDraft => {
  const d = emptyDraft()
  d.parent = {
    name: 'Alice Martin',
    sex: 'female',
    passportNumber: '19fr48213',
    employer: 'Beihai Ocean Tech',
    position: 'Biologist',
    phone: '13800138000',
    employerAddress: 'Beihai Avenue',
    homeAddress: 'Yinhai District'
  }
  d.children[0] = { ...d.children[0], name: 'Léa', sex: 'female', birthMonth: '2018-04', schoolApplied: 'Beihai No. 1 Primary', gradeApplied: 'Grade 3' }
  return d
}

describe('validateSchoolDraft', () => {
  it('accepts a complete form (current school optional for a first school place)', () => {
    expect(validateSchoolDraft(filled(), '2026-06-10')).toEqual({})
  })

  it('names every missing or wrong field, per child row', () => {
    const d = filled()
    d.parent.passportNumber = '19-FR'
    d.parent.phone = '12'
    d.children.push({ ...d.children[0], key: 'x', name: '', birthMonth: '2027-01' })
    const errors = validateSchoolDraft(d, '2026-06-10')
    expect(errors['parent.passportNumber'].code).toBe('passport.badChars')
    expect(errors['parent.phone'].code).toBe('phone.invalid')
    expect(errors['children.1.name'].code).toBe('field.required')
    expect(errors['children.1.birthMonth'].code).toBe('date.future')
    expect(errors['children.0.name']).toBeUndefined()
    expect(Object.keys(validateSchoolDraft(emptyDraft(), '2026-06-10'))).toEqual(
      expect.arrayContaining(['parent.name', 'parent.sex', 'children.0.sex', 'children.0.birthMonth', 'children.0.schoolApplied'])
    )
  })

  it('builds the apply body with every child and the uploads', () => {
    const d = filled()
    d.uploads = [{ materialIndex: 1, id: 'up-1', name: 'passport.jpg' }]
    const body = schoolApplyBody(d)
    expect(body.children).toHaveLength(1)
    expect(body.materialUploadIds).toEqual(['up-1'])
    expect(body.parent.sex).toBe('female')
  })
})
