import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import { ApiClient } from '@/api/client'
import { exchangeAdapter } from '@/api/transport/adapter'
import { setApiClientForTests } from '@/api'
import { ApplicationForm } from '@/features/apply/screens/ApplicationForm'
import { DRAFTS_STORAGE_KEY, useDrafts, type Draft } from '@/features/apply/draftStore'
import { draftModel } from '@/features/apply/model'
import { regionRegistry } from '@/features/regions/useRegion'
import { useSession } from '@/stores/session'
import Taro from '@tarojs/taro'
import { SEAL_PREFIX } from '@/lib/seal'
import { openFromStorage } from '@/lib/sealKey'
import { mediaQueue, navigation } from '../doubles/taro'
import { freshBackend } from '../support/backend'
import { addMonths } from '@/domain/validation/dates'
import { beijingToday } from '@/domain/time/beijing'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useDrafts.setState({ drafts: {} })
  mediaQueue.length = 0
})

const complete: Record<string, string> = {
  'applicant.fullName': 'John Smith',
  'applicant.sex': 'male',
  'applicant.birthDate': '1980-02-03',
  'applicant.nationality': 'GBR',
  'applicant.phone': '13912345678',
  'passport.number': '533380006',
  'passport.expiry': '2031-01-01',
  'job.position': 'Professor',
  'job.contractFrom': '2026-12-01',
  'job.contractTo': '2028-11-30',
  'job.annualSalary10k': '40',
  'residence.address': 'Room 1203, Building 5, Lanzhou',
  'insurance.startMonth': '2026-12'
}

function gansuDraft(values: Record<string, string> = {}): Draft {
  return useDrafts.getState().create({
    kind: 'bundle',
    regionId: 'gansu',
    bundleId: 'gs-one-thing-2025',
    employeeId: 'e-john',
    employeeName: 'John Smith',
    applicantUserId: null,
    matters: [
      { matterId: 'gs-work-permit', action: 'issue' },
      { matterId: 'gs-residence-permit', action: 'issue' },
      { matterId: 'gs-social-insurance', action: 'register' }
    ],
    criterion: null,
    values
  })
}

const reviewStep = (draft: Draft) => draftModel(regionRegistry, draft).steps.findIndex((s) => s.id === 'review')
const noWait = { sleep: async () => undefined }

/** Submits from the review step. These drafts leave required materials out, so the form names them and asks first. */
async function submitAnyway() {
  fireEvent.click(screen.getByRole('button', { name: 'Submit application' }))
  fireEvent.click(await screen.findByRole('button', { name: 'Submit anyway' }))
}

describe('application form', () => {
  it('shows each error on its own field, says how many, and keeps the user on the step', async () => {
    freshBackend()
    const draft = gansuDraft({ 'applicant.fullName': 'John Smith', 'applicant.phone': '12345' })
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    expect(screen.getByText('Step 1 of 5: Personal details')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText(/Please correct 4 fields on this step/)).toBeInTheDocument()
    const phone = screen.getByLabelText("Applicant's phone")
    expect(phone).toHaveAttribute('aria-invalid', 'true')
    expect(phone).toHaveAccessibleDescription(/Enter a Chinese mobile number/)
    expect(screen.getByLabelText('Date of birth')).toHaveAccessibleDescription('This field is required.')
    expect(screen.getByLabelText('Full name (as in the passport)')).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('radiogroup', { name: 'Sex' })).toHaveAccessibleDescription('This field is required.')
    // Fixing a field removes its error at once.
    fireEvent.change(phone, { target: { value: '13912345678' } })
    expect(screen.getByLabelText("Applicant's phone")).not.toHaveAttribute('aria-invalid')
    expect(screen.getByText('Step 1 of 5: Personal details')).toBeInTheDocument()
  })

  it('types dates on a digit keyboard: dashes are added', () => {
    freshBackend()
    const draft = gansuDraft()
    render(<ApplicationForm draftId={draft.id} />)
    fireEvent.change(screen.getByLabelText('Date of birth'), { target: { value: '19800203' } })
    expect(useDrafts.getState().drafts[draft.id].values['applicant.birthDate']).toBe('1980-02-03')
    // A Chinese input method types full-width digits and dashes: they are kept as the plain ones.
    fireEvent.change(screen.getByLabelText('Date of birth'), { target: { value: '１９８１－０３－０４' } })
    expect(useDrafts.getState().drafts[draft.id].values['applicant.birthDate']).toBe('1981-03-04')
  })

  it('finds a nationality by its Chinese or English name and shows both', () => {
    freshBackend()
    const draft = gansuDraft()
    render(<ApplicationForm draftId={draft.id} />)
    fireEvent.change(screen.getByLabelText('Nationality'), { target: { value: '英国' } })
    fireEvent.click(screen.getByRole('option', { name: /United Kingdom.*英国.*GBR/ }))
    expect(useDrafts.getState().drafts[draft.id].values['applicant.nationality']).toBe('GBR')
    expect(screen.getByText(/Chosen: United Kingdom/)).toBeInTheDocument()
  })

  it("puts the backend's field errors on the fields they name, on their step", async () => {
    freshBackend()
    setApiClientForTests(
      new ApiClient({
        transport: {
          kind: 'mock',
          adapter: exchangeAdapter(async () => ({ status: 422, data: { error: { code: 'validation', message: 'Please correct the form', fields: { 'passport.number': { code: 'passport.checkDigit' } } } } })),
          upload: async () => ({ status: 500, data: null })
        },
        getToken: () => 'x'
      })
    )
    const draft = gansuDraft(complete)
    useDrafts.getState().setStep(draft.id, reviewStep(draft))
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    await submitAnyway()
    const passport = await screen.findByLabelText('Passport number')
    expect(passport).toHaveAccessibleDescription(/does not match the check digit/)
    expect(screen.getByText('Step 2 of 5: Passport')).toBeInTheDocument()
  })

  it('keeps the draft after a remount and an app restart (persisted store)', async () => {
    freshBackend()
    const draft = gansuDraft()
    const first = render(<ApplicationForm draftId={draft.id} />)
    fireEvent.change(screen.getByLabelText('Full name (as in the passport)'), { target: { value: 'John Q. Smith' } })
    fireEvent.click(screen.getByRole('radio', { name: 'Male' }))
    first.unmount()
    // The app restarts: memory is gone, storage is not.
    const stored = String(Taro.getStorageSync(DRAFTS_STORAGE_KEY))
    // Sealed at rest: the name is not readable in storage, yet the app opens it again.
    expect(stored.startsWith(SEAL_PREFIX)).toBe(true)
    expect(stored).not.toContain('John Q. Smith')
    expect(openFromStorage(stored)).toContain('John Q. Smith')
    expect(JSON.parse(openFromStorage(stored)).version).toBe(1)
    useDrafts.setState({ drafts: {} })
    Taro.setStorageSync(DRAFTS_STORAGE_KEY, stored)
    await act(async () => {
      await useDrafts.persist.rehydrate()
    })
    render(<ApplicationForm draftId={draft.id} />)
    expect(screen.getByLabelText('Full name (as in the passport)')).toHaveValue('John Q. Smith')
    expect(screen.getByRole('radio', { name: 'Male' })).toHaveAttribute('aria-checked', 'true')
  })

  it('submits offline into an error, keeps everything, and a retry creates exactly one case with the same key', async () => {
    const env = freshBackend()
    const hr = await env.as('hr.gansu')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    const draft = gansuDraft(complete)
    useDrafts.getState().setStep(draft.id, reviewStep(draft))
    const before = env.backend.state.cases.length
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: true, failAfterCommit: false }
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    await submitAnyway()
    // The phone is online; it is the service that does not answer.
    expect(await screen.findByText('The service cannot be reached')).toBeInTheDocument()
    expect(screen.getByText(/never filed twice/)).toBeInTheDocument()
    expect(useDrafts.getState().drafts[draft.id].values['passport.number']).toBe('533380006')
    expect(env.backend.state.cases.length).toBe(before)

    // Back online, but the first answer is lost after the server accepted it: the retry finds the same case.
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    let calls = 0
    const realSend = env.transport.send
    env.transport.send = async (request) => {
      calls++
      if (calls > 1) env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
      return realSend(request)
    }
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Application submitted')).toBeInTheDocument()
    expect(env.backend.state.cases.length).toBe(before + 1)
    const created = env.backend.state.cases[env.backend.state.cases.length - 1]
    expect(created.status).toBe('in_progress')
    expect(useDrafts.getState().drafts[draft.id].caseId).toBe(created.id)
  })
})

describe('submitting under faults', () => {
  async function atReview() {
    const env = freshBackend()
    const hr = await env.as('hr.gansu')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    const draft = gansuDraft(complete)
    useDrafts.getState().setStep(draft.id, reviewStep(draft))
    return { env, draft, before: env.backend.state.cases.length }
  }

  it('with the phone offline says so and what to do, and sends nothing', async () => {
    const { env, draft, before } = await atReview()
    const onLine = jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false)
    try {
      render(<ApplicationForm draftId={draft.id} retry={noWait} />)
      await submitAnyway()
      expect(await screen.findByText('No connection')).toBeInTheDocument()
      expect(screen.getByText(/Connect to Wi-Fi or mobile data, then try again/)).toBeInTheDocument()
      expect(env.backend.state.cases.length).toBe(before)
      expect(useDrafts.getState().drafts[draft.id].caseId).toBeNull()
    } finally {
      onLine.mockRestore()
    }
  })

  it('a lost answer after the server accepted says "not sure", keeps the draft open, and checking again finds the one case', async () => {
    const { env, draft, before } = await atReview()
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    await submitAnyway()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("We're not sure it went through")
    expect(alert).not.toHaveTextContent('The server is taking too long')
    // The server has it once (the client's automatic retries were answered from its record)...
    expect(env.backend.state.cases.length).toBe(before + 1)
    // ...but without an answer the phone must not treat the draft as done.
    expect(useDrafts.getState().drafts[draft.id].caseId).toBeNull()

    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
    fireEvent.click(within(alert).getByRole('button', { name: 'Check again' }))
    expect(await screen.findByText('Application submitted')).toBeInTheDocument()
    const created = env.backend.state.cases[env.backend.state.cases.length - 1]
    expect(env.backend.state.cases.length).toBe(before + 1)
    expect(created.reference).toMatch(/^[A-Z]{2}-\d{4}-\d{6}$/)
    expect(screen.getByText(`Reference ${created.reference}. Follow its progress in the case list.`)).toBeInTheDocument()
    expect(useDrafts.getState().drafts[draft.id].caseId).toBe(created.id)
  })

  it('a draft edited after a lost answer is not passed off as sent: the office already has it, the edits stay, nothing is filed twice', async () => {
    const { env, draft, before } = await atReview()
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    const { unmount } = render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    await submitAnyway()
    expect(await screen.findByRole('alert')).toHaveTextContent("We're not sure it went through")
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
    unmount()

    // The person changes the job title, then sends again: the same draft, so the same key.
    useDrafts.getState().setValue(draft.id, 'job.position', 'Chief engineer')
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    await submitAnyway()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The office already has this application')
    expect(alert).toHaveTextContent('Your latest changes were not sent, and nothing was filed twice.')
    const filed = env.backend.state.cases[env.backend.state.cases.length - 1]
    expect(env.backend.state.cases.length).toBe(before + 1)
    expect(filed.form['job.position']).toBe('Professor')
    // The edit is still on the phone, and the case the office has is one tap away.
    expect(useDrafts.getState().drafts[draft.id].values['job.position']).toBe('Chief engineer')
    fireEvent.click(within(alert).getByRole('button', { name: 'Open the case' }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: `/packages/cases/pages/detail/index?id=${filed.id}` })
  })

  it('a double tap sends one request, and the wait is announced in a live region', async () => {
    const { env, draft, before } = await atReview()
    let posts = 0
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const realSend = env.transport.send
    env.transport.send = async (request) => {
      if (request.method === 'POST' && request.path === '/cases') {
        posts++
        await held
      }
      return realSend(request)
    }
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    fireEvent.click(screen.getByRole('button', { name: 'Submit application' }))
    const button = await screen.findByRole('button', { name: 'Submit anyway' })
    // Both taps land before React re-renders the button as disabled.
    act(() => {
      button.click()
      button.click()
    })
    expect(screen.getByRole('status')).toHaveTextContent('Submitting… Keep this screen open.')
    expect(screen.getByRole('button', { name: 'Submit application' })).toHaveAttribute('aria-disabled', 'true')
    await act(async () => {
      release()
      await held
    })
    expect(await screen.findByText('Application submitted')).toBeInTheDocument()
    expect(posts).toBe(1)
    expect(env.backend.state.cases.length).toBe(before + 1)
  })
})

describe('materials step', () => {
  function toMaterials(draft: Draft) {
    useDrafts.getState().setStep(draft.id, draftModel(regionRegistry, draft).steps.findIndex((s) => s.id === 'materials'))
  }

  it('lists a shared material once with the matters it serves', async () => {
    freshBackend()
    const draft = useDrafts.getState().create({
      ...gansuDraft(),
      matters: [
        { matterId: 'gs-work-permit', action: 'issue' },
        { matterId: 'gs-residence-permit', action: 'issue' },
        { matterId: 'gs-title-review', action: 'review' }
      ]
    })
    toMaterials(draft)
    render(<ApplicationForm draftId={draft.id} />)
    const contract = screen.getByRole('group', { name: /Employment contract or proof of appointment/ })
    expect(within(contract).getByText(/Given once for 2 matters: Work Permit for Foreigners in China · /)).toBeInTheDocument()
    expect(screen.getAllByRole('group', { name: /Employment contract or proof of appointment/ })).toHaveLength(1)
  })

  it('refuses a wrong file type, uploads a photo, checks its date, and can delete it', async () => {
    const env = freshBackend()
    const hr = await env.as('hr.gansu')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    const draft = gansuDraft()
    toMaterials(draft)
    render(<ApplicationForm draftId={draft.id} />)
    const photo = () => screen.getByRole('group', { name: /front-facing photo without headwear/ })

    mediaQueue.push({ tempFilePath: 'wxfile://tmp/anim.gif', size: 2000, fileType: 'image' })
    fireEvent.click(within(photo()).getByRole('button', { name: 'Take a photo or choose a file' }))
    expect(await within(photo()).findByText(/This file type can't be used/)).toBeInTheDocument()

    mediaQueue.push({ tempFilePath: 'wxfile://tmp/huge.jpg', size: 11 * 1024 * 1024, fileType: 'image' })
    fireEvent.click(within(photo()).getByRole('button', { name: 'Take a photo or choose a file' }))
    expect(await within(photo()).findByText(/larger than 10 MB/)).toBeInTheDocument()

    mediaQueue.push({ tempFilePath: 'wxfile://tmp/me.jpg', size: 300 * 1024, fileType: 'image' })
    fireEvent.click(within(photo()).getByRole('button', { name: 'Take a photo or choose a file' }))
    expect(await within(photo()).findByText(/Uploaded: me.jpg/)).toBeInTheDocument()
    expect(env.backend.state.uploads).toHaveLength(1)

    fireEvent.change(within(photo()).getByLabelText('Date issued (or photo taken)'), { target: { value: '2020-01-01' } })
    fireEvent.click(screen.getByRole('button', { name: 'Next' }))
    expect(await within(photo()).findByText(/Please get a newer one/)).toBeInTheDocument()
    // Gansu states this rule (work-permit materials list): it stays a requirement, with its source named.
    expect(within(photo()).getByText(/^Source: Notice on issuing the Work Plan for the 'Working in China' One-Thing Service.*service guide, work-permit materials list/)).toBeInTheDocument()
    expect(screen.getByText('Step 4 of 5: Materials')).toBeInTheDocument()

    fireEvent.click(within(photo()).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(useDrafts.getState().drafts[draft.id].materials['gs-mat-photo']).toBeUndefined())
  })
})

describe('advice, not blocks, where the documents are silent', () => {
  it('a passport valid for 3 more months shows advice on the material and on the review step, and the form can still be submitted', async () => {
    const env = freshBackend()
    const hr = await env.as('hr.gansu')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    const draft = gansuDraft(complete)
    useDrafts.getState().setStep(draft.id, draftModel(regionRegistry, draft).steps.findIndex((s) => s.id === 'materials'))
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    const passport = () => screen.getByRole('group', { name: /^Applicant's passport or international travel document/ })
    mediaQueue.push({ tempFilePath: 'wxfile://tmp/passport.jpg', size: 200 * 1024, fileType: 'image' })
    fireEvent.click(within(passport()).getByRole('button', { name: 'Take a photo or choose a file' }))
    expect(await within(passport()).findByText(/Uploaded: passport.jpg/)).toBeInTheDocument()
    expect(within(passport()).getByText('Offices usually want it valid for at least 6 more months.')).toBeInTheDocument()
    fireEvent.change(within(passport()).getByLabelText('Valid to'), { target: { value: addMonths(beijingToday(), 3) } })

    const advice = within(passport()).getByRole('note')
    expect(advice).toHaveTextContent('Valid for less than 6 more months: offices usually want at least 6 months left. You can still submit.')
    expect(advice).toHaveTextContent("Not in the region's documents: general practice, check with the office.")
    expect(within(passport()).queryByRole('alert')).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText('Step 5 of 5: Review and submit')).toBeInTheDocument()
    expect(screen.getByText('Advice to check before you submit')).toBeInTheDocument()
    expect(screen.getByText(/^Applicant's passport or international travel document: Valid for less than 6 more months/)).toBeInTheDocument()
    await submitAnyway()
    expect(await screen.findByText('Application submitted')).toBeInTheDocument()
    const created = env.backend.state.cases[env.backend.state.cases.length - 1]
    expect(created.status).toBe('in_progress')
  })
})

describe('talent certification (Beihai 2023, annex 1)', () => {
  it('asks the annex fields and the proof of the chosen criterion only', () => {
    freshBackend()
    const draft = useDrafts.getState().create({
      kind: 'talent_certification',
      regionId: 'beihai',
      bundleId: null,
      employeeId: 'e-alice',
      employeeName: 'Alice Martin',
      applicantUserId: 'u-alice',
      matters: [{ matterId: 'bh-talent-certification', action: 'apply' }],
      criterion: 'c1',
      values: { 'talent.criterion': 'c1' }
    })
    const model = draftModel(regionRegistry, draft)
    useDrafts.getState().setStep(draft.id, model.steps.findIndex((s) => s.id === 'work'))
    const view = render(<ApplicationForm draftId={draft.id} />)
    expect(screen.getByRole('radio', { name: 'Criterion 1' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByLabelText('Permit or talent visa valid to')).toBeInTheDocument()
    expect(screen.getByLabelText('Employer contact person')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('radio', { name: /Verified: all the materials this applicant submits are true/ }))
    expect(useDrafts.getState().drafts[draft.id].values['talent.employerOpinion']).toBe('verified_agree')
    view.unmount()

    useDrafts.getState().setStep(draft.id, model.steps.findIndex((s) => s.id === 'materials'))
    render(<ApplicationForm draftId={draft.id} />)
    expect(screen.getByText(/What this criterion needs: Category A work permit/)).toBeInTheDocument()
    expect(screen.getByRole('group', { name: /Copy of the category A Foreigner's Work Permit/ })).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: /talent visa/i })).toBeNull()
  })
})

describe('required materials left out', () => {
  it('names them and asks before the application goes to the office; "Add them first" sends nothing', async () => {
    const env = freshBackend()
    const hr = await env.as('hr.gansu')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    const draft = gansuDraft(complete)
    useDrafts.getState().setStep(draft.id, reviewStep(draft))
    const model = draftModel(regionRegistry, useDrafts.getState().drafts[draft.id])
    const required = model.checklist.filter((i) => i.required).map((i) => i.material.name.en)
    expect(required.length).toBeGreaterThan(0)
    const before = env.backend.state.cases.length
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)

    fireEvent.click(screen.getByRole('button', { name: 'Submit application' }))
    const ask = await screen.findByRole('alertdialog', { name: 'Submit without these required materials?' })
    expect(within(ask).getAllByRole('listitem').map((li) => li.textContent)).toEqual(required)
    expect(env.backend.state.cases.length).toBe(before)

    fireEvent.click(within(ask).getByRole('button', { name: 'Add them first' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(useDrafts.getState().drafts[draft.id].step).toBe(model.steps.findIndex((s) => s.id === 'materials'))
    expect(env.backend.state.cases.length).toBe(before)
  })

  it('submits once the person confirms', async () => {
    const env = freshBackend()
    const hr = await env.as('hr.gansu')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    const draft = gansuDraft(complete)
    useDrafts.getState().setStep(draft.id, reviewStep(draft))
    const before = env.backend.state.cases.length
    render(<ApplicationForm draftId={draft.id} retry={noWait} />)
    await submitAnyway()
    expect(await screen.findByText('Application submitted')).toBeInTheDocument()
    expect(env.backend.state.cases.length).toBe(before + 1)
  })
})
