import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import type { CaseSummary } from '@/api'
import { Dashboard } from '@/features/cases/screens/Dashboard'
import { CaseTable } from '@/features/cases/components/CaseTable'
import { CaseListView } from '@/features/cases/screens/CaseListView'
import { visibleRange } from '@/features/cases/components/VirtualList'
import { buildCaseRows, filterCaseRows, NO_FILTERS } from '@/features/cases/dashboard'
import { addDays } from '@/domain/time/beijing'
import { useSession } from '@/stores/session'
import { navigation } from '../doubles/taro'
import { freshBackend } from '../support/backend'

const NOW = '2026-11-20T02:00:00.000Z'
const TODAY = '2026-11-20'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(NOW))
})
afterEach(() => jest.restoreAllMocks())

async function signIn(username: string) {
  const env = freshBackend(NOW)
  const user = await env.as(username)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

/** The Gansu employer's seeded cases, copied (new ids and names) until it has `total` in the backend. */
function growGansuEmployer(env: ReturnType<typeof freshBackend>, total: number) {
  const template = env.backend.state.cases.filter((c) => c.employerId === 'emp-gs')
  for (let n = 0; template.length + n < total; n++) {
    const c = template[n % template.length]
    env.backend.state.cases.push({ ...c, id: `${c.id}-x${n}`, reference: `GS-2026-${String(900_000 + n).padStart(6, '0')}`, applicantName: `${c.applicantName} ${n}` })
  }
}

const STATES = ['pre_review', 'in_review', 'supplement_requested', 'approved', 'issued', 'rejected'] as const
const STATUS_OF = {
  pre_review: 'in_progress',
  in_review: 'in_progress',
  supplement_requested: 'action_needed',
  approved: 'ready_for_pickup',
  issued: 'issued',
  rejected: 'rejected'
} as const

/** n plain case summaries, as cases.list would return them. */
function generated(n: number): CaseSummary[] {
  return Array.from({ length: n }, (_, i) => {
    const state = STATES[i % STATES.length]
    const accepted = state !== 'pre_review'
    return {
      id: `case-gen-${i}`,
      reference: `GS-2026-${String(i + 1).padStart(6, '0')}`,
      kind: 'bundle',
      regionId: 'gansu',
      bundleId: 'gs-one-thing-2025',
      employerId: 'emp-gs',
      employeeId: `e-${i % 400}`,
      applicantName: `Employee ${i}`,
      status: STATUS_OF[state],
      matters: [
        {
          matterId: 'gs-work-permit',
          kind: 'work_permit',
          action: 'issue',
          state,
          decidedAt: ['approved', 'issued', 'rejected'].includes(state) ? `${addDays(TODAY, -2)}T02:00:00.000Z` : null,
          reasons: [],
          documentNumber: null
        },
        {
          matterId: 'gs-residence-permit',
          kind: 'residence_permit',
          action: 'issue',
          state,
          decidedAt: ['approved', 'issued', 'rejected'].includes(state) ? `${addDays(TODAY, -2)}T02:00:00.000Z` : null,
          reasons: [],
          documentNumber: null
        }
      ],
      submittedAt: `${addDays(TODAY, -40)}T02:00:00.000Z`,
      acceptedOn: accepted ? addDays(TODAY, -(i % 35)) : null,
      pauses: state === 'supplement_requested' ? [{ requestedOn: addDays(TODAY, -1), resubmittedOn: null }] : [],
      updatedAt: `${addDays(TODAY, -(i % 30))}T02:00:00.000Z`
    }
  })
}

describe('HR dashboard', () => {
  it('lists cases and employees; a permit near expiry offers "extend"', async () => {
    await signIn('hr.beihai')
    render(<Dashboard />)
    expect(await screen.findByRole('heading', { name: /^Cases \(4 of 4\)$/ })).toBeInTheDocument()
    const employees = screen.getByRole('list', { name: /^Employees/ })
    expect(within(employees).getByText(/Sara Lindqvist · SWE/)).toBeInTheDocument()
    expect(within(employees).getAllByRole('button', { name: 'Extend' })).toHaveLength(2) // Sara (25 days), Alice (75 days)
    fireEvent.click(within(employees).getAllByRole('button', { name: 'Extend' })[0])
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/apply/pages/start/index?kind=permit_extension&employeeId=e-sara' })
  })

  it('filters by expiry window, status, needs action and search', async () => {
    const env = await signIn('hr.beihai')
    render(<Dashboard />)
    await screen.findByRole('heading', { name: /^Cases \(4 of 4\)$/ })
    fireEvent.click(screen.getByRole('radio', { name: 'within 30 days' }))
    expect(screen.getByRole('heading', { name: 'Employees (1)' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /^Cases \(1 of 4\)$/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^Sara Lindqvist/ })).toBeInTheDocument()

    fireEvent.click(screen.getByRole('radio', { name: 'Any time' }))
    fireEvent.click(screen.getByRole('radio', { name: 'Rejected' }))
    expect(screen.getByRole('heading', { name: /^Cases \(2 of 4\)$/ })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('radio', { name: 'All' }))

    fireEvent.click(screen.getByRole('checkbox', { name: 'Needs action' }))
    // Ken's rejected certification is inside its review window (beihai-2023 art. 13): the employer must decide.
    expect(screen.getByRole('link', { name: /^Ken Tanaka.*Appeal or accept the decision/ })).toBeInTheDocument()
    // Sara's rejected work-permit extension has no appeal in the documents: nothing for the employer to do.
    expect(screen.queryByRole('link', { name: /^Sara Lindqvist/ })).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Needs action' }))

    fireEvent.change(screen.getByLabelText('Search by name or case number'), { target: { value: 'ken' } })
    expect(screen.getByRole('heading', { name: /^Cases \(2 of 4\)$/ })).toBeInTheDocument() // the bundle and the certification
    // By the reference people read (BH-2026-000001), not the internal id.
    const reference = env.backend.state.cases.find((c) => c.id === 'case-bh-1')!.reference
    expect(reference).toMatch(/^BH-2026-\d{6}$/)
    fireEvent.change(screen.getByLabelText('Search by name or case number'), { target: { value: reference.toLowerCase() } })
    expect(screen.getByRole('heading', { name: /^Cases \(1 of 4\)$/ })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('link', { name: /^Ken Tanaka/ }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/cases/pages/detail/index?id=case-bh-1' })
  })

  it('filters overdue cases', async () => {
    await signIn('hr.gansu')
    render(<Dashboard />)
    await screen.findByRole('heading', { name: /^Cases \(\d+ of 4\)$/ })
    fireEvent.click(screen.getByRole('checkbox', { name: 'Overdue' }))
    // Ivan's case: accepted 27 days ago, 15 working days promised.
    expect(screen.getByRole('heading', { name: /^Cases \(1 of 4\)$/ })).toBeInTheDocument()
    const ivan = screen.getByRole('link', { name: /^Ivan Petrov.*Overdue/ })
    // Said as how late it is, not as "0 working days left".
    expect(ivan).toHaveAccessibleName(/was due \d{4}-\d\d-\d\d: \d+ working days? overdue/)
    expect(ivan).not.toHaveAccessibleName(/working days? left/)
  })

  it('shows the first screen from the first page, then loads the rest page by page, once each', async () => {
    const env = await signIn('hr.gansu')
    growGansuEmployer(env, 600)
    const call = jest.spyOn(env.client, 'call')
    render(<Dashboard />)
    // The first page (15) is on screen while the rest loads; the counts say they cover what is loaded.
    expect(await screen.findByRole('heading', { name: /^Cases \(15 of 15\)$/ })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading cases: (15|265|515) of 600\. Filters and counts cover the loaded ones\.$/)
    expect(await screen.findByRole('heading', { name: /^Cases \(600 of 600\)$/ })).toBeInTheDocument()
    expect(screen.queryByRole('status')).toBeNull()
    const pages = call.mock.calls.filter(([name]) => name === 'cases.list').map(([, options]) => (options as { query: unknown }).query)
    expect(pages).toEqual([
      { offset: 0, limit: 15 },
      { offset: 15, limit: 250 },
      { offset: 265, limit: 250 },
      { offset: 515, limit: 250 }
    ])
    // Filters work on the whole list once it is in.
    fireEvent.change(screen.getByLabelText('Search by name or case number'), { target: { value: 'ivan petrov 59' } })
    expect(screen.getByRole('heading', { name: /^Cases \(\d+ of 600\)$/ }).textContent).toMatch(/^Cases \((1[0-9]|[1-9]) of 600\)$/)
  })

  it('keeps the loaded pages when a later page fails, and Retry goes on from there', async () => {
    const env = await signIn('hr.gansu')
    growGansuEmployer(env, 300)
    const realCall = env.client.call.bind(env.client)
    let failNext = true
    jest.spyOn(env.client, 'call').mockImplementation(((name: string, options?: { query?: { offset?: number } }) => {
      if (name === 'cases.list' && options?.query?.offset === 15 && failNext) {
        failNext = false
        env.backend.state.faults = { ...env.backend.state.faults, offline: true }
        const failing = realCall(name as 'cases.list', options as never)
        env.backend.state.faults = { ...env.backend.state.faults, offline: false }
        return failing
      }
      return realCall(name as 'cases.list', options as never)
    }) as typeof env.client.call)
    render(<Dashboard />)
    expect(await screen.findByRole('button', { name: /Retry|Try again/ })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /^Cases \(15 of 15\)$/ })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: /Retry|Try again/ }))
    expect(await screen.findByRole('heading', { name: /^Cases \(300 of 300\)$/ })).toBeInTheDocument()
  })

  it('is for HR only', async () => {
    await signIn('alice')
    render(<Dashboard />)
    expect(screen.getByText(/This dashboard is for employer HR staff/)).toBeInTheDocument()
  })
})

describe('the case list with 5,000 cases', () => {
  it('renders only the rows in view', () => {
    const rows = buildCaseRows(generated(5000), [], TODAY, { title: () => 'Work and residence permits', limits: () => ({ promisedDays: 15, legalDays: 90 }) })
    render(<CaseTable rows={rows} height={560} />)
    const list = screen.getByRole('list', { name: '5000 cases' })
    const rendered = within(list).getAllByRole('link')
    expect(rendered.length).toBeGreaterThan(3)
    expect(rendered.length).toBeLessThan(20)
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '5000')
  })

  it('draws the rows again in the other language when it changes (rows are memoised; the list translates for them)', () => {
    const rows = buildCaseRows(generated(50), [], TODAY, { title: () => 'Work and residence permits', limits: () => ({ promisedDays: 15, legalDays: 90 }) })
    render(<CaseTable rows={rows} height={560} />)
    const list = screen.getByRole('list', { name: '50 cases' })
    expect(within(list).getAllByText('In progress').length).toBeGreaterThan(0)
    act(() => setLanguage('zh-CN'))
    expect(within(list).queryAllByText('In progress')).toHaveLength(0)
    expect(within(list).getAllByText('办理中').length).toBeGreaterThan(0)
  })

  it('builds and filters 5,000 rows quickly', () => {
    const cases = generated(5000)
    const start = performance.now()
    const rows = buildCaseRows(cases, [], TODAY, { title: () => 'Bundle', limits: () => ({ promisedDays: 15, legalDays: 90 }) })
    const overdue = filterCaseRows(rows, { ...NO_FILTERS, overdue: true })
    const searched = filterCaseRows(rows, { ...NO_FILTERS, q: 'employee 4999' })
    const elapsed = performance.now() - start
    expect(rows).toHaveLength(5000)
    expect(overdue.length).toBeGreaterThan(0)
    expect(overdue.every((r) => r.overdue)).toBe(true)
    expect(searched.map((r) => r.id)).toEqual(['case-gen-4999'])
    expect(elapsed).toBeLessThan(3000)
  })

  it('windows by scroll position', () => {
    expect(visibleRange(0, 560, 96, 5000, 4)).toEqual({ start: 0, end: 11 })
    expect(visibleRange(96 * 1000, 560, 96, 5000, 4)).toEqual({ start: 996, end: 1011 })
    expect(visibleRange(96 * 6000, 560, 96, 5000, 4)).toEqual({ start: 4995, end: 5000 })
    expect(visibleRange(0, 560, 96, 0)).toEqual({ start: 0, end: 0 })
  })
})

describe('my applications', () => {
  it("shows an applicant's own cases, each opening its detail", async () => {
    await signIn('omar')
    render(<CaseListView />)
    const link = await screen.findByRole('link', { name: /^Omar Haddad/ })
    expect(screen.getAllByRole('link', { name: /^(?!Inbox)/ }).filter((l) => l.className.includes('cases-row'))).toHaveLength(1)
    fireEvent.click(link)
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/cases/pages/detail/index?id=case-gs-1' })
  })
})
