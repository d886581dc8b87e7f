import * as z from 'zod/mini'
import { MATTER_STATES, type BundleStatus } from '@/domain/case/stateMachine'
import { CLAIM_CODE_PATTERN } from '@/domain/case/claimCode'
import { CalendarDate, Count, Id, IsoDateTime, Role, Text } from './common'
import { User } from './session'

export const Employer = z.object({
  id: Id,
  name: Text,
  creditCode: z.string().check(z.regex(/^[0-9A-Z]{18}$/)),
  regionId: z.string(),
  address: Text,
  contactPhone: z.string()
})
export type Employer = z.infer<typeof Employer>

export const PermitCategory = z.enum(['A', 'B', 'C'])

export const Employee = z.object({
  id: Id,
  employerId: Id,
  /** The applicant account, when the employee has one. */
  userId: z.nullable(Id),
  name: z.string(),
  nationality: z.string().check(z.length(3)),
  passportMasked: z.string(),
  position: z.string(),
  workPermit: z.nullable(z.object({ number: z.string(), category: PermitCategory, validTo: CalendarDate })),
  residencePermit: z.nullable(z.object({ validTo: CalendarDate }))
})
export type Employee = z.infer<typeof Employee>

export const MatterState = z.enum(MATTER_STATES)
export type MatterState = z.infer<typeof MatterState>

export const CaseKind = z.enum(['bundle', 'talent_certification', 'permit_change', 'permit_extension', 'permit_cancellation'])
export type CaseKind = z.infer<typeof CaseKind>

export const CaseMatter = z.object({
  /** The region's matter id (e.g. 'gs-work-permit'). */
  matterId: z.string(),
  kind: z.string(),
  action: z.string(),
  state: MatterState,
  decidedAt: z.nullable(IsoDateTime),
  reasons: z._default(z.array(Text), []),
  /** Issued document, e.g. the 18-digit work-permit number. */
  documentNumber: z._default(z.nullable(z.string()), null)
})
export type CaseMatter = z.infer<typeof CaseMatter>

export const TimelineEvent = z.object({
  id: Id,
  at: IsoDateTime,
  actor: z.enum(['applicant', 'hr', 'officer', 'system']),
  actorName: z.optional(z.string()),
  event: z.string(),
  matterId: z.nullable(z.string()),
  from: z.nullable(MatterState),
  to: z.nullable(MatterState),
  note: z._default(z.nullable(Text), null)
})
export type TimelineEvent = z.infer<typeof TimelineEvent>

export const Upload = z.object({
  id: Id,
  name: z.string().check(z.maxLength(200)),
  mime: z.string(),
  size: Count,
  /** Where the server keeps it; the phone keeps only this reference. */
  url: z.string(),
  uploadedAt: IsoDateTime
})
export type Upload = z.infer<typeof Upload>

export const CaseMaterial = z.object({
  materialId: z.string(),
  uploadIds: z.array(Id),
  /** e.g. issue date of a medical certificate, expiry of a passport: checked against validity rules. */
  documentDate: z._default(z.nullable(CalendarDate), null),
  /** Given once, serving every matter listed here. */
  servesMatterIds: z.array(z.string())
})
export type CaseMaterial = z.infer<typeof CaseMaterial>

export const SupplementItem = z.object({
  id: Id,
  kind: z.enum(['material', 'field']),
  /** materialId or form field path */
  ref: z.string(),
  message: Text,
  resolved: z.boolean()
})
export const Supplement = z.object({
  requestedAt: IsoDateTime,
  items: z.array(SupplementItem).check(z.minLength(1)),
  answeredAt: z.nullable(IsoDateTime)
})
export type Supplement = z.infer<typeof Supplement>

const ClockTime = z.string().check(z.regex(/^\d\d:\d\d$/))

export const Appointment = z.object({
  id: Id,
  caseId: Id,
  officeId: z.string(),
  date: CalendarDate,
  start: ClockTime,
  end: ClockTime,
  purpose: z.enum(['on_site_check', 'residence_interview']),
  status: z.enum(['booked', 'cancelled', 'attended'])
})
export type Appointment = z.infer<typeof Appointment>

export const Slot = z.object({
  officeId: z.string(),
  date: CalendarDate,
  start: z.string(),
  end: z.string(),
  capacity: Count,
  booked: Count
})
export type Slot = z.infer<typeof Slot>

export const CaseStatus = z.enum([
  'draft',
  'action_needed',
  'in_progress',
  'ready_for_pickup',
  'issued',
  'partly_rejected',
  'rejected',
  'withdrawn'
] as const satisfies readonly BundleStatus[])
export type CaseStatus = z.infer<typeof CaseStatus>

export const Case = z.object({
  id: Id,
  /** What people read and type: region, year, serial (GS-2026-000123); `id` is internal. */
  reference: z.string().check(z.regex(/^[A-Z]{2}-\d{4}-\d{6}$/)),
  kind: CaseKind,
  regionId: z.string(),
  bundleId: z.nullable(z.string()),
  employerId: Id,
  employeeId: Id,
  applicantUserId: z.nullable(Id),
  applicantName: z.string(),
  status: CaseStatus,
  matters: z.array(CaseMatter).check(z.minLength(1)),
  /** The one form: field path -> value. Sensitive fields come back masked. */
  form: z.record(z.string(), z.unknown()),
  materials: z.array(CaseMaterial),
  supplement: z.nullable(Supplement),
  appointment: z.nullable(Appointment),
  /** Sections HR handed to the applicant to complete. */
  delegatedSections: z._default(z.array(z.string()), []),
  commitmentSignedAt: z.nullable(IsoDateTime),
  submittedAt: z.nullable(IsoDateTime),
  acceptedOn: z.nullable(CalendarDate),
  /** Working-day clock pauses while a supplement is awaited. */
  pauses: z.array(z.object({ requestedOn: CalendarDate, resubmittedOn: z.nullable(CalendarDate) })),
  timeline: z.array(TimelineEvent),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime
})
export type Case = z.infer<typeof Case>

export const CaseSummary = z.pick(Case, {
  id: true,
  reference: true,
  kind: true,
  regionId: true,
  bundleId: true,
  employerId: true,
  employeeId: true,
  applicantName: true,
  status: true,
  matters: true,
  submittedAt: true,
  acceptedOn: true,
  pauses: true,
  updatedAt: true
})
export type CaseSummary = z.infer<typeof CaseSummary>

export const CaseListQuery = z.object({
  status: z.optional(CaseStatus),
  q: z.optional(z.string().check(z.maxLength(100))),
  employeeId: z.optional(Id),
  offset: z.optional(z.coerce.number().check(z.int(), z.nonnegative())),
  limit: z.optional(z.coerce.number().check(z.int(), z.positive(), z.lte(5000)))
})

/** A material as the client hands it in; the server works out which matters it serves. */
const MaterialInput = z.omit(CaseMaterial, { servesMatterIds: true })

export const CreateCaseBody = z.object({
  kind: CaseKind,
  regionId: z.string(),
  bundleId: z.nullable(z.string()),
  employeeId: Id,
  /** For single-matter flows (change / extend / cancel / certification). */
  matters: z.array(z.object({ matterId: z.string(), action: z.string() })).check(z.minLength(1)),
  form: z.record(z.string(), z.unknown()),
  materials: z.array(MaterialInput),
  delegatedSections: z._default(z.array(z.string()), []),
  /** false keeps it as a draft on the server; true submits it. */
  submit: z.boolean()
})
export type CreateCaseBody = z.infer<typeof CreateCaseBody>

export const UpdateCaseBody = z.object({
  form: z.optional(z.record(z.string(), z.unknown())),
  materials: z.optional(z.array(MaterialInput)),
  /** Supplement items this update answers. */
  resolvesItems: z.optional(z.array(Id))
})

export const CaseActionBody = z.object({
  action: z.enum(['submit', 'resubmit', 'appeal', 'withdraw', 'sign_commitment']),
  note: z.optional(z.string().check(z.maxLength(2000)))
})

export const BookAppointmentBody = z.object({
  officeId: z.string(),
  date: CalendarDate,
  start: z.string(),
  purpose: Appointment.shape.purpose
})

/**
 * A claim code HR makes on a case they filed, for the employee's own account to take the case over
 * (src/domain/case/claimCode.ts: 8 characters, works once, for 7 days; a new code retires the old one).
 */
export const ClaimCode = z.object({
  code: z.string().check(z.regex(CLAIM_CODE_PATTERN)),
  caseId: Id,
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime
})
export type ClaimCode = z.infer<typeof ClaimCode>

/** HR's view: the case's live code, if any, and whether an applicant account already has the case. */
export const ClaimCodeState = z.object({ claimCode: z.nullable(ClaimCode), linked: z.boolean() })

/**
 * The employee types the code in. Lenient here (the server reads it as typed: case, spaces, dashes); a wrong,
 * expired, used or replaced code is refused with 422 and the field code `claim.unknown` / `claim.expired` /
 * `claim.used` / `claim.retired` / `claim.tooManyTries` on `code`.
 */
export const ClaimCaseBody = z.object({ code: z.string().check(z.minLength(1), z.maxLength(32)) })
/** The case now in the applicant's list, and their account as it is now (its employer and region follow the case). */
export const ClaimCaseResult = z.object({ case: CaseSummary, user: User })

export const ActorRole = z.union([Role, z.literal('officer'), z.literal('system')])
