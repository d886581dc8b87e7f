import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import SchoolPage from '@/packages/perks/pages/school/index'
import { SCHOOL_DRAFT_STORAGE_KEY, useSchoolDraft } from '@/features/perks/schoolDraft'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { openFromStorage } from '@/lib/sealKey'
import Taro from '../doubles/taro'
import { freshBackend } from '../support/backend'
import { givenConsent } from '../support/consent'

beforeAll(() => initI18n('en'))
afterEach(() => jest.restoreAllMocks())
beforeEach(() => {
  setLanguage('en')
  useSettings.setState({ regionId: null })
  useSchoolDraft.setState({ byUser: {} })
  givenConsent()
})

async function as(username: string, nowIso = '2026-11-20T02:00:00.000Z') {
  // The app counts the school window on the device's clock, as the backend does on its own.
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(nowIso))
  const env = freshBackend(nowIso)
  const user = await env.as(username)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } })

function fillForm() {
  const parent = screen.getByLabelText('Parent')
  const child = within(parent).getByLabelText('Child 1')
  type(within(parent).getAllByLabelText('Name')[0], 'Alice Martin')
  fireEvent.click(within(parent).getAllByRole('radio', { name: 'Female' })[0])
  type(within(parent).getByLabelText('Passport number'), '19FR48213')
  type(within(parent).getByLabelText('Employer'), 'Beihai Ocean Technology')
  type(within(parent).getByLabelText('Position'), 'Marine biologist')
  type(within(parent).getByLabelText('Phone'), '13800138000')
  type(within(parent).getByLabelText("Employer's address"), 'Beihai Avenue')
  type(within(parent).getByLabelText('Home address'), 'Yinhai District, Beihai')
  type(within(child).getByLabelText('Name'), 'Léa Martin')
  fireEvent.click(within(child).getByRole('radio', { name: 'Female' }))
  type(within(child).getByLabelText('Birth month (YYYY-MM)'), '2018-04')
  type(within(child).getByLabelText('School applied for'), 'Beihai No. 1 Primary School')
  type(within(child).getByLabelText('Grade applied for'), 'Grade 3')
}

describe('school admission', () => {
  it('outside 1-25 June says when it opens and keeps a draft on the phone', async () => {
    await as('alice') // 20 November 2026
    render(<SchoolPage />)
    expect(await screen.findByText('Applications open on 2027-06-01, in 193 days. You can prepare a draft now: it is kept on this phone.')).toBeInTheDocument()
    expect(screen.getByText('The S&T bureau forwards applications to the education office by 2027-07-05.')).toBeInTheDocument()
    await screen.findByLabelText('Parent')
    fillForm()
    fireEvent.click(screen.getByRole('button', { name: 'Add a child' }))
    expect(screen.getByLabelText('Child 2')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Remove child 2' }))
    expect(screen.queryByLabelText('Child 2')).toBeNull()
    expect(screen.getByRole('button', { name: 'Submitting opens on 2027-06-01' })).toHaveAttribute('aria-disabled', 'true')
    const stored = Taro.getStorageSync(SCHOOL_DRAFT_STORAGE_KEY) as string
    // Sealed at rest: nothing the parent typed is readable in storage.
    expect(stored).not.toContain('Martin')
    const saved = JSON.parse(openFromStorage(stored)) as {
      version: number
      state: { byUser: Record<string, { children: { name: string }[] }> }
    }
    expect(saved.version).toBe(1)
    expect(saved.state.byUser['u-alice'].children[0].name).toBe('Léa Martin')
  })

  it('inside the window files the form, then HR gives the opinion and it goes to the S&T bureau', async () => {
    const env = await as('alice', '2026-06-10T02:00:00.000Z')
    const { unmount } = render(<SchoolPage />)
    expect(await screen.findByText('Applications are open until 2026-06-25 (16 days left).')).toBeInTheDocument()
    await screen.findByLabelText('Parent')
    fireEvent.click(screen.getByRole('button', { name: 'Submit to my employer and the S&T bureau' }))
    expect(await screen.findByText('Please complete the highlighted fields.')).toBeInTheDocument()
    expect(env.backend.state.schoolApplications).toHaveLength(0)

    fillForm()
    fireEvent.click(screen.getByRole('button', { name: 'Submit to my employer and the S&T bureau' }))
    expect(await screen.findByText('Application filed. Your employer now gives its opinion.')).toBeInTheDocument()
    const status = await screen.findByLabelText('My application for 2026')
    expect(within(status).getByText("Waiting for your employer's opinion")).toBeInTheDocument()
    expect(env.backend.state.schoolApplications[0]).toMatchObject({ status: 'awaiting_employer', passportNumber: '19FR48213' })
    unmount()

    // HR of the same employer sees it on the same page and gives the opinion.
    const hr = await env.as('hr.beihai')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    render(<SchoolPage />)
    const application = await screen.findByLabelText('Alice Martin')
    expect(within(application).getByText('19*****13 · 13800138000')).toBeInTheDocument()
    fireEvent.click(within(application).getByRole('button', { name: 'Do not support' }))
    expect(await within(application).findByText('Say why the employer does not support it.')).toBeInTheDocument()
    fireEvent.click(within(application).getByRole('button', { name: 'Support and submit to the S&T bureau' }))
    expect(await screen.findByText('Opinion recorded.')).toBeInTheDocument()
    await waitFor(() => expect(env.backend.state.schoolApplications[0].status).toBe('submitted'))
    await act(async () => undefined)
    expect(await within(screen.getByLabelText('Alice Martin')).findByText('With the S&T bureau')).toBeInTheDocument()
  })
})
