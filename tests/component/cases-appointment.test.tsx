import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import { AppointmentBooking } from '@/features/cases/screens/AppointmentBooking'
import { useSession } from '@/stores/session'
import { freshBackend } from '../support/backend'

const NOW = '2026-11-20T02:00:00.000Z' // Friday 10:00 in Beijing

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

describe('appointment for the in-person step', () => {
  it('shows the office hours and lunch break, books, reschedules and cancels', async () => {
    const env = await signIn('hr.beihai')
    render(<AppointmentBooking caseId='case-bh-1' />)
    expect(await screen.findByText('Open 08:30–12:00, 15:00–18:00 · lunch break 12:00–15:00')).toBeInTheDocument()
    const days = await screen.findByRole('radiogroup', { name: 'Day' })
    // Friday: the morning slots have started; the afternoon is open.
    expect(within(days).getAllByRole('radio')[0]).toHaveTextContent('2026-11-20')
    const slots = await screen.findByRole('list', { name: 'Times on 2026-11-20' })
    expect(within(slots).queryByRole('button', { name: /^09:00/ })).not.toBeInTheDocument()
    fireEvent.click(within(slots).getByRole('button', { name: '15:00–15:30 · 3 of 3 places left' }))
    expect(await screen.findByText('2026-11-20 15:00–15:30')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: '15:00–15:30 · your appointment' })).toHaveAttribute('aria-disabled', 'true')

    // Reschedule: another slot moves the appointment.
    fireEvent.click(screen.getByRole('button', { name: '16:00–16:30 · 3 of 3 places left' }))
    expect(await screen.findByText('2026-11-20 16:00–16:30')).toBeInTheDocument()
    expect(env.backend.state.appointments.filter((a) => a.status === 'booked')).toHaveLength(1)

    fireEvent.click(screen.getByRole('button', { name: 'Cancel the appointment' }))
    await waitFor(() => expect(screen.queryByText('Your appointment')).not.toBeInTheDocument())
  })

  it('shows a full slot as full, and cannot book it', async () => {
    const env = await signIn('hr.beihai')
    for (let i = 0; i < 3; i++) {
      env.backend.state.appointments.push({ id: `ap-x${i}`, caseId: `other-${i}`, officeId: 'bh-talent-window', date: '2026-11-20', start: '15:00', end: '15:30', purpose: 'on_site_check', status: 'booked' })
    }
    render(<AppointmentBooking caseId='case-bh-1' />)
    expect(await screen.findByRole('button', { name: '15:00–15:30 · full' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('says when appointments are not open for the case', async () => {
    await signIn('hr.beihai')
    render(<AppointmentBooking caseId='case-bh-3' />)
    expect(await screen.findByText(/Appointments open when the application is in pre-review/)).toBeInTheDocument()
  })
})
