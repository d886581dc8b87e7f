import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { initI18n, setLanguage } from '@/i18n'
import ApplyFormPage from '@/packages/apply/pages/form/index'
import MePage from '@/pages/me/index'
import PrivacyPage from '@/packages/account/pages/privacy/index'
import SchoolPage from '@/packages/perks/pages/school/index'
import { CaseDetail } from '@/features/cases/screens/CaseDetail'
import { DraftsList } from '@/features/apply/screens/DraftsList'
import { DRAFTS_STORAGE_KEY, useDrafts, type Draft } from '@/features/apply/draftStore'
import { SCHOOL_DRAFT_STORAGE_KEY, useSchoolDraft } from '@/features/perks/schoolDraft'
import { CONSENT_STORAGE_KEY, useConsent } from '@/features/privacy/consent'
import { PRIVACY_NOTICE_VERSION } from '@/features/privacy/notice'
import { queuePlatformRequest, usePlatformRequests } from '@/features/privacy/platformRequest'
import { useUnreadableStorage } from '@/lib/sealedStorage'
import { useSession } from '@/stores/session'
import { __setRouterParams, navigation } from '../doubles/taro'
import { freshBackend } from '../support/backend'
import { givenConsent, withoutConsent } from '../support/consent'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  withoutConsent()
  useDrafts.setState({ drafts: {} })
  useSchoolDraft.setState({ byUser: {} })
  useUnreadableStorage.setState({ names: [] })
})

function johnsDraft(): Draft {
  return useDrafts.getState().create({
    kind: 'bundle',
    regionId: 'gansu',
    bundleId: 'gs-one-thing-2025',
    employeeId: 'e-john',
    employeeName: 'John Smith',
    applicantUserId: null,
    matters: [
      { matterId: 'gs-work-permit', action: 'issue' },
      { matterId: 'gs-residence-permit', action: 'issue' }
    ],
    criterion: null,
    values: { 'applicant.fullName': 'John Smith', 'passport.number': '533380006' }
  })
}

const notice = () => screen.getByRole('dialog', { name: 'How we use your personal information' })

describe('consent before the application form', () => {
  it('shows the notice first, explains a refusal without losing the draft, and opens the form after Agree', () => {
    const draft = johnsDraft()
    __setRouterParams({ draftId: draft.id })
    render(<ApplyFormPage />)

    // The notice, not the form: no personal field is on screen.
    const dialog = notice()
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    expect(dialog).toHaveAccessibleDescription(/Passport data and identity documents are sensitive personal information/)
    expect(document.activeElement).toBe(dialog)
    for (const item of ['Passport number and expiry date', 'Name, sex, date of birth and nationality', 'Photos or scans of documents (passport pages, certificates, photos for the permit)'])
      expect(within(dialog).getByText(item)).toBeInTheDocument()
    for (const heading of ['What is collected', 'Why', 'Where it goes', 'How long it is kept', 'Your choices'])
      expect(within(dialog).getByRole('heading', { name: heading })).toBeInTheDocument()
    expect(within(dialog).getByText(/withdraw consent at any time under Me → Privacy/)).toBeInTheDocument()
    expect(screen.queryByLabelText('Full name (as in the passport)')).not.toBeInTheDocument()

    // Escape is "Not now": a clear screen, the draft kept, the notice one tap away.
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'This form needs your consent' })).toBeInTheDocument()
    expect(screen.getByText(/Nothing you saved earlier has been deleted/)).toBeInTheDocument()
    expect(useDrafts.getState().drafts[draft.id].values['passport.number']).toBe('533380006')
    expect(useConsent.getState().record).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Read the notice again' }))
    fireEvent.click(within(notice()).getByRole('button', { name: 'Agree and continue' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByLabelText('Full name (as in the passport)')).toHaveValue('John Smith')
    expect(useConsent.getState().record).toMatchObject({ version: PRIVACY_NOTICE_VERSION })
    expect(JSON.parse(Taro.getStorageSync(CONSENT_STORAGE_KEY) as string).state.record.version).toBe(PRIVACY_NOTICE_VERSION)
  })

  it('keeps Tab inside the notice', () => {
    __setRouterParams({ draftId: johnsDraft().id })
    render(<ApplyFormPage />)
    const dialog = notice()
    const [agree, notNow] = within(dialog).getAllByRole('button')
    notNow.focus()
    fireEvent.keyDown(dialog, { key: 'Tab' })
    expect(document.activeElement).toBe(agree)
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(notNow)
  })

  it('asks again when the notice has changed since the person agreed', () => {
    useConsent.setState({ record: { version: PRIVACY_NOTICE_VERSION - 1, at: '2025-01-01T00:00:00.000Z' } })
    __setRouterParams({ draftId: johnsDraft().id })
    render(<ApplyFormPage />)
    expect(notice()).toBeInTheDocument()
  })

  it('goes straight to the form with consent to the current notice', () => {
    givenConsent()
    __setRouterParams({ draftId: johnsDraft().id })
    render(<ApplyFormPage />)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByLabelText('Full name (as in the passport)')).toBeInTheDocument()
  })

  it('says it all in Chinese', () => {
    setLanguage('zh-CN')
    __setRouterParams({ draftId: johnsDraft().id })
    render(<ApplyFormPage />)
    const dialog = screen.getByRole('dialog', { name: '我们如何使用您的个人信息' })
    expect(within(dialog).getByText('护照号码及有效期')).toBeInTheDocument()
    fireEvent.click(within(dialog).getByRole('button', { name: '暂不同意' }))
    expect(screen.getByRole('heading', { name: '填写此表单需要您的同意' })).toBeInTheDocument()
  })
})

describe('consent before a photo of a document', () => {
  it('holds back the supplement answers until the person agrees', async () => {
    const env = freshBackend('2026-11-20T02:00:00.000Z')
    const user = await env.as('hr.gansu')
    useSession.setState({ token: 'x', user, expiresAt: null })
    const pickFile = jest.fn(async () => ({ filePath: 'blob:medical', name: 'medical.jpg', mime: 'image/jpeg', size: 2048 }))
    render(<CaseDetail caseId='case-gs-1' pickFile={pickFile} />)
    expect(await screen.findByRole('heading', { name: 'Supplement notice' })).toBeInTheDocument()
    // What the office asks is shown; the upload and the corrected field wait for consent.
    expect(screen.getByText('1. Material · Medical examination certificate')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Upload a photo of it' })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Home address in China')).not.toBeInTheDocument()

    fireEvent.click(screen.getAllByRole('button', { name: 'Read the privacy notice' })[0])
    fireEvent.click(within(notice()).getByRole('button', { name: 'Not now' }))
    expect(screen.getByRole('alert')).toHaveTextContent(/can only be entered after you agree/)
    expect(pickFile).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('button', { name: 'Read the notice again' }))
    fireEvent.click(within(notice()).getByRole('button', { name: 'Agree and continue' }))
    fireEvent.click(screen.getByRole('button', { name: 'Upload a photo of it' }))
    expect(await screen.findByText('1 item still to answer')).toBeInTheDocument()
    expect(pickFile).toHaveBeenCalledTimes(1)
  })
})

describe('consent before the school form', () => {
  it("holds back the parent's passport field and photos until the person agrees", async () => {
    const env = freshBackend('2026-11-20T02:00:00.000Z')
    const user = await env.as('alice')
    useSession.setState({ token: 'x', user, expiresAt: null })
    render(<SchoolPage />)
    expect(await screen.findByText(/Entering personal details or adding photos of documents here needs your consent first/)).toBeInTheDocument()
    expect(screen.queryByLabelText('Parent')).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Passport number')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Read the privacy notice' }))
    fireEvent.click(within(notice()).getByRole('button', { name: 'Agree and continue' }))
    expect(await screen.findByLabelText('Parent')).toBeInTheDocument()
  })
})

describe('the privacy page', () => {
  it("answers WeChat's pending request and returns to the screen that asked", () => {
    const answers: unknown[] = []
    queuePlatformRequest((option) => answers.push(option))
    render(<PrivacyPage />)
    expect(screen.getByRole('heading', { level: 1, name: 'How we use your personal information' })).toBeInTheDocument()
    expect(answers).toEqual([{ event: 'exposureAuthorization' }])
    fireEvent.click(screen.getByRole('button', { name: 'Agree and continue' }))
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { buttonId: 'agree-btn', event: 'agree' }])
    expect(useConsent.getState().record?.version).toBe(PRIVACY_NOTICE_VERSION)
    expect(usePlatformRequests.getState().pending).toEqual([])
    expect(navigation.calls).toContainEqual({ kind: 'navigateBack', url: '' })
  })

  it('shows the consent on record once given', () => {
    givenConsent('2026-11-02T08:00:00.000Z')
    render(<PrivacyPage />)
    expect(screen.getByText(`You agreed to the privacy notice (version ${PRIVACY_NOTICE_VERSION}) on 2026-11-02.`)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Agree and continue' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Read the privacy notice' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Withdraw consent' })).toBeInTheDocument()
  })
})

describe('Me → Privacy', () => {
  it('shows the consent on record and withdraws it, deleting the passport drafts on this phone', async () => {
    givenConsent('2026-11-02T08:00:00.000Z')
    johnsDraft()
    useSchoolDraft.getState().setParent('u-alice', 'passportNumber', '19FR48213')
    expect(Taro.getStorageSync(DRAFTS_STORAGE_KEY)).not.toBe('')
    expect(Taro.getStorageSync(SCHOOL_DRAFT_STORAGE_KEY)).not.toBe('')
    render(<MePage />)
    expect(screen.getByRole('heading', { name: 'Privacy' })).toBeInTheDocument()
    expect(screen.getByText(`You agreed to the privacy notice (version ${PRIVACY_NOTICE_VERSION}) on 2026-11-02.`)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw consent' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Withdraw consent and delete the drafts on this phone?')
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw and delete drafts' }))
    expect(screen.getByRole('status')).toHaveTextContent('Consent withdrawn. Drafts with passport details were deleted from this phone.')
    expect(screen.getByText(/You have not agreed to the privacy notice/)).toBeInTheDocument()
    expect(useConsent.getState().record).toBeNull()
    expect(useDrafts.getState().drafts).toEqual({})
    expect(useSchoolDraft.getState().byUser).toEqual({})
    expect(Taro.getStorageSync(DRAFTS_STORAGE_KEY)).toBe('')
    expect(Taro.getStorageSync(SCHOOL_DRAFT_STORAGE_KEY)).toBe('')
  })

  it('opens the full notice from Me', () => {
    render(<MePage />)
    fireEvent.click(screen.getByRole('button', { name: 'Read the privacy notice' }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/account/pages/privacy/index' })
  })
})

describe('drafts that no longer open', () => {
  it('are treated as missing, with a message in the user’s language and a way to remove them', async () => {
    givenConsent()
    johnsDraft()
    const stored = Taro.getStorageSync(DRAFTS_STORAGE_KEY) as string
    // The app restarts (memory empty) and finds the stored drafts changed outside the app.
    useDrafts.setState({ drafts: {} })
    Taro.setStorageSync(DRAFTS_STORAGE_KEY, stored.slice(0, -8) + (stored.endsWith('AAAAAAAA') ? 'BBBBBBBB' : 'AAAAAAAA'))
    await act(async () => {
      await useDrafts.persist.rehydrate()
    })
    expect(useDrafts.getState().drafts).toEqual({})
    render(<DraftsList />)
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be opened/)
    expect(screen.getByText('No drafts on this phone.')).toBeInTheDocument()

    act(() => setLanguage('zh-CN'))
    expect(screen.getByRole('alert')).toHaveTextContent(/本机保存的草稿无法打开/)
    fireEvent.click(screen.getByRole('button', { name: '删除无法打开的草稿' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(Taro.getStorageSync(DRAFTS_STORAGE_KEY)).toBe('')
  })
})
