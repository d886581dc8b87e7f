import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import HospitalPage from '@/packages/perks/pages/hospital/index'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { platformCalls } from '../doubles/taro'
import { freshBackend } from '../support/backend'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useSettings.setState({ regionId: null })
})

async function asAlice() {
  const env = freshBackend()
  const user = await env.as('alice')
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

describe('hospital green channel', () => {
  it('keeps the 24-hour medical duty office one tap away', async () => {
    await asAlice()
    render(<HospitalPage />)
    expect(screen.getByText("Emergency? Call the hospital's 24-hour medical duty office (医疗总值班)")).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Call 13877950830 now' }))
    await waitFor(() => expect(platformCalls).toContainEqual({ api: 'makePhoneCall', args: { phoneNumber: '13877950830' } }))
    expect(screen.getByText('Your valid passport and your talent certificate (on this phone or printed).')).toBeInTheDocument()
  })

  it('gives the document’s route first (book by phone on 0779-2038430), the English summary on discharge, and labels in-app times demo', async () => {
    await asAlice()
    render(<HospitalPage />)
    expect(screen.getByText(/Call the outpatient booking line 0779-2038430/)).toBeInTheDocument()
    fireEvent.click(screen.getAllByRole('button', { name: 'Call 0779-2038430' })[0])
    await waitFor(() => expect(platformCalls).toContainEqual({ api: 'makePhoneCall', args: { phoneNumber: '0779-2038430' } }))
    expect(screen.getByText(/When you are discharged, you can ask for an English summary/)).toBeInTheDocument()
    expect(screen.getByText(/Demo data: the departments, times and places below are examples/)).toBeInTheDocument()
    // No tick box for the discharge summary at booking.
    await screen.findByRole('radio', { name: 'Internal medicine' })
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('books a time in the app, refuses a double booking, reschedules and cancels', async () => {
    const env = await asAlice()
    render(<HospitalPage />)
    await screen.findByRole('radio', { name: 'Internal medicine' })
    fireEvent.click(await screen.findByRole('button', { name: 'Book 08:30' }))
    expect(await screen.findByText(/Booked. The triage nurse/)).toBeInTheDocument()
    expect(env.backend.state.hospitalBookings[0]).toMatchObject({ departmentId: 'dep-im', start: '08:30', englishDischargeSummary: false })
    const visit = await screen.findByLabelText(/Internal medicine, .* at 08:30/)

    // A second visit in the same department on the same day: the backend refuses, and the app says why.
    fireEvent.click(screen.getByRole('button', { name: 'Book 10:00' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('You already have a visit in this department on that day.')
    expect(env.backend.state.hospitalBookings).toHaveLength(1)

    fireEvent.click(within(visit).getByRole('button', { name: 'Reschedule' }))
    fireEvent.click(screen.getByRole('button', { name: 'Move to 15:00' }))
    expect(await screen.findByText('Visit moved.')).toBeInTheDocument()
    expect(env.backend.state.hospitalBookings[0].start).toBe('15:00')

    fireEvent.click(within(await screen.findByLabelText(/Internal medicine, .* at 15:00/)).getByRole('button', { name: 'Cancel visit' }))
    expect(await screen.findByText('Visit cancelled.')).toBeInTheDocument()
    expect(env.backend.state.hospitalBookings[0].status).toBe('cancelled')
  })

  it('a visit whose answer was lost is booked once: tapping Book again gets the first booking back', async () => {
    const env = await asAlice()
    render(<HospitalPage />)
    await screen.findByRole('radio', { name: 'Internal medicine' })
    const book = await screen.findByRole('button', { name: 'Book 08:30' })
    // The booking is made, but every answer (the client's own retries too) is lost on the way back.
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    fireEvent.click(book)
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('The server is taking too long')
    expect(env.backend.state.hospitalBookings).toHaveLength(1)

    // Back to normal: the same tap is answered with the visit already made, not refused as a second one.
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
    fireEvent.click(await screen.findByRole('button', { name: 'Book 08:30' }))
    expect(await screen.findByText(/Booked. The triage nurse/)).toBeInTheDocument()
    expect(env.backend.state.hospitalBookings).toHaveLength(1)
  }, 30_000)

  it('in English also gives the hospital’s Chinese name and address, and a large view to show a driver', async () => {
    await asAlice()
    render(<HospitalPage />)
    const inChinese = await screen.findByLabelText('In Chinese: 北海市人民医院 广西壮族自治区北海市海城区和平路83号')
    expect(inChinese).toHaveAttribute('lang', 'zh-CN')
    const show = screen.getByRole('button', { name: 'Show to a driver' })
    fireEvent.click(show)
    const card = screen.getByRole('region', { name: 'Show to a driver' })
    expect(card).toHaveTextContent('请带我到这个地址北海市人民医院广西壮族自治区北海市海城区和平路83号')
    fireEvent.click(within(card).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('region', { name: 'Show to a driver' })).not.toBeInTheDocument()
    await screen.findByRole('button', { name: 'Book 08:30' })
  })

  it('in Chinese does not repeat the Chinese address', async () => {
    setLanguage('zh-CN')
    await asAlice()
    render(<HospitalPage />)
    expect(await screen.findAllByText('广西壮族自治区北海市海城区和平路83号')).toHaveLength(1)
    expect(screen.getByRole('button', { name: '出示给司机' })).toBeInTheDocument()
    await screen.findByRole('button', { name: '预约 08:30' })
  })
})
