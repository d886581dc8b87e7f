/**
 * Appointments at an office window (on-site check, residence interview).
 *
 * Slots are not stored: they are cut from the office's opening hours (region data) on demand, 30 minutes
 * each, so lunch breaks (the gaps between periods), weekends and public holidays never offer a slot, and
 * a change of hours in the region file changes the slots at once. Only the booked appointments are state.
 *
 * Rules chosen here:
 * - A case can book once a matter reached pre-review and until its review ends (pre_review ..
 *   in_review): before that nobody has checked it, after that there is nothing left to check on site.
 * - The office must be one of the case's region: a Beihai case is not checked at a Gansu window.
 * - A case holds at most one booked appointment: booking again moves it (the old one is cancelled),
 *   and the case's own current booking does not count against the new slot's capacity.
 * - Only slots that have not started yet are offered or bookable.
 */
import type { Appointment, Case, Slot, Text } from '@/api/contract'
import type { Office } from '@/domain/regions/schema'
import { addDays, beijingDate, beijingInstant, hhmmToMinutes, isIsoDate, minutesToHhmm, type IsoDate } from '@/domain/time/beijing'
import { isServiceDay, type OfficeHours } from '@/domain/time/officeHours'
import { fail } from './http'
import { canSeeCase, iso, notify, requireUser, type HandlerContext, type HandlerMap } from './handlers'
import type { MockState } from './state'

export const SLOT_MINUTES = 30
export const SLOT_CAPACITY = 3
/** Without a date, the slots of this many service days are offered. */
export const SERVICE_DAYS_OFFERED = 10
/** Upper bound of calendar days scanned for service days (covers the longest holiday period many times). */
const MAX_SCAN_DAYS = 60

const APPOINTABLE_STATES: readonly Case['matters'][number]['state'][] = ['pre_review', 'supplement_requested', 'resubmitted', 'accepted', 'in_review']

const text = (en: string, zh: string): Text => ({ en, zh })

/** What the slot generator needs of an office: its id and hours (region `Office` fits). */
export interface SlotOffice {
  id: string
  hours?: OfficeHours
}

/**
 * The office's slots on a Beijing date, with `booked` = 0: each opening period cut into 30-minute slots
 * (a remainder shorter than a slot is dropped). None on a day the office does not serve (weekend,
 * public holiday) or when it has no published hours. Pure: no state, no clock.
 */
export function officeSlots(office: SlotOffice, date: IsoDate, capacity: number = SLOT_CAPACITY): Slot[] {
  const hours = office.hours
  if (!hours || !isServiceDay(date, hours)) return []
  const periods = hours.periods
    .map((p) => ({ from: hhmmToMinutes(p.from), to: hhmmToMinutes(p.to) }))
    .sort((a, b) => a.from - b.from)
  const slots: Slot[] = []
  let cursor = 0 // overlapping periods must not yield the same slot twice
  for (const period of periods) {
    for (let start = Math.max(period.from, cursor); start + SLOT_MINUTES <= period.to; start += SLOT_MINUTES) {
      slots.push({ officeId: office.id, date, start: minutesToHhmm(start), end: minutesToHhmm(start + SLOT_MINUTES), capacity, booked: 0 })
      cursor = start + SLOT_MINUTES
    }
  }
  return slots
}

/** The first `count` service days from `from` (inclusive), not past `to` when given. */
export function serviceDays(office: SlotOffice, from: IsoDate, count: number, to?: IsoDate): IsoDate[] {
  if (!office.hours) return []
  const days: IsoDate[] = []
  for (let i = 0, date = from; i < MAX_SCAN_DAYS && days.length < count && (!to || date <= to); i++, date = addDays(date, 1)) {
    if (isServiceDay(date, office.hours)) days.push(date)
  }
  return days
}

function findOffice(ctx: HandlerContext, officeId: string): Office {
  const office = ctx.regions.regions.flatMap((r) => r.offices).find((o) => o.id === officeId)
  if (!office) throw fail.notFound('Office')
  return office
}

function requireDate(value: string | undefined, field: string): IsoDate | undefined {
  if (value !== undefined && !isIsoDate(value)) throw fail.validation({ [field]: { code: 'date.invalid' } })
  return value
}

function bookedCount(state: MockState, slot: Slot, exceptId?: string): number {
  return state.appointments.filter(
    (a) => a.status === 'booked' && a.officeId === slot.officeId && a.date === slot.date && a.start === slot.start && a.id !== exceptId
  ).length
}

const notStarted = (now: number) => (slot: Slot) => beijingInstant(slot.date, slot.start) > now

function findVisibleCase(ctx: HandlerContext): Case {
  const user = requireUser(ctx)
  const found = ctx.state.cases.find((c) => c.id === ctx.params.caseId)
  // Another employer's case answers 404, not 403: its existence is not disclosed.
  if (!found || !canSeeCase(user, found)) throw fail.notFound('Case')
  return found
}

function caseParties(state: MockState, c: Case): string[] {
  const hr = state.users.filter((u) => u.user.role === 'hr' && u.user.employerId === c.employerId).map((u) => u.user.id)
  return [...hr, ...(c.applicantUserId ? [c.applicantUserId] : [])]
}

function notifyParties(ctx: HandlerContext, c: Case, title: Text, body: Text): void {
  for (const userId of caseParties(ctx.state, c)) notify(ctx, userId, 'appointment', title, body, c.id)
}

/** Marks the case's booked appointment cancelled, in the list and on the case. */
function cancelCurrent(ctx: HandlerContext, c: Case): Appointment | null {
  const current = c.appointment?.status === 'booked' ? c.appointment : null
  if (!current) return null
  const stored = ctx.state.appointments.find((a) => a.id === current.id)
  if (stored) stored.status = 'cancelled'
  c.appointment = null
  return current
}

function bookableSlot(ctx: HandlerContext, c: Case, office: Office, date: IsoDate, start: string): Slot {
  const slot = officeSlots(office, date).find((s) => s.start === start)
  if (!slot) throw fail.validation({ start: { code: 'choice.invalid' } }, 'The office offers no slot at that time')
  if (!notStarted(ctx.now)(slot)) throw fail.conflict('This slot has already started')
  const mine = c.appointment?.status === 'booked' ? c.appointment.id : undefined
  if (bookedCount(ctx.state, slot, mine) >= slot.capacity) throw fail.conflict('This slot is full')
  return slot
}

export const appointmentHandlers: Partial<HandlerMap> = {
  'appointments.slots': (ctx) => {
    const office = findOffice(ctx, ctx.params.officeId)
    const date = requireDate(ctx.query.date, 'date')
    const from = requireDate(ctx.query.from, 'from')
    const to = requireDate(ctx.query.to, 'to')
    const days = date ? [date] : serviceDays(office, from ?? beijingDate(ctx.now), SERVICE_DAYS_OFFERED, to)
    const slots = days
      .flatMap((d) => officeSlots(office, d))
      .filter(notStarted(ctx.now))
      .map((s) => ({ ...s, booked: bookedCount(ctx.state, s) }))
    return { data: { slots } }
  },
  'appointments.book': (ctx) => {
    const c = findVisibleCase(ctx)
    if (!c.matters.some((m) => APPOINTABLE_STATES.includes(m.state))) {
      throw fail.conflict('Appointments open once the application is in pre-review, and close when its review ends')
    }
    const { officeId, date, start, purpose } = ctx.body
    const office = ctx.regions.office(c.regionId, officeId)
    if (!office) throw fail.validation({ officeId: { code: 'choice.invalid' } }, "Not an office of this case's region")
    requireDate(date, 'date')
    const slot = bookableSlot(ctx, c, office, date, start)

    const replaced = cancelCurrent(ctx, c)
    const appointment: Appointment = { id: ctx.backend.nextId('ap'), caseId: c.id, officeId, date, start, end: slot.end, purpose, status: 'booked' }
    ctx.state.appointments.push(appointment)
    c.appointment = { ...appointment } // a copy: state round-trips through JSON, shared references would not survive it
    c.updatedAt = iso(ctx.now)

    const when = `${date} ${start}-${slot.end}, ${office.name.en}`
    notifyParties(
      ctx,
      c,
      replaced ? text('Appointment moved', '预约已改期') : text('Appointment booked', '预约成功'),
      text(when, `${date} ${start}-${slot.end}，${office.name.zh}`)
    )
    return { status: 201, data: appointment }
  },
  'appointments.cancel': (ctx) => {
    const c = findVisibleCase(ctx)
    const cancelled = cancelCurrent(ctx, c)
    if (!cancelled) throw fail.conflict('This case has no booked appointment')
    c.updatedAt = iso(ctx.now)
    notifyParties(ctx, c, text('Appointment cancelled', '预约已取消'), text(`${cancelled.date} ${cancelled.start}`, `${cancelled.date} ${cancelled.start}`))
    return { data: { ok: true } }
  }
}
