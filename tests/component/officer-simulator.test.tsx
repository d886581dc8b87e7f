/** The officer simulator speaks plainly: matter names and states in words, Beijing time; its actions say once what happened. */
import { fireEvent, render, screen, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import OfficerPage from '@/packages/dev/pages/officer/index'
import { History } from '@/features/cases/components/History'
import { useSession } from '@/stores/session'
import { setClock, REAL_TIME } from '@/domain/time/now'
import { freshBackend } from '../support/backend'

const NOW = '2026-11-20T02:00:00.000Z'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(NOW))
  setClock(REAL_TIME)
})
afterEach(() => jest.restoreAllMocks())

async function openSimulator() {
  const env = freshBackend(NOW)
  const hr = await env.as('hr.gansu')
  useSession.setState({ token: 'x', user: hr, expiresAt: null })
  render(<OfficerPage />)
  const john = await screen.findByRole('group', { name: /^John Smith GS-2026-\d{6}$/ })
  return { env, john }
}

describe('officer simulator', () => {
  it('shows states in words and the clock in Beijing time, never raw states or UTC', async () => {
    const { john } = await openSimulator()
    expect(await screen.findByText('Now: 2026-11-20 10:00 (Beijing time) · real time', { exact: false })).toBeInTheDocument()
    expect(within(john).getByText(/^John Smith · GS-2026-\d{6} · Gansu Province$/)).toBeInTheDocument()
    const lines = within(john).getAllByTestId(/^state-case-gs-2-/)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).toHaveTextContent(/: In pre-review$/)
      expect(line.textContent).not.toMatch(/pre_review|gs-[a-z-]+:/)
    }
  })

  it('says through which channel a message would have gone in words', async () => {
    const { john } = await openSimulator()
    fireEvent.click(within(john).getByRole('button', { name: 'Accept (on-site step done)' }))
    expect((await screen.findAllByText(/^\d{4}-\d\d-\d\d \d\d:\d\d · WeChat message · /)).length).toBeGreaterThan(0)
    expect(screen.queryByText(/wechat_subscribe/)).not.toBeInTheDocument()
  })

  it('records an action once: the history says "Accepted" without repeating the button’s words', async () => {
    const { env, john } = await openSimulator()
    fireEvent.click(within(john).getByRole('button', { name: 'Accept (on-site step done)' }))
    await within(john).findAllByText(/: Accepted \(in-person step done\)$/)
    const c = env.backend.state.cases.find((k) => k.id === 'case-gs-2')!
    const accepted = c.timeline.filter((e) => e.to === 'accepted')
    expect(accepted.length).toBeGreaterThan(0)
    expect(accepted.every((e) => e.note === null)).toBe(true)

    render(<History timeline={c.timeline} regionId={c.regionId} matterCount={c.matters.length} />)
    const entry = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('Accepted (in-person step done)'))!
    expect(entry).not.toHaveTextContent('Accept (on-site step done)')
  })
})
