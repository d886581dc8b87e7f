/**
 * Office appointments through the mock backend's public handle(), as the HTTP client would call them,
 * plus the pure slot generator the seed and the app share.
 */
import { MockBackend } from '@mock/backend'
import { regionCores } from '@mock/node/regionsFromDisk'
import { handlers } from '@mock/handlers'
import type { MockResponse } from '@mock/http'
import { appointmentHandlers, officeSlots, SLOT_CAPACITY } from '@mock/appointments'
import type { Appointment, Case, Slot } from '@/api/contract'

// Until mock/handlers.ts spreads appointmentHandlers into its table, fill the missing routes; a no-op after.
for (const [name, handler] of Object.entries(appointmentHandlers)) {
  const table = handlers as unknown as Record<string, unknown>
  if (!table[name]) table[name] = handler
}

/** Wednesday 10 June 2026, 10:00 in Beijing. */
const SEED_NOW = Date.parse('2026-06-10T02:00:00Z')
const OFFICE = 'bh-talent-window' // Mon-Fri 08:30-12:00 and 15:00-18:00
const CASE = 'case-bh-1' // Ken's Beihai case, in review
const MORNING = ['08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30']
const AFTERNOON = ['15:00', '15:30', '16:00', '16:30', '17:00', '17:30']

let keySeq = 0
const newKey = (): string => `appt-key-${++keySeq}-${Date.now()}`

class Client {
  private token: string | null = null
  constructor(readonly backend: MockBackend) {}

  call(method: string, path: string, opts: { body?: unknown; query?: Record<string, unknown>; key?: string } = {}): MockResponse {
    const headers: Record<string, string | undefined> = {}
    if (this.token) headers.Authorization = `Bearer ${this.token}`
    if (opts.key) headers['Idempotency-Key'] = opts.key
    return this.backend.handle({ method, path, query: opts.query, body: opts.body, headers })
  }

  signIn(username: string): this {
    const res = this.call('POST', '/session', { body: { username, password: 'demo1234' } })
    expect(res.status).toBe(200)
    this.token = (res.data as { token: string }).token
    return this
  }
}

/** A fresh backend; with `now`, the mock clock is set there first (sessions then start at that time). */
function world(now?: string): { backend: MockBackend; as: (username: string) => Client } {
  const backend = new MockBackend({ regions: regionCores, realNow: () => SEED_NOW })
  if (now) expect(new Client(backend).call('POST', '/dev/clock', { body: { now } }).status).toBe(200)
  return { backend, as: (username) => new Client(backend).signIn(username) }
}

const office = (id: string) => regionCores.flatMap((r) => r.offices).find((o) => o.id === id)!
const starts = (slots: Slot[]): string[] => slots.map((s) => s.start)

function slotsFor(client: Client, query: Record<string, unknown>, officeId = OFFICE): Slot[] {
  const res = client.call('GET', `/offices/${officeId}/slots`, { query })
  expect(res.status).toBe(200)
  return (res.data as { slots: Slot[] }).slots
}

function book(client: Client, date: string, start: string, opts: { caseId?: string; officeId?: string; key?: string } = {}): MockResponse {
  return client.call('POST', `/cases/${opts.caseId ?? CASE}/appointment`, {
    body: { officeId: opts.officeId ?? OFFICE, date, start, purpose: 'on_site_check' },
    key: opts.key ?? newKey()
  })
}

const errorCode = (res: MockResponse): string => (res.data as { error: { code: string } }).error.code

describe('officeSlots (pure)', () => {
  it('cuts the periods into 30-minute slots and skips the lunch break', () => {
    const slots = officeSlots(office(OFFICE), '2026-06-11', SLOT_CAPACITY)
    expect(starts(slots)).toEqual([...MORNING, ...AFTERNOON])
    expect(slots.find((s) => s.start === '11:30')?.end).toBe('12:00')
    expect(slots.at(-1)?.end).toBe('18:00')
    expect(slots.every((s) => s.capacity === 3 && s.booked === 0 && s.officeId === OFFICE && s.date === '2026-06-11')).toBe(true)
  })

  it('offers nothing on public holidays and weekends, adjusted working weekends included (Beihai: Monday to Friday)', () => {
    expect(officeSlots(office(OFFICE), '2026-10-01', 3)).toEqual([]) // National Day
    expect(officeSlots(office(OFFICE), '2026-06-19', 3)).toEqual([]) // Dragon Boat Festival, a Friday
    expect(officeSlots(office(OFFICE), '2026-06-13', 3)).toEqual([]) // Saturday
    // A Saturday made a working day: the document opens the window Monday to Friday only, so no slots.
    expect(officeSlots(office(OFFICE), '2026-10-10', 3)).toEqual([])
    expect(officeSlots({ ...office(OFFICE), hours: { ...office(OFFICE).hours!, openOnAdjustedWorkingDays: true } }, '2026-10-10', 3)).toHaveLength(13)
  })

  it('drops a remainder shorter than a slot, and offers nothing without hours', () => {
    const short = { id: 'x', hours: { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:00', to: '09:15' }] } }
    expect(starts(officeSlots(short, '2026-06-11', 1))).toEqual(['08:00', '08:30'])
    expect(officeSlots(office('bh-people-theatre'), '2026-06-11', 3)).toEqual([])
  })
})

describe('GET /offices/:officeId/slots', () => {
  it("gives a date's slots without the lunch break, with counts", () => {
    const { as } = world()
    const slots = slotsFor(as('ken'), { date: '2026-06-11' })
    expect(starts(slots)).toEqual([...MORNING, ...AFTERNOON])
    expect(starts(slots).some((s) => s >= '12:00' && s < '15:00')).toBe(false)
    expect(slots.every((s) => s.booked === 0 && s.capacity === 3)).toBe(true)
  })

  it('has no slots on a public holiday', () => {
    const { as } = world('2026-09-28T00:45:00Z')
    expect(slotsFor(as('ken'), { date: '2026-10-01' })).toEqual([])
  })

  it('offers the next 10 service days, skipping the National Day week, from the next slot not yet started', () => {
    const { as } = world('2026-09-28T00:45:00Z') // Monday 08:45 Beijing
    const slots = slotsFor(as('ken'), {})
    const dates = [...new Set(slots.map((s) => s.date))]
    expect(dates).toEqual([
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-12',
      '2026-10-13',
      '2026-10-14',
      '2026-10-15',
      '2026-10-16'
    ])
    expect(slots[0]).toMatchObject({ date: '2026-09-28', start: '09:00' })
  })

  it('answers 404 for an unknown office and 422 for a malformed date', () => {
    const { as } = world()
    const ken = as('ken')
    expect(ken.call('GET', '/offices/nowhere/slots').status).toBe(404)
    expect(ken.call('GET', `/offices/${OFFICE}/slots`, { query: { date: '2026-02-30' } }).status).toBe(422)
  })
})

describe('booking an appointment', () => {
  it('books a slot for the case, shows it on the case and tells both parties', () => {
    const { backend, as } = world()
    const ken = as('ken')
    const res = book(ken, '2026-06-11', '09:00')
    expect(res.status).toBe(201)
    const appointment = res.data as Appointment
    expect(appointment).toMatchObject({
      caseId: CASE,
      officeId: OFFICE,
      date: '2026-06-11',
      start: '09:00',
      end: '09:30',
      purpose: 'on_site_check',
      status: 'booked'
    })

    expect((ken.call('GET', `/cases/${CASE}`).data as Case).appointment).toEqual(appointment)
    expect(slotsFor(ken, { date: '2026-06-11' }).find((s) => s.start === '09:00')?.booked).toBe(1)
    expect(backend.state.appointments).toHaveLength(1)

    for (const username of ['ken', 'hr.beihai']) {
      const notes = as(username).call('GET', '/notifications').data as { items: { kind: string; caseId: string | null }[] }
      expect(notes.items.some((n) => n.kind === 'appointment' && n.caseId === CASE)).toBe(true)
    }
  })

  it('enforces the capacity of 3 per slot', () => {
    const { backend, as } = world()
    // Three other cases already hold 10:30 on 11 June.
    for (const other of ['case-x-1', 'case-x-2', 'case-x-3']) {
      backend.state.appointments.push({
        id: `ap-${other}`,
        caseId: other,
        officeId: OFFICE,
        date: '2026-06-11',
        start: '10:30',
        end: '11:00',
        purpose: 'on_site_check',
        status: 'booked'
      })
    }
    const hr = as('hr.beihai')
    expect(slotsFor(hr, { date: '2026-06-11' }).find((s) => s.start === '10:30')).toMatchObject({ booked: 3, capacity: 3 })
    const full = book(hr, '2026-06-11', '10:30')
    expect(full.status).toBe(409)
    expect(errorCode(full)).toBe('conflict')

    // A cancelled one frees a place.
    backend.state.appointments[0].status = 'cancelled'
    expect(book(hr, '2026-06-11', '10:30').status).toBe(201)
  })

  it('replaces the earlier booking when the case books again', () => {
    const { backend, as } = world()
    const ken = as('ken')
    const first = book(ken, '2026-06-11', '09:00').data as Appointment
    const second = book(ken, '2026-06-12', '15:30').data as Appointment
    expect(second.id).not.toBe(first.id)

    expect(backend.state.appointments.find((a) => a.id === first.id)?.status).toBe('cancelled')
    expect(backend.state.appointments.filter((a) => a.caseId === CASE && a.status === 'booked')).toEqual([second])
    expect((ken.call('GET', `/cases/${CASE}`).data as Case).appointment).toEqual(second)
    expect(slotsFor(ken, { date: '2026-06-11' }).find((s) => s.start === '09:00')?.booked).toBe(0)
  })

  it("does not count the case's own booking against the slot it moves to", () => {
    const { backend, as } = world()
    for (const other of ['case-x-1', 'case-x-2']) {
      backend.state.appointments.push({
        id: `ap-${other}`,
        caseId: other,
        officeId: OFFICE,
        date: '2026-06-11',
        start: '09:00',
        end: '09:30',
        purpose: 'on_site_check',
        status: 'booked'
      })
    }
    const ken = as('ken')
    expect(book(ken, '2026-06-11', '09:00').status).toBe(201) // 3 of 3
    const again = ken.call('POST', `/cases/${CASE}/appointment`, {
      body: { officeId: OFFICE, date: '2026-06-11', start: '09:00', purpose: 'residence_interview' },
      key: newKey()
    })
    expect(again.status).toBe(201)
    expect(again.data).toMatchObject({ purpose: 'residence_interview', status: 'booked' })
  })

  it('answers a retry with the same Idempotency-Key with the first appointment, booked once', () => {
    const { backend, as } = world()
    const ken = as('ken')
    const key = newKey()
    const first = book(ken, '2026-06-11', '09:00', { key })
    const retry = book(ken, '2026-06-11', '09:00', { key })
    expect(retry.data).toEqual(first.data)
    expect(backend.state.appointments).toHaveLength(1)
  })

  it('refuses times the office does not offer: lunch, a holiday, a past slot', () => {
    const { as } = world()
    const ken = as('ken')
    expect(book(ken, '2026-06-11', '12:30').status).toBe(422)
    expect(book(ken, '2026-06-19', '09:00').status).toBe(422) // Dragon Boat Festival
    expect(book(ken, '2026-06-11', '09:10').status).toBe(422) // not a slot boundary
    expect(book(ken, '2026-06-10', '08:30').status).toBe(409) // today, already started
    expect(book(ken, '2026-06-10', '10:30').status).toBe(201) // today, later
  })

  it("refuses a case the user cannot see, a case out of the review stages, and another region's office", () => {
    const { as } = world()
    expect(book(as('hr.gansu'), '2026-06-11', '09:00').status).toBe(404)
    expect(book(as('alice'), '2026-06-11', '09:00', { caseId: 'case-bh-3' }).status).toBe(409) // issued already
    expect(book(as('ken'), '2026-06-11', '09:00', { officeId: 'gs-office-service-window' }).status).toBe(422)
  })
})

describe('cancelling an appointment', () => {
  it('cancels the booked appointment and clears it from the case, once', () => {
    const { backend, as } = world()
    const hr = as('hr.beihai')
    const appointment = book(hr, '2026-06-11', '09:00').data as Appointment
    const res = hr.call('DELETE', `/cases/${CASE}/appointment`)
    expect(res.status).toBe(200)
    expect(res.data).toEqual({ ok: true })
    expect(backend.state.appointments.find((a) => a.id === appointment.id)?.status).toBe('cancelled')
    expect((hr.call('GET', `/cases/${CASE}`).data as Case).appointment).toBeNull()
    expect(slotsFor(hr, { date: '2026-06-11' }).find((s) => s.start === '09:00')?.booked).toBe(0)
    expect(hr.call('DELETE', `/cases/${CASE}/appointment`).status).toBe(409)
  })
})
