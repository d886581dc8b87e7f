/** One clock: the officer simulator's demo clock moves what the screens count, not only the backend. */
import { act, render, screen } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import { CaseListView } from '@/features/cases/screens/CaseListView'
import { useSession } from '@/stores/session'
import { now, setClock, REAL_TIME, today } from '@/domain/time/now'
import { DEMO_CLOCK_STORAGE_KEY, restoreDemoClock } from '@/lib/demoClock'
import { readJson } from '@/lib/storage'
import { freshBackend } from '../support/backend'
import { givenConsent } from '../support/consent'

const NOW = '2026-11-20T02:00:00.000Z'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(NOW))
  givenConsent()
  setClock(REAL_TIME)
})
afterEach(() => jest.restoreAllMocks())

describe('the demo clock', () => {
  it('turns a case on the HR list between overdue and due when the simulator moves the clock', async () => {
    const env = freshBackend(NOW)
    const hr = await env.as('hr.gansu')
    useSession.setState({ token: 'x', user: hr, expiresAt: null })
    render(<CaseListView />)
    expect(await screen.findByText('Overdue · was due 2026-11-13: 5 working days overdue')).toBeInTheDocument()

    // The device's own time does not move; only the demo backend's clock does, and the screen follows it.
    await act(() => env.client.call('dev.setClock', { body: { now: '2026-11-10T01:00:00.000Z' } }))
    expect(today()).toBe('2026-11-10')
    expect(await screen.findByText(/^due 2026-11-13 \(\d+ working days? left\)$/)).toBeInTheDocument()
    expect(screen.queryByText(/working days? overdue$/)).not.toBeInTheDocument()
  })

  it('is kept for the next start, and real time again forgets it', async () => {
    const env = freshBackend(NOW)
    await env.client.call('dev.setClock', { body: { now: '2027-01-04T00:30:00.000Z' } })
    expect(readJson(DEMO_CLOCK_STORAGE_KEY)).toEqual({ frozenAt: '2027-01-04T00:30:00.000Z', offsetMs: 0 })

    setClock(REAL_TIME)
    restoreDemoClock()
    expect(now()).toBe(Date.parse('2027-01-04T00:30:00.000Z'))

    await env.client.call('dev.setClock', { body: { now: null } })
    expect(now()).toBe(Date.parse(NOW))
    expect(readJson(DEMO_CLOCK_STORAGE_KEY)).toBeNull()
  })
})
