/**
 * Perks for certified talents (DOMAIN.md "Perks for certified talents"): theatre tickets at a discount,
 * the hospital green channel and school places for children.
 *
 * Rules chosen here:
 * - Every booking or application needs an active, unrevoked certificate valid on today's Beijing date and
 *   carrying the perk's entitlement; otherwise 403 (the perk is not the caller's to use).
 * - Theatre: each ticket costs listPriceFen less the perk's discount (src/domain/perks/terms.ts); no cap on
 *   tickets per show (the document sets none), only the seats left. Shows, prices and seats are demo data.
 * - Hospital (the in-app channel, demo data; the document's route is the phone): one 'booked' visit per holder,
 *   department and day (src/domain/perks/terms.ts).
 * - School: one application per holder and year, covering all their children; it is filed only inside the
 *   region's window (Beijing dates, default 06-01..06-25). The employer's opinion decides it: approval submits
 *   it; a refusal (with a note, required) is recorded and the application stays 'awaiting_employer', so HR may
 *   revisit it once the applicant has sorted things out. Once submitted, the opinion cannot change.
 */
import { signBookingCode } from '@/domain/certificate/booking'
import type { CertificatePurpose, HospitalBooking, HospitalSlot, SchoolApplication, Text, TheatreBooking, TheatreShow } from '@/api/contract'
import type { PerkCore } from '@/domain/regions/schema'
import { discountedFen, hospitalBookingConflict, theatreQuote } from '@/domain/perks/terms'
import { beijingDate, beijingInstant, yearOf } from '@/domain/time/beijing'
import { maskPassport, validatePassportNumber } from '@/domain/validation/passport'
import { fail, HttpError } from './http'
import { mockRandomBytes } from './random'
import { iso, notify, requireUser, type HandlerContext, type HandlerMap } from './handlers'
import type { CertificateRecord, MockState, UserRecord } from './state'

type StoredApplication = MockState['schoolApplications'][number]

const text = (en: string, zh: string): Text => ({ en, zh })

const DEFAULT_SCHOOL_WINDOW = { start: '06-01', end: '06-25' }
/** No 0/O or 1/I: codes are read out at a ticket desk. 32 symbols, so `byte % 32` is unbiased. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 10

// ---------------------------------------------------------------------------------------------------------
// Shared rules

/** The caller's certificate if it is active, unrevoked, valid today (Beijing) and carries the entitlement. */
export function activeCertificate(ctx: HandlerContext, userId: string, purpose: CertificatePurpose): CertificateRecord | null {
  const today = beijingDate(ctx.now)
  const revoked = new Set(ctx.state.revokedCredentials.map((r) => r.credentialId))
  return (
    ctx.state.certificates.find(
      ({ userId: owner, credentialId, certificate: c }) =>
        owner === userId &&
        c.status === 'active' &&
        !(credentialId && revoked.has(credentialId)) &&
        c.validFrom <= today &&
        today <= c.validTo &&
        c.entitlements.includes(purpose)
    ) ?? null
  )
}

function requireCertificate(ctx: HandlerContext, user: UserRecord, purpose: CertificatePurpose): CertificateRecord {
  const cert = activeCertificate(ctx, user.user.id, purpose)
  if (!cert) throw new HttpError(403, 'forbidden', `A valid talent certificate with the ${purpose} entitlement is required`)
  return cert
}

function perkOf(ctx: HandlerContext, regionId: string, kind: PerkCore['kind']): PerkCore | undefined {
  return ctx.regions.get(regionId)?.perks.find((p) => p.kind === kind)
}

function stringSetting(perk: PerkCore | undefined, key: string, fallback: string): string {
  const value = perk?.settings[key]
  return typeof value === 'string' ? value : fallback
}

export { discountedFen }

/** A code nobody can guess from another one. */
function unguessableCode(): string {
  return Array.from(mockRandomBytes(CODE_LENGTH), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')
}

function ownOrNotFound<T extends { holderUserId: string }>(items: T[], id: string, idOf: (item: T) => string, user: UserRecord, what: string): T {
  const found = items.find((item) => idOf(item) === id)
  // Someone else's booking answers 404: its existence is not disclosed.
  if (!found || found.holderUserId !== user.user.id) throw fail.notFound(what)
  return found
}

// ---------------------------------------------------------------------------------------------------------
// Theatre

function findShow(ctx: HandlerContext, showId: string): TheatreShow {
  const show = ctx.state.theatreShows.find((s) => s.id === showId)
  if (!show) throw fail.notFound('Show')
  return show
}

const theatreHandlers: Partial<HandlerMap> = {
  'theatre.shows': (ctx) => {
    const month = ctx.query.month
    const shows = ctx.state.theatreShows
      .filter((s) => (month ? s.date.startsWith(`${month}-`) : true))
      .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`))
    return { data: { shows } }
  },
  'theatre.bookings': (ctx) => {
    const user = requireUser(ctx)
    return { data: { bookings: ctx.state.theatreBookings.filter((b) => b.holderUserId === user.user.id) } }
  },
  'theatre.book': (ctx) => {
    const user = requireUser(ctx)
    requireCertificate(ctx, user, 'theatre')
    const { showId, quantity } = ctx.body
    const show = findShow(ctx, showId)
    if (beijingInstant(show.date, show.time) <= ctx.now) throw fail.conflict('This show has already started')

    if (show.seatsLeft < quantity) throw fail.conflict(`Only ${show.seatsLeft} seats left`)

    const { perTicketFen: perTicket } = theatreQuote(perkOf(ctx, show.regionId, 'theatre'), show.listPriceFen, quantity)
    const booking: TheatreBooking = {
      id: ctx.backend.nextId('tb'),
      showId: show.id,
      holderUserId: user.user.id,
      quantity,
      listPriceFen: show.listPriceFen,
      discountedPriceFen: perTicket,
      totalFen: perTicket * quantity,
      code: unguessableCode(),
      status: 'booked',
      createdAt: iso(ctx.now),
      redeemedAt: null
    }
    // Signed for the holder's bound credential, so an offline box office can check the booking and whose it is.
    const credentialId = ctx.state.certificates.find((c) => c.userId === user.user.id)?.credentialId
    booking.signedCode = credentialId
      ? signBookingCode({ ref: booking.code, showId: show.id, date: show.date, seats: quantity, credentialId }, { secretKey: ctx.state.issuer.secretKey })
      : null
    show.seatsLeft -= quantity
    ctx.state.theatreBookings.push(booking)
    notify(
      ctx,
      user.user.id,
      'booking',
      text('Theatre tickets booked', '剧场门票已预订'),
      text(
        `${show.title.en}, ${show.date} ${show.time}: ${quantity} ticket(s), code ${booking.code}`,
        `${show.title.zh}，${show.date} ${show.time}：${quantity} 张，取票码 ${booking.code}`
      ),
      null
    )
    return { status: 201, data: booking }
  },
  'theatre.cancel': (ctx) => {
    const user = requireUser(ctx)
    const booking = ownOrNotFound(ctx.state.theatreBookings, ctx.params.bookingId, (b) => b.id, user, 'Booking')
    if (booking.status !== 'booked') throw fail.conflict(`A ${booking.status} booking cannot be cancelled`)
    booking.status = 'cancelled'
    const show = ctx.state.theatreShows.find((s) => s.id === booking.showId)
    if (show) show.seatsLeft += booking.quantity
    return { data: booking }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Hospital green channel

function findSlot(ctx: HandlerContext, slotId: string): HospitalSlot {
  const slot = ctx.state.hospitalSlots.find((s) => s.id === slotId)
  if (!slot) throw fail.notFound('Slot')
  return slot
}

/** The checks shared by booking and rescheduling; `moving` is the booking being moved, if any. */
function assertBookable(ctx: HandlerContext, userId: string, slot: HospitalSlot, moving?: HospitalBooking): void {
  if (beijingInstant(slot.date, slot.start) <= ctx.now) throw fail.conflict('This slot has already started')
  const mine = ctx.state.hospitalBookings.filter((b) => b.holderUserId === userId && b.status === 'booked' && b.id !== moving?.id)
  const conflict = hospitalBookingConflict(mine, slot)
  if (conflict === 'slotHeld') throw fail.conflict('You already hold this slot')
  if (conflict === 'sameDepartmentDay') throw fail.conflict('You already have a visit in this department on that day')
  if (conflict === 'full') throw fail.conflict('This slot is full')
}

function hospitalNotice(ctx: HandlerContext, userId: string, title: Text, booking: HospitalBooking): void {
  const department = ctx.state.hospitalDepartments.find((d) => d.id === booking.departmentId)
  const name = department?.name ?? text(booking.departmentId, booking.departmentId)
  notify(ctx, userId, 'booking', title, text(`${name.en}, ${booking.date} ${booking.start}`, `${name.zh}，${booking.date} ${booking.start}`), null)
}

const hospitalHandlers: Partial<HandlerMap> = {
  'hospital.departments': (ctx) => ({ data: { departments: ctx.state.hospitalDepartments } }),
  'hospital.slots': (ctx) => {
    const { departmentId } = ctx.params
    if (!ctx.state.hospitalDepartments.some((d) => d.id === departmentId)) throw fail.notFound('Department')
    const { date, from, to } = ctx.query
    const slots = ctx.state.hospitalSlots
      .filter((s) => s.departmentId === departmentId)
      .filter((s) => (date ? s.date === date : true))
      .filter((s) => (from ? s.date >= from : true))
      .filter((s) => (to ? s.date <= to : true))
      .sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`))
    return { data: { slots } }
  },
  'hospital.bookings': (ctx) => {
    const user = requireUser(ctx)
    return { data: { bookings: ctx.state.hospitalBookings.filter((b) => b.holderUserId === user.user.id) } }
  },
  'hospital.book': (ctx) => {
    const user = requireUser(ctx)
    requireCertificate(ctx, user, 'hospital')
    const slot = findSlot(ctx, ctx.body.slotId)
    assertBookable(ctx, user.user.id, slot)
    const booking: HospitalBooking = {
      id: ctx.backend.nextId('hb'),
      slotId: slot.id,
      departmentId: slot.departmentId,
      holderUserId: user.user.id,
      date: slot.date,
      start: slot.start,
      status: 'booked',
      englishDischargeSummary: ctx.body.englishDischargeSummary ?? false,
      createdAt: iso(ctx.now)
    }
    slot.booked += 1
    ctx.state.hospitalBookings.push(booking)
    hospitalNotice(ctx, user.user.id, text('Hospital visit booked (green channel)', '医院绿色通道预约成功'), booking)
    return { status: 201, data: booking }
  },
  'hospital.reschedule': (ctx) => {
    const user = requireUser(ctx)
    // A revoked or expired certificate must not take a new slot, even by moving an old booking.
    requireCertificate(ctx, user, 'hospital')
    const booking = ownOrNotFound(ctx.state.hospitalBookings, ctx.params.bookingId, (b) => b.id, user, 'Booking')
    if (booking.status !== 'booked') throw fail.conflict(`A ${booking.status} booking cannot be moved`)
    const target = findSlot(ctx, ctx.body.slotId)
    if (target.departmentId !== booking.departmentId) {
      throw fail.validation({ slotId: { code: 'choice.invalid' } }, 'Pick a slot of the same department')
    }
    if (target.id === booking.slotId) return { data: booking }
    assertBookable(ctx, user.user.id, target, booking)
    const old = ctx.state.hospitalSlots.find((s) => s.id === booking.slotId)
    if (old) old.booked = Math.max(0, old.booked - 1)
    target.booked += 1
    Object.assign(booking, { slotId: target.id, date: target.date, start: target.start })
    hospitalNotice(ctx, user.user.id, text('Hospital visit moved', '医院预约已改期'), booking)
    return { data: booking }
  },
  'hospital.cancel': (ctx) => {
    const user = requireUser(ctx)
    const booking = ownOrNotFound(ctx.state.hospitalBookings, ctx.params.bookingId, (b) => b.id, user, 'Booking')
    if (booking.status !== 'booked') throw fail.conflict(`A ${booking.status} booking cannot be cancelled`)
    booking.status = 'cancelled'
    const slot = ctx.state.hospitalSlots.find((s) => s.id === booking.slotId)
    if (slot) slot.booked = Math.max(0, slot.booked - 1)
    return { data: booking }
  }
}

// ---------------------------------------------------------------------------------------------------------
// School admission

/** The full passport number stays in state; responses carry only the masked one. */
function presentApplication({ passportNumber: _secret, ...application }: StoredApplication): SchoolApplication {
  return application
}

/** The employer ids the holder works for (via the employee records linked to their account). */
function employersOf(state: MockState, userId: string): string[] {
  return state.employees.filter((e) => e.userId === userId).map((e) => e.employerId)
}

function canSeeApplication(state: MockState, user: UserRecord, application: StoredApplication): boolean {
  if (user.user.role === 'applicant') return application.holderUserId === user.user.id
  if (user.user.role === 'hr') return user.user.employerId !== null && employersOf(state, application.holderUserId).includes(user.user.employerId)
  return false
}

interface SchoolWindow {
  start: string
  end: string
}

function schoolWindow(ctx: HandlerContext, regionId: string): SchoolWindow {
  const perk = perkOf(ctx, regionId, 'school')
  if (!perk) throw fail.conflict('School admission is not offered in your region')
  return {
    start: stringSetting(perk, 'windowStart', DEFAULT_SCHOOL_WINDOW.start),
    end: stringSetting(perk, 'windowEnd', DEFAULT_SCHOOL_WINDOW.end)
  }
}

/** Throws unless today's Beijing date ('MM-DD') falls inside the window; the message says when it opens. */
function assertWindowOpen(today: string, window: SchoolWindow): void {
  const monthDay = today.slice(5)
  if (window.start <= monthDay && monthDay <= window.end) return
  const year = yearOf(today) + (monthDay > window.end ? 1 : 0)
  throw fail.conflict(`School applications are accepted ${window.start} to ${window.end} (Beijing time); the next window opens on ${year}-${window.start}`)
}

function requirePassport(value: string): string {
  const checked = validatePassportNumber(value)
  if (!checked.ok) throw fail.validation({ passportNumber: { code: checked.code, ...(checked.params ? { params: { ...checked.params } } : {}) } })
  return checked.value
}

function assertUploadsExist(state: MockState, ids: string[]): void {
  const missing = ids.filter((id) => !state.uploads.some((u) => u.id === id))
  if (missing.length) throw fail.validation({ materialUploadIds: { code: 'choice.invalid' } }, `Unknown upload(s): ${missing.join(', ')}`)
}

function hrOfHolder(state: MockState, holderUserId: string): string[] {
  const employers = employersOf(state, holderUserId)
  return state.users.filter((u) => u.user.role === 'hr' && u.user.employerId !== null && employers.includes(u.user.employerId)).map((u) => u.user.id)
}

const schoolHandlers: Partial<HandlerMap> = {
  'school.applications': (ctx) => {
    const user = requireUser(ctx)
    const applications = ctx.state.schoolApplications.filter((a) => canSeeApplication(ctx.state, user, a)).map(presentApplication)
    return { data: { applications } }
  },
  'school.apply': (ctx) => {
    const user = requireUser(ctx)
    const today = beijingDate(ctx.now)
    assertWindowOpen(today, schoolWindow(ctx, user.user.regionId))
    requireCertificate(ctx, user, 'school')
    const body = ctx.body
    const passportNumber = requirePassport(body.passportNumber)
    assertUploadsExist(ctx.state, body.materialUploadIds)
    const year = yearOf(today)
    // One application per year lists every child; a second one would split the employer's opinion.
    if (ctx.state.schoolApplications.some((a) => a.holderUserId === user.user.id && a.year === year)) {
      throw fail.conflict(`You already applied for ${year}; one application covers all your children`)
    }
    const application: StoredApplication = {
      id: ctx.backend.nextId('sa'),
      holderUserId: user.user.id,
      year,
      parent: { ...body.parent, passportMasked: maskPassport(passportNumber) },
      children: body.children,
      materialUploadIds: body.materialUploadIds,
      employerOpinion: null,
      status: 'awaiting_employer',
      submittedAt: null,
      forwardedAt: null,
      passportNumber
    }
    ctx.state.schoolApplications.push(application)
    for (const hrId of hrOfHolder(ctx.state, user.user.id)) {
      notify(
        ctx,
        hrId,
        'status_change',
        text('School application awaits your opinion', '子女入学申请待单位意见'),
        text(`${body.parent.name}: ${body.children.length} child(ren)`, `${body.parent.name}：${body.children.length} 名子女`),
        null
      )
    }
    return { status: 201, data: presentApplication(application) }
  },
  'school.employerOpinion': (ctx) => {
    const user = requireUser(ctx)
    const application = ctx.state.schoolApplications.find((a) => a.id === ctx.params.applicationId)
    if (!application || !canSeeApplication(ctx.state, user, application)) throw fail.notFound('Application')
    if (application.status !== 'awaiting_employer') throw fail.conflict('The employer opinion was already given')
    const { approved, note } = ctx.body
    if (!approved && !note.trim()) throw fail.validation({ note: { code: 'field.required' } }, 'Say why the employer does not support it')
    const at = iso(ctx.now)
    application.employerOpinion = { approved, note, at }
    if (approved) {
      application.status = 'submitted'
      application.submittedAt = at
    }
    notify(
      ctx,
      application.holderUserId,
      'status_change',
      approved
        ? text('School application submitted', '子女入学申请已提交')
        : text('Employer did not support your school application', '单位未同意子女入学申请'),
      approved ? text('Your employer approved it; the S&T bureau has it now', '单位已同意，已提交市科技局') : text(note, note),
      null
    )
    return { data: presentApplication(application) }
  }
}

export const perkHandlers: Partial<HandlerMap> = { ...theatreHandlers, ...hospitalHandlers, ...schoolHandlers }
