/** Claim codes on screen: HR makes one on the case; the employee's own account links the case with it. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import { CaseDetail } from '@/features/cases/screens/CaseDetail'
import { CaseListView } from '@/features/cases/screens/CaseListView'
import { useSession } from '@/stores/session'
import { platformCalls, toasts } from '../doubles/taro'
import { freshBackend } from '../support/backend'
import { givenConsent } from '../support/consent'

const NOW = '2026-11-20T02:00:00.000Z'
const DAY = 24 * 3600 * 1000

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(NOW))
  givenConsent()
})
afterEach(() => jest.restoreAllMocks())

/** HR of Beihai makes a code for Sara's case (she has no account yet); returns it and the backend. */
async function codeForSara() {
  const env = freshBackend(NOW)
  await env.as('hr.beihai')
  const code = await env.client.call('cases.newClaimCode', { params: { caseId: 'case-bh-2' }, body: {} })
  env.signOut()
  return { env, code: code.code }
}

/** A first WeChat sign-in: a new applicant with no cases, signed in on screen. */
async function newWeChatApplicant(env: ReturnType<typeof freshBackend>, code = 'sara-first-login') {
  const user = await env.asWeChat(code)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return user
}

const codeInput = () => screen.getByLabelText('Claim code')
const linkButton = () => screen.getByRole('button', { name: 'Link case' })

async function enter(code: string) {
  fireEvent.change(codeInput(), { target: { value: code } })
  fireEvent.click(linkButton())
}

describe('HR: the claim code on a case', () => {
  it('makes a code on a case with no applicant account, shows it with its expiry, and copies it', async () => {
    const env = freshBackend(NOW)
    const hr = await env.as('hr.beihai')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    render(<CaseDetail caseId='case-bh-2' />)
    const panel = (await screen.findByRole('heading', { name: 'Employee’s own account' })).parentElement!
    expect(await within(panel).findByText('No claim code yet.')).toBeInTheDocument()
    fireEvent.click(within(panel).getByRole('button', { name: 'Make a claim code' }))
    const stored = await waitFor(() => {
      const record = env.backend.state.claimCodes.find((r) => r.caseId === 'case-bh-2')
      if (!record) throw new Error('no code yet')
      return record
    })
    const shown = `${stored.code.slice(0, 4)}-${stored.code.slice(4)}`
    expect(await within(panel).findByText(shown)).toBeInTheDocument()
    // Seven days from now, in Beijing time.
    expect(within(panel).getByText('Works once, until 2026-11-27 10:00 (Beijing time). A claim code is valid for 7 days.')).toBeInTheDocument()
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy code' }))
    await waitFor(() => expect(platformCalls).toContainEqual({ api: 'setClipboardData', args: { data: shown } }))
    // A new code replaces it.
    fireEvent.click(within(panel).getByRole('button', { name: 'Make a new code' }))
    await waitFor(() => expect(env.backend.state.claimCodes.filter((r) => r.caseId === 'case-bh-2')).toHaveLength(2))
    expect(stored.retiredAt).not.toBeNull()
  })

  it('says the case is already followed by the employee’s own account, and offers no code', async () => {
    const env = freshBackend(NOW)
    const hr = await env.as('hr.beihai')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    render(<CaseDetail caseId='case-bh-1' />)
    expect(await screen.findByText('The employee follows this case with their own account.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Make a claim code' })).toBeNull()
  })

  it('is not shown to the applicant', async () => {
    const env = freshBackend(NOW)
    const ken = await env.as('ken')
    useSession.setState({ token: 'x', user: ken, expiresAt: null })
    render(<CaseDetail caseId='case-bh-1' />)
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('heading', { name: 'Employee’s own account' })).toBeNull()
  })
})

describe('applicant: link a case from your employer', () => {
  it('links the case with the code as HR wrote it, and the case appears in the list', async () => {
    const { env, code } = await codeForSara()
    await newWeChatApplicant(env)
    render(<CaseListView />)
    expect(await screen.findByText('No applications yet.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Link a case from your employer' })).toBeInTheDocument()
    await enter(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`)
    expect(await screen.findByRole('status')).toHaveTextContent("Case linked: Foreigner's Work Permit")
    const list = screen.getByRole('list', { name: 'My applications' })
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1))
    expect(within(list).getByText("Foreigner's Work Permit")).toBeInTheDocument()
    expect(toasts).toContain("Case linked: Foreigner's Work Permit")
    // The account now has the case's employer and region.
    expect(useSession.getState().user).toMatchObject({ employerId: 'emp-bh', regionId: 'beihai' })
    expect(codeInput()).toHaveValue('')
  })

  it('checks the code’s shape before sending it', async () => {
    const { env } = await codeForSara()
    await newWeChatApplicant(env)
    render(<CaseListView />)
    await screen.findByText('No applications yet.')
    fireEvent.click(linkButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the claim code from your HR.')
    await enter('ABC-234')
    expect(screen.getByRole('alert')).toHaveTextContent('A claim code has 8 letters and digits.')
    await enter('ABCD-0123')
    expect(screen.getByRole('alert')).toHaveTextContent('A claim code uses the letters A–Z without I, L and O, and the digits 2–9.')
    expect(env.backend.state.claimFailures).toEqual({})
  })

  it('refuses a wrong code, in English and in Chinese', async () => {
    const { env } = await codeForSara()
    await newWeChatApplicant(env)
    render(<CaseListView />)
    await screen.findByText('No applications yet.')
    await enter('ZZZZ-ZZZZ')
    expect(await screen.findByRole('alert')).toHaveTextContent('This claim code is not right. Check it with your HR and type it again.')
    await act(async () => setLanguage('zh-CN'))
    expect(screen.getByRole('alert')).toHaveTextContent('认领码不正确，请与人事核对后重新输入。')
    expect(screen.getByText('暂无申请。', { exact: false })).toBeInTheDocument()
  })

  it('refuses an expired code and a used one, with what to do', async () => {
    const { env, code } = await codeForSara()
    await newWeChatApplicant(env)
    env.backend.state.clock = { frozenAt: new Date(Date.parse(NOW) + 8 * DAY).toISOString(), offsetMs: 0 }
    const view = render(<CaseListView />)
    await screen.findByText('No applications yet.')
    await enter(code)
    expect(await screen.findByRole('alert')).toHaveTextContent('This claim code has expired: codes are valid for 7 days. Ask your HR for a new one.')
    view.unmount()

    env.backend.state.clock = { frozenAt: null, offsetMs: 0 }
    await env.asWeChat('someone-else-first')
    await env.client.call('cases.claim', { body: { code } })
    await newWeChatApplicant(env, 'sara-first-login')
    render(<CaseListView />)
    await screen.findByText('No applications yet.')
    await enter(code)
    expect(await screen.findByRole('alert')).toHaveTextContent('This claim code has already been used. Ask your HR for a new one.')
  })

  it('keeps the code typed when the service cannot be reached, and the retry links the case', async () => {
    const { env, code } = await codeForSara()
    await newWeChatApplicant(env)
    render(<CaseListView />)
    await screen.findByText('No applications yet.')
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: true, failAfterCommit: false }
    await enter(code)
    expect(await screen.findByText('The service cannot be reached', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(codeInput()).toHaveValue(code)
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Case linked')
  })

  it('is not offered to HR', async () => {
    const env = freshBackend(NOW)
    const hr = await env.as('hr.beihai')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    render(<CaseListView />)
    await screen.findAllByRole('listitem')
    expect(screen.queryByRole('heading', { name: 'Link a case from your employer' })).toBeNull()
  })
})
