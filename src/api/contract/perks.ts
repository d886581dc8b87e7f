import { z } from 'zod'
import { CalendarDate, Fen, Id, IsoDateTime, Text } from './common'

export const TheatreShow = z.object({
  id: Id,
  regionId: z.string(),
  title: Text,
  description: Text,
  venueId: z.string(),
  date: CalendarDate,
  time: z.string().regex(/^\d\d:\d\d$/),
  listPriceFen: Fen,
  seatsLeft: z.number().int().nonnegative()
})
export type TheatreShow = z.infer<typeof TheatreShow>

export const TheatreBooking = z.object({
  id: Id,
  showId: Id,
  holderUserId: Id,
  quantity: z.number().int().positive(),
  listPriceFen: Fen,
  /** Per ticket, after the certified-talent discount. */
  discountedPriceFen: Fen,
  totalFen: Fen,
  code: z.string().min(6),
  status: z.enum(['booked', 'cancelled', 'redeemed']),
  createdAt: IsoDateTime,
  redeemedAt: IsoDateTime.nullable()
})
export type TheatreBooking = z.infer<typeof TheatreBooking>
export const BookTheatreBody = z.object({ showId: Id, quantity: z.number().int().positive().max(10) })

export const HospitalDepartment = z.object({ id: Id, hospitalId: z.string(), name: Text, description: Text })
export const HospitalSlot = z.object({
  id: Id,
  departmentId: Id,
  date: CalendarDate,
  start: z.string(),
  end: z.string(),
  capacity: z.number().int().nonnegative(),
  booked: z.number().int().nonnegative()
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
export const BookHospitalBody = z.object({ slotId: Id, englishDischargeSummary: z.boolean().default(false) })

export const SchoolChild = z.object({
  name: z.string().min(1).max(80),
  sex: z.enum(['female', 'male']),
  birthMonth: z.string().regex(/^\d{4}-\d\d$/),
  currentSchool: z.string().max(120),
  currentGrade: z.string().max(40),
  schoolApplied: z.string().min(1).max(120),
  gradeApplied: z.string().min(1).max(40)
})
export const SchoolApplication = z.object({
  id: Id,
  holderUserId: Id,
  year: z.number().int(),
  parent: z.object({
    name: z.string(),
    sex: z.enum(['female', 'male']),
    passportMasked: z.string(),
    employer: z.string(),
    position: z.string(),
    phone: z.string(),
    employerAddress: z.string(),
    homeAddress: z.string()
  }),
  children: z.array(SchoolChild).min(1),
  materialUploadIds: z.array(Id),
  employerOpinion: z.object({ approved: z.boolean(), note: z.string(), at: IsoDateTime }).nullable(),
  status: z.enum(['awaiting_employer', 'submitted', 'forwarded', 'placed', 'not_placed']),
  submittedAt: IsoDateTime.nullable(),
  forwardedAt: IsoDateTime.nullable()
})
export type SchoolApplication = z.infer<typeof SchoolApplication>

export const Notification = z.object({
  id: Id,
  at: IsoDateTime,
  kind: z.enum(['status_change', 'supplement', 'appointment', 'expiry', 'redemption', 'booking']),
  title: Text,
  body: Text,
  caseId: Id.nullable(),
  read: z.boolean()
})
export type Notification = z.infer<typeof Notification>
