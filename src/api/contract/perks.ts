import * as z from 'zod/mini'
import { CalendarDate, Count, Fen, Id, IsoDateTime, Text } from './common'
import { THEATRE_TICKETS_PER_REQUEST } from '@/domain/perks/terms'

export const TheatreShow = z.object({
  id: Id,
  regionId: z.string(),
  title: Text,
  description: Text,
  venueId: z.string(),
  date: CalendarDate,
  time: z.string().check(z.regex(/^\d\d:\d\d$/)),
  listPriceFen: Fen,
  seatsLeft: Count
})
export type TheatreShow = z.infer<typeof TheatreShow>

export const TheatreBooking = z.object({
  id: Id,
  showId: Id,
  holderUserId: Id,
  quantity: z.number().check(z.int(), z.positive()),
  listPriceFen: Fen,
  /** Per ticket, after the certified-talent discount. */
  discountedPriceFen: Fen,
  totalFen: Fen,
  code: z.string().check(z.minLength(6)),
  /**
   * The booking signed by the backend (src/domain/certificate/booking.ts), shown as the booking's QR: an offline
   * box office can tell it is real and whose it is. Absent when the holder's certificate is not bound to a phone yet.
   */
  signedCode: z.optional(z.nullable(z.string().check(z.maxLength(1200)))),
  status: z.enum(['booked', 'cancelled', 'redeemed']),
  createdAt: IsoDateTime,
  redeemedAt: z.nullable(IsoDateTime)
})
export type TheatreBooking = z.infer<typeof TheatreBooking>
export const BookTheatreBody = z.object({ showId: Id, quantity: z.number().check(z.int(), z.positive(), z.lte(THEATRE_TICKETS_PER_REQUEST)) })

export const HospitalDepartment = z.object({ id: Id, hospitalId: z.string(), name: Text, description: Text })
export const HospitalSlot = z.object({
  id: Id,
  departmentId: Id,
  date: CalendarDate,
  start: z.string(),
  end: z.string(),
  capacity: Count,
  booked: Count
})
export type HospitalSlot = z.infer<typeof HospitalSlot>
export const HospitalBooking = z.object({
  id: Id,
  slotId: Id,
  departmentId: Id,
  holderUserId: Id,
  date: CalendarDate,
  start: z.string(),
  status: z.enum(['booked', 'cancelled', 'attended']),
  englishDischargeSummary: z.boolean(),
  createdAt: IsoDateTime
})
export type HospitalBooking = z.infer<typeof HospitalBooking>
export const BookHospitalBody = z.object({ slotId: Id, englishDischargeSummary: z._default(z.boolean(), false) })

const Sex = z.enum(['female', 'male'])

export const SchoolChild = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  sex: Sex,
  birthMonth: z.string().check(z.regex(/^\d{4}-\d\d$/)),
  currentSchool: z.string().check(z.maxLength(120)),
  currentGrade: z.string().check(z.maxLength(40)),
  schoolApplied: z.string().check(z.minLength(1), z.maxLength(120)),
  gradeApplied: z.string().check(z.minLength(1), z.maxLength(40))
})
export const SchoolApplication = z.object({
  id: Id,
  holderUserId: Id,
  year: z.number().check(z.int()),
  parent: z.object({
    name: z.string(),
    sex: Sex,
    passportMasked: z.string(),
    employer: z.string(),
    position: z.string(),
    phone: z.string(),
    employerAddress: z.string(),
    homeAddress: z.string()
  }),
  children: z.array(SchoolChild).check(z.minLength(1)),
  materialUploadIds: z.array(Id),
  employerOpinion: z.nullable(z.object({ approved: z.boolean(), note: z.string(), at: IsoDateTime })),
  status: z.enum(['awaiting_employer', 'submitted', 'forwarded', 'placed', 'not_placed']),
  submittedAt: z.nullable(IsoDateTime),
  forwardedAt: z.nullable(IsoDateTime)
})
export type SchoolApplication = z.infer<typeof SchoolApplication>

export const Notification = z.object({
  id: Id,
  at: IsoDateTime,
  kind: z.enum(['status_change', 'supplement', 'appointment', 'expiry', 'redemption', 'booking']),
  title: Text,
  body: Text,
  caseId: z.nullable(Id),
  read: z.boolean()
})
export type Notification = z.infer<typeof Notification>
