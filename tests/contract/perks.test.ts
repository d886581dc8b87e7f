/**
 * Perks through the mock backend's public handle(), as the HTTP client would call them: theatre tickets,
 * the hospital green channel and school applications.
 */
import { MockBackend } from '@mock/backend'
import { regionCores } from '@mock/node/regionsFromDisk'
import type { MockResponse } from '@mock/http'
import { discountedFen } from '@mock/perks'
import type { HospitalBooking, HospitalSlot, SchoolApplication, TheatreBooking, TheatreShow } from '@/api/contract'

/** The seed is built relative to this instant: Wednesday 10 June 2026, 10:00 in Beijing. */
const SEED_NOW = Date.parse('2026-06-10T02:00:00Z')

let keySeq = 0
const newKey = (): string => `test-key-${++keySeq}-${Date.now()}`

interface CallOptions {
  body?: unknown
  query?: Record<string, unknown>
  key?: string
}

class Client {
  private token: string | null = null
  constructor(readonly backend: MockBackend) {}

  call(method: string, path: string, opts: CallOptions = {}): MockResponse {
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

  setClock(now: string): void {
    expect(this.call('POST', '/dev/clock', { body: { now } }).status).toBe(200)
  }
}

function world(): { backend: MockBackend; as: (username: string) => Client } {
  const backend = new MockBackend({ regions: regionCores, realNow: () => SEED_NOW })
  return { backend, as: (username) => new Client(backend).signIn(username) }
}

const errorCode = (res: MockResponse): string => (res.data as { error: { code: string } }).error.code
const errorMessage = (res: MockResponse): string => (res.data as { error: { message: string } }).error.message

describe('theatre', () => {
  const showOf = (backend: MockBackend, id: string): TheatreShow => backend.state.theatreShows.find((s) => s.id === id)!

  function book(client: Client, showId: string, quantity: number, key = newKey()): MockResponse {
    return client.call('POST', '/perks/theatre/bookings', { body: { showId, quantity }, key })
  }

  it('lists shows, filtered by month', () => {
    const { as } = world()
    const alice = as('alice')
    const all = (alice.call('GET', '/perks/theatre/shows').data as { shows: TheatreShow[] }).shows
    expect(all.length).toBeGreaterThan(1)
    const june = (alice.call('GET', '/perks/theatre/shows', { query: { month: '2026-06' } }).data as { shows: TheatreShow[] }).shows
    expect(june.length).toBeGreaterThan(0)
    expect(june.every((s) => s.date.startsWith('2026-06-'))).toBe(true)
    expect(june.length).toBeLessThan(all.length)
  })

  it('charges half price in integer fen for 2 tickets and takes the seats', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const show = showOf(backend, 'show-1')
    show.listPriceFen = 12345 // odd: half is 6172.5 fen, rounded half up per ticket
    const seatsBefore = show.seatsLeft

    const res = book(alice, 'show-1', 2)
    expect(res.status).toBe(201)
    const booking = res.data as TheatreBooking
    expect(booking).toMatchObject({
      showId: 'show-1',
      quantity: 2,
      listPriceFen: 12345,
      discountedPriceFen: 6173,
      totalFen: 12346,
      status: 'booked',
      redeemedAt: null
    })
    expect(Number.isInteger(booking.totalFen)).toBe(true)
    expect(booking.code).toMatch(/^[A-Z0-9]{10}$/)
    expect(show.seatsLeft).toBe(seatsBefore - 2)

    const mine = (alice.call('GET', '/perks/theatre/bookings').data as { bookings: TheatreBooking[] }).bookings
    expect(mine.map((b) => b.id)).toEqual([booking.id])
    const notes = alice.call('GET', '/notifications').data as { items: { kind: string }[] }
    expect(notes.items.some((n) => n.kind === 'booking')).toBe(true)
  })

  it('rounds the discount half up in whole fen', () => {
    expect(discountedFen(18000, 50)).toBe(9000)
    expect(discountedFen(12345, 50)).toBe(6173)
    expect(discountedFen(12344, 50)).toBe(6172)
    expect(discountedFen(999, 30)).toBe(699) // 699.3
    expect(discountedFen(1, 50)).toBe(1) // 0.5 rounds up
  })

  it('gives each booking an unguessable code', () => {
    const { as } = world()
    const alice = as('alice')
    const a = book(alice, 'show-1', 1).data as TheatreBooking
    const b = book(alice, 'show-2', 1).data as TheatreBooking
    expect(a.code).not.toBe(b.code)
  })

  it('sets no cap on discounted tickets per show (the document sets none): only the seats left limit a booking', () => {
    const { backend, as } = world()
    const alice = as('alice')
    expect(book(alice, 'show-1', 3).status).toBe(201)
    expect(book(alice, 'show-1', 2).status).toBe(201)
    expect(backend.state.theatreBookings.map((b) => b.totalFen)).toEqual([27000, 18000])
    showOf(backend, 'show-1').seatsLeft = 4
    const tooMany = book(alice, 'show-1', 5)
    expect(tooMany.status).toBe(409)
    expect(errorCode(tooMany)).toBe('conflict')
    expect(errorMessage(tooMany)).toBe('Only 4 seats left')
  })

  it('returns the seats on cancel and frees the per-show allowance', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const show = showOf(backend, 'show-1')
    const seatsBefore = show.seatsLeft
    const booking = book(alice, 'show-1', 2).data as TheatreBooking
    expect(show.seatsLeft).toBe(seatsBefore - 2)

    const cancelled = alice.call('DELETE', `/perks/theatre/bookings/${booking.id}`)
    expect(cancelled.status).toBe(200)
    expect((cancelled.data as TheatreBooking).status).toBe('cancelled')
    expect(show.seatsLeft).toBe(seatsBefore)

    expect(alice.call('DELETE', `/perks/theatre/bookings/${booking.id}`).status).toBe(409)
    expect(book(alice, 'show-1', 2).status).toBe(201)
  })

  it('answers a retried request (same Idempotency-Key) with the same booking, booked once', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const show = showOf(backend, 'show-1')
    const seatsBefore = show.seatsLeft
    const key = newKey()
    const first = book(alice, 'show-1', 2, key)
    const retry = book(alice, 'show-1', 2, key)
    expect(first.status).toBe(201)
    expect(retry.status).toBe(201)
    expect(retry.data).toEqual(first.data)
    expect(backend.state.theatreBookings).toHaveLength(1)
    expect(show.seatsLeft).toBe(seatsBefore - 2)
  })

  it('requires an Idempotency-Key', () => {
    const { as } = world()
    const res = as('alice').call('POST', '/perks/theatre/bookings', { body: { showId: 'show-1', quantity: 1 } })
    expect(res.status).toBe(422)
  })

  it('refuses a booking without a certificate', () => {
    const { backend, as } = world()
    const res = book(as('ken'), 'show-1', 1)
    expect(res.status).toBe(403)
    expect(errorCode(res)).toBe('forbidden')
    expect(backend.state.theatreBookings).toHaveLength(0)
  })

  it('refuses a booking once the certificate has expired (Beijing date)', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const validTo = backend.state.certificates.find((c) => c.userId === 'u-alice')!.certificate.validTo
    // validTo 23:59 Beijing is still valid; one minute later (00:00 the next Beijing day) it is not.
    alice.setClock(`${validTo}T15:59:00Z`)
    alice.signIn('alice') // the session from seed time has expired by then
    const show = showOf(backend, 'show-4')
    show.date = '2026-12-31'
    expect(book(alice, 'show-4', 1).status).toBe(201)
    alice.setClock(`${validTo}T16:00:00Z`)
    expect(book(alice, 'show-4', 1).status).toBe(403)
  })

  it('refuses a revoked certificate', () => {
    const { backend, as } = world()
    const record = backend.state.certificates.find((c) => c.userId === 'u-alice')!
    record.certificate.status = 'revoked'
    expect(book(as('alice'), 'show-1', 1).status).toBe(403)
  })

  it("hides another holder's booking", () => {
    const { as } = world()
    const booking = book(as('alice'), 'show-1', 1).data as TheatreBooking
    expect(as('ken').call('DELETE', `/perks/theatre/bookings/${booking.id}`).status).toBe(404)
  })

  it('refuses a show that has started, and an unknown show', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const show = showOf(backend, 'show-1')
    alice.setClock(`${show.date}T11:30:00Z`) // 19:30 Beijing
    expect(book(alice, 'show-1', 1).status).toBe(409)
    expect(book(alice, 'show-none', 1).status).toBe(404)
  })
})

describe('hospital green channel', () => {
  function slotsOf(client: Client, departmentId: string, query: Record<string, unknown> = {}): HospitalSlot[] {
    const res = client.call('GET', `/perks/hospital/departments/${departmentId}/slots`, { query })
    expect(res.status).toBe(200)
    return (res.data as { slots: HospitalSlot[] }).slots
  }
  const book = (client: Client, slotId: string, key = newKey()): MockResponse => client.call('POST', '/perks/hospital/bookings', { body: { slotId }, key })
  const slotState = (backend: MockBackend, id: string): HospitalSlot => backend.state.hospitalSlots.find((s) => s.id === id)!

  it('lists departments and filters slots by date and range', () => {
    const { as } = world()
    const alice = as('alice')
    const departments = (alice.call('GET', '/perks/hospital/departments').data as { departments: { id: string }[] }).departments
    expect(departments.map((d) => d.id)).toContain('dep-im')
    const day = slotsOf(alice, 'dep-im', { date: '2026-06-11' })
    expect(day.length).toBeGreaterThan(0)
    expect(day.every((s) => s.date === '2026-06-11' && s.departmentId === 'dep-im')).toBe(true)
    const range = slotsOf(alice, 'dep-im', { from: '2026-06-11', to: '2026-06-12' })
    expect(new Set(range.map((s) => s.date))).toEqual(new Set(['2026-06-11', '2026-06-12']))
    expect(alice.call('GET', '/perks/hospital/departments/dep-none/slots').status).toBe(404)
  })

  it('books a slot and counts it', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const [slot] = slotsOf(alice, 'dep-im', { date: '2026-06-11' })
    const res = alice.call('POST', '/perks/hospital/bookings', { body: { slotId: slot.id, englishDischargeSummary: true }, key: newKey() })
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({
      slotId: slot.id,
      departmentId: 'dep-im',
      date: '2026-06-11',
      start: slot.start,
      status: 'booked',
      englishDischargeSummary: true
    })
    expect(slotState(backend, slot.id).booked).toBe(1)
  })

  it('refuses double booking: the same slot twice, or two visits in one department on one day', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const [first, second] = slotsOf(alice, 'dep-im', { date: '2026-06-11' })
    expect(book(alice, first.id).status).toBe(201)

    const sameSlot = book(alice, first.id)
    expect(sameSlot.status).toBe(409)
    expect(errorCode(sameSlot)).toBe('conflict')
    expect(book(alice, second.id).status).toBe(409)
    expect(slotState(backend, first.id).booked).toBe(1)
    expect(slotState(backend, second.id).booked).toBe(0)

    // Another department the same day, or the same department another day, is fine.
    expect(book(alice, slotsOf(alice, 'dep-surg', { date: '2026-06-11' })[0].id).status).toBe(201)
    expect(book(alice, slotsOf(alice, 'dep-im', { date: '2026-06-12' })[0].id).status).toBe(201)
  })

  it('refuses a full slot', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const [slot] = slotsOf(alice, 'dep-ent', { date: '2026-06-11' })
    slotState(backend, slot.id).booked = slot.capacity // taken by other patients
    expect(book(alice, slot.id).status).toBe(409)
  })

  it('refuses a booking without a certificate', () => {
    const { as } = world()
    const ken = as('ken')
    const [slot] = slotsOf(ken, 'dep-im', { date: '2026-06-11' })
    expect(book(ken, slot.id).status).toBe(403)
  })

  it('reschedules within the department, releasing the old slot', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const [from] = slotsOf(alice, 'dep-im', { date: '2026-06-11' })
    const to = slotsOf(alice, 'dep-im', { date: '2026-06-12' })[1]
    const booking = book(alice, from.id).data as HospitalBooking

    const moved = alice.call('PATCH', `/perks/hospital/bookings/${booking.id}`, { body: { slotId: to.id } })
    expect(moved.status).toBe(200)
    expect(moved.data).toMatchObject({ id: booking.id, slotId: to.id, date: '2026-06-12', start: to.start, status: 'booked' })
    expect(slotState(backend, from.id).booked).toBe(0)
    expect(slotState(backend, to.id).booked).toBe(1)

    // Moving to a slot on the same day as itself is not a double booking.
    const sameDay = slotsOf(alice, 'dep-im', { date: '2026-06-12' })[2]
    expect(alice.call('PATCH', `/perks/hospital/bookings/${booking.id}`, { body: { slotId: sameDay.id } }).status).toBe(200)

    const otherDepartment = slotsOf(alice, 'dep-surg', { date: '2026-06-13' })[0]
    expect(alice.call('PATCH', `/perks/hospital/bookings/${booking.id}`, { body: { slotId: otherDepartment.id } }).status).toBe(422)
  })

  it('refuses to reschedule onto a day already booked in the department', () => {
    const { as } = world()
    const alice = as('alice')
    const a = book(alice, slotsOf(alice, 'dep-im', { date: '2026-06-11' })[0].id).data as HospitalBooking
    book(alice, slotsOf(alice, 'dep-im', { date: '2026-06-12' })[0].id)
    const clash = slotsOf(alice, 'dep-im', { date: '2026-06-12' })[1]
    expect(alice.call('PATCH', `/perks/hospital/bookings/${a.id}`, { body: { slotId: clash.id } }).status).toBe(409)
  })

  it('cancels, releasing the slot, once', () => {
    const { backend, as } = world()
    const alice = as('alice')
    const [slot] = slotsOf(alice, 'dep-im', { date: '2026-06-11' })
    const booking = book(alice, slot.id).data as HospitalBooking
    const res = alice.call('DELETE', `/perks/hospital/bookings/${booking.id}`)
    expect(res.status).toBe(200)
    expect((res.data as HospitalBooking).status).toBe('cancelled')
    expect(slotState(backend, slot.id).booked).toBe(0)
    expect(alice.call('DELETE', `/perks/hospital/bookings/${booking.id}`).status).toBe(409)
    // The day is free again.
    expect(book(alice, slot.id).status).toBe(201)
    const mine = (alice.call('GET', '/perks/hospital/bookings').data as { bookings: HospitalBooking[] }).bookings
    expect(mine.map((b) => b.status).sort()).toEqual(['booked', 'cancelled'])
  })
})

describe('school admission', () => {
  const application = {
    parent: {
      name: 'Alice Martin',
      sex: 'female',
      passportMasked: '',
      employer: 'Beihai Ocean Technology Co., Ltd.',
      position: 'Marine biologist',
      phone: '13800138000',
      employerAddress: 'Beihai Avenue, Haicheng District',
      homeAddress: 'Room 1203, Building 5, Beihai'
    },
    children: [
      {
        name: 'Léa Martin',
        sex: 'female',
        birthMonth: '2018-03',
        currentSchool: 'École Jules Verne',
        currentGrade: 'CE1',
        schoolApplied: 'Beihai Experimental Primary School',
        gradeApplied: 'Grade 3'
      }
    ],
    materialUploadIds: [] as string[],
    passportNumber: '19FR48213'
  }

  function applyAt(now: string, username = 'alice'): { res: MockResponse; backend: MockBackend; as: (u: string) => Client } {
    const w = world()
    const client = w.as(username)
    client.setClock(now)
    return { res: client.call('POST', '/perks/school/applications', { body: application, key: newKey() }), ...w }
  }

  it.each([
    ['2026-05-31 23:59 Beijing', '2026-05-31T15:59:00Z', '2026-06-01'],
    ['2026-06-26 00:00 Beijing', '2026-06-25T16:00:00Z', '2027-06-01']
  ])('is closed on %s and says when it opens', (_label, now, opens) => {
    const { res, backend } = applyAt(now)
    expect(res.status).toBe(409)
    expect(errorCode(res)).toBe('conflict')
    expect(errorMessage(res)).toContain(opens)
    expect(backend.state.schoolApplications).toHaveLength(0)
  })

  it.each([
    ['2026-06-01 00:00 Beijing (still 31 May in UTC)', '2026-05-31T16:00:00Z'],
    ['2026-06-25 23:59 Beijing', '2026-06-25T15:59:00Z']
  ])('is open on %s', (_label, now) => {
    const { res } = applyAt(now)
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({ holderUserId: 'u-alice', year: 2026, status: 'awaiting_employer', employerOpinion: null, submittedAt: null })
  })

  it('keeps the full passport number server-side and answers it masked', () => {
    const { res, backend } = applyAt('2026-06-10T02:00:00Z')
    const app = res.data as SchoolApplication
    expect(app.parent.passportMasked).toBe('19*****13')
    expect(JSON.stringify(res.data)).not.toContain('19FR48213')
    expect(backend.state.schoolApplications[0].passportNumber).toBe('19FR48213')
  })

  it('refuses an applicant without a certificate, a bad passport number, and a second application in a year', () => {
    expect(applyAt('2026-06-10T02:00:00Z', 'ken').res.status).toBe(403)
    const { as } = applyAt('2026-06-10T02:00:00Z')
    const alice = as('alice')
    expect(alice.call('POST', '/perks/school/applications', { body: { ...application, passportNumber: 'bad-#' }, key: newKey() }).status).toBe(422)
    expect(alice.call('POST', '/perks/school/applications', { body: application, key: newKey() }).status).toBe(409)
  })

  it("lets the holder's HR see it and approve it; other employers see nothing", () => {
    const { res, as } = applyAt('2026-06-10T02:00:00Z')
    const id = (res.data as SchoolApplication).id
    const hr = as('hr.beihai')
    const listed = (hr.call('GET', '/perks/school/applications').data as { applications: SchoolApplication[] }).applications
    expect(listed.map((a) => a.id)).toEqual([id])
    expect(JSON.stringify(listed)).not.toContain('19FR48213')

    const gansu = as('hr.gansu')
    expect((gansu.call('GET', '/perks/school/applications').data as { applications: unknown[] }).applications).toEqual([])
    expect(gansu.call('POST', `/perks/school/applications/${id}/opinion`, { body: { approved: true, note: '' } }).status).toBe(404)

    const approved = hr.call('POST', `/perks/school/applications/${id}/opinion`, { body: { approved: true, note: 'Supported.' } })
    expect(approved.status).toBe(200)
    expect(approved.data).toMatchObject({ status: 'submitted', employerOpinion: { approved: true, note: 'Supported.' } })
    expect((approved.data as SchoolApplication).submittedAt).not.toBeNull()
    expect(hr.call('POST', `/perks/school/applications/${id}/opinion`, { body: { approved: false, note: 'Changed mind' } }).status).toBe(409)
  })

  it('keeps a declined application awaiting the employer, with the note, so HR can revisit it', () => {
    const { res, as } = applyAt('2026-06-10T02:00:00Z')
    const id = (res.data as SchoolApplication).id
    const hr = as('hr.beihai')
    expect(hr.call('POST', `/perks/school/applications/${id}/opinion`, { body: { approved: false, note: '  ' } }).status).toBe(422)
    const declined = hr.call('POST', `/perks/school/applications/${id}/opinion`, { body: { approved: false, note: 'Contract ends in July.' } })
    expect(declined.status).toBe(200)
    expect(declined.data).toMatchObject({
      status: 'awaiting_employer',
      submittedAt: null,
      employerOpinion: { approved: false, note: 'Contract ends in July.' }
    })
    const notes = as('alice').call('GET', '/notifications').data as { items: { body: { en: string } }[] }
    expect(notes.items.some((n) => n.body.en === 'Contract ends in July.')).toBe(true)
    expect(hr.call('POST', `/perks/school/applications/${id}/opinion`, { body: { approved: true, note: 'Renewed.' } }).data).toMatchObject({
      status: 'submitted'
    })
  })
})
