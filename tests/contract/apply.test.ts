import { ApiError, callWithRetry, type CreateCaseBody } from '@/api'
import { useDrafts } from '@/features/apply/draftStore'
import { createBody } from '@/features/apply/model'
import { addDays } from '@/domain/time/beijing'
import { freshBackend, gansuBundleDraft } from '../support/backend'

const person = {
  'applicant.fullName': 'Sara Lindqvist',
  'applicant.nationality': 'SWE',
  'applicant.phone': '13912345678',
  'passport.number': 'AB7654321',
  'passport.expiry': '2031-01-01'
}

const extension = (employeeId: string, requestedTo: string): CreateCaseBody => ({
  kind: 'permit_extension',
  regionId: 'beihai',
  bundleId: null,
  employeeId,
  matters: [{ matterId: 'bh-work-permit', action: 'extend' }],
  form: {
    ...person,
    'permit.number': '450500202208010033',
    'permit.validTo': '2026-12-15',
    'job.position': 'Teacher',
    'job.contractTo': '2028-12-31',
    'extend.requestedTo': requestedTo
  },
  materials: [],
  delegatedSections: [],
  submit: true
})

describe('applications: the mock checks what the app checks', () => {
  it('accepts an extension filed later than 30 days before expiry: the seeds set no cut-off, the app only advises', async () => {
    const env = freshBackend()
    await env.as('hr.beihai')
    // Sara's permit expires in 25 days.
    const created = await env.client.call('cases.create', { body: extension('e-sara', '2027-12-31') })
    expect(created.matters).toEqual([expect.objectContaining({ matterId: 'bh-work-permit', action: 'extend' })])
    expect(env.backend.state.cases.filter((c) => c.employeeId === 'e-sara' && c.kind === 'permit_extension')).toHaveLength(2)
  })

  it('refuses to extend a permit that has already expired, as a field error with the reason', async () => {
    const env = freshBackend()
    await env.as('hr.beihai')
    env.backend.state.employees.find((e) => e.id === 'e-sara')!.workPermit!.validTo = '2026-01-31'
    const error = (await env.client.call('cases.create', { body: extension('e-sara', '2027-12-31') }).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.fields['extend.requestedTo']).toMatchObject({ code: 'extension.expired' })
  })

  it('accepts an extension inside the window and asks only the extension fields', async () => {
    const env = freshBackend()
    await env.as('hr.beihai')
    const today = '2026-11-20'
    const body = extension('e-alice', addDays(today, 800))
    body.form = {
      ...body.form,
      'applicant.fullName': 'Alice Martin',
      'applicant.nationality': 'FRA',
      'passport.number': '19FR48213',
      'permit.validTo': addDays(today, 75)
    }
    const created = await env.client.call('cases.create', { body })
    expect(created.status).toBe('in_progress')
    expect(created.matters).toEqual([expect.objectContaining({ matterId: 'bh-work-permit', action: 'extend' })])
  })

  it('validates a cancellation with its own fields (no salary or contract start asked)', async () => {
    const env = freshBackend()
    await env.as('hr.beihai')
    const error = (await env.client
      .call('cases.create', {
        body: {
          kind: 'permit_cancellation',
          regionId: 'beihai',
          bundleId: null,
          employeeId: 'e-sara',
          matters: [{ matterId: 'bh-work-permit', action: 'cancel' }],
          form: { ...person, 'permit.number': '12345', 'permit.validTo': '2026-12-15', 'cancel.reason': 'bored' },
          materials: [],
          delegatedSections: [],
          submit: true
        }
      })
      .catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('validation')
    expect(error.fields).toEqual({
      'permit.number': { code: 'permitNumber.length', params: { length: 18, actual: 5 } },
      'cancel.reason': { code: 'field.invalid' },
      'cancel.employmentEnded': { code: 'field.required' }
    })
  })

  it('asks the talent-certification annex: criterion, permit validity, employer contact and review opinion', async () => {
    const env = freshBackend()
    await env.as('hr.beihai')
    const error = (await env.client
      .call('cases.create', {
        body: {
          kind: 'talent_certification',
          regionId: 'beihai',
          bundleId: null,
          employeeId: 'e-alice',
          matters: [{ matterId: 'bh-talent-certification', action: 'apply' }],
          form: { 'talent.criterion': 'c9', 'talent.permitValidFrom': '2027-01-01', 'talent.permitValidTo': '2026-01-01' },
          materials: [],
          delegatedSections: [],
          submit: true
        }
      })
      .catch((e: unknown) => e)) as ApiError
    expect(error.fields).toMatchObject({
      'talent.criterion': { code: 'field.invalid' },
      'talent.permitValidTo': { code: 'date.rangeOrder' },
      'talent.employerOpinion': { code: 'field.required' },
      'contact.employerName': { code: 'field.required' },
      'job.employer': { code: 'field.required' }
    })
  })

  it('lets HR file only for their own employees and read only their own cases', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const mine = await env.client.call('cases.create', {
      body: gansuBundleDraft('e-john')
    })
    await env.as('hr.beihai')
    await expect(env.client.call('cases.get', { params: { caseId: mine.id } })).rejects.toMatchObject({ kind: 'not_found' })
    await expect(env.client.call('cases.update', { params: { caseId: mine.id }, body: { form: { 'applicant.fullName': 'X' } } })).rejects.toMatchObject({
      kind: 'not_found'
    })
    await expect(env.client.call('cases.create', { body: extension('e-john', '2027-12-31') })).rejects.toMatchObject({ kind: 'not_found' })
    // The applicant the case is for sees it; another applicant does not.
    await env.as('john')
    expect((await env.client.call('cases.list')).items.map((c) => c.id)).toContain(mine.id)
    await env.as('omar')
    await expect(env.client.call('cases.get', { params: { caseId: mine.id } })).rejects.toMatchObject({ kind: 'not_found' })
  })
})

describe('a draft is filed once, however often it is retried', () => {
  it('retries a submit that timed out after the server accepted it, with the draft’s key, and finds one case', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const draft = useDrafts.getState().create({
      kind: 'bundle',
      regionId: 'gansu',
      bundleId: 'gs-one-thing-2025',
      employeeId: 'e-john',
      employeeName: 'John Smith',
      applicantUserId: 'u-john',
      matters: [
        { matterId: 'gs-work-permit', action: 'issue' },
        { matterId: 'gs-residence-permit', action: 'issue' },
        { matterId: 'gs-social-insurance', action: 'register' }
      ],
      criterion: null
    })
    const before = env.backend.state.cases.length
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    const first = await env.client.call('cases.create', { body: createBody(draft, false), idempotencyKey: draft.idempotencyKey }).catch((e: unknown) => e)
    expect(first).toMatchObject({ kind: 'timeout' })
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
    const again = await callWithRetry(env.client, 'cases.create', { body: createBody(draft, false), idempotencyKey: draft.idempotencyKey })
    const third = await callWithRetry(env.client, 'cases.create', { body: createBody(draft, false), idempotencyKey: draft.idempotencyKey })
    expect(third.id).toBe(again.id)
    expect(env.backend.state.cases.length).toBe(before + 1)
    expect(env.backend.state.cases.filter((c) => c.employeeId === 'e-john' && c.id === again.id)).toHaveLength(1)
  })
})

describe('material given once', () => {
  it('sends one uploaded passport for both permits, and the backend records it as serving both', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const upload = await env.client.upload({ filePath: 'blob:passport', name: 'passport.pdf', mime: 'application/pdf', size: 2048 })
    const draft = useDrafts.getState().create({
      kind: 'bundle',
      regionId: 'gansu',
      bundleId: 'gs-one-thing-2025',
      employeeId: 'e-john',
      employeeName: 'John Smith',
      applicantUserId: 'u-john',
      matters: [
        { matterId: 'gs-work-permit', action: 'issue' },
        { matterId: 'gs-residence-permit', action: 'issue' }
      ],
      criterion: null
    })
    useDrafts
      .getState()
      .setMaterial(
        draft.id,
        { materialId: 'gs-mat-passport', uploads: [{ ...upload, localPath: 'blob:passport' }], documentDate: '2031-01-01' },
        'gs-mat-passport'
      )
    const body = createBody(useDrafts.getState().drafts[draft.id], false)
    expect(body.materials.map((m) => m.materialId)).toEqual(['gs-mat-passport', 'gs-mat-rp-passport'])
    const created = await env.client.call('cases.create', { body, idempotencyKey: draft.idempotencyKey })
    expect(created.materials.flatMap((m) => m.servesMatterIds).sort()).toEqual(['gs-residence-permit', 'gs-work-permit'])
    expect(new Set(created.materials.flatMap((m) => m.uploadIds))).toEqual(new Set([upload.id]))
  })
})
