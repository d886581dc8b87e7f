import { z } from 'zod'
import { MATTER_STATES, type BundleStatus } from '@/domain/case/stateMachine'
import { CalendarDate, Id, IsoDateTime, Role, Text } from './common'

export const Employer = z.object({
  id: Id,
  name: Text,
  creditCode: z.string().regex(/^[0-9A-Z]{18}$/),
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
  userId: Id.nullable(),
  name: z.string(),
  nationality: z.string().length(3),
  passportMasked: z.string(),
  position: z.string(),
  workPermit: z.object({ number: z.string(), category: PermitCategory, validTo: CalendarDate }).nullable(),
  residencePermit: z.object({ validTo: CalendarDate }).nullable()
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
  decidedAt: IsoDateTime.nullable(),
  reasons: z.array(Text).default([]),
  /** Issued document, e.g. the 18-digit work-permit number. */
  documentNumber: z.string().nullable().default(null)
})
export type CaseMatter = z.infer<typeof CaseMatter>

export const TimelineEvent = z.object({
  id: Id,
  at: IsoDateTime,
  actor: z.enum(['applicant', 'hr', 'officer', 'system']),
  actorName: z.string().optional(),
  event: z.string(),
  matterId: z.string().nullable(),
  from: MatterState.nullable(),
  to: MatterState.nullable(),
  note: Text.nullable().default(null)
})
export type TimelineEvent = z.infer<typeof TimelineEvent>

export const Upload = z.object({
  id: Id,
  name: z.string().max(200),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  /** Where the server keeps it; the phone keeps only this reference. */
  url: z.string(),
  uploadedAt: IsoDateTime
})
export type Upload = z.infer<typeof Upload>

export const CaseMaterial = z.object({
  materialId: z.string(),
  uploadIds: z.array(Id),
  /** e.g. issue date of a medical certificate, expiry of a passport: checked against validity rules. */
  documentDate: CalendarDate.nullable().default(null),
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
export const Supplement = z.object({ requestedAt: IsoDateTime, items: z.array(SupplementItem).min(1), answeredAt: IsoDateTime.nullable() })
export type Supplement = z.infer<typeof Supplement>

export const Appointment = z.object({
  id: Id,
  caseId: Id,
  officeId: z.string(),
  date: CalendarDate,
  start: z.string().regex(/^\d\d:\d\d$/),
  end: z.string().regex(/^\d\d:\d\d$/),
  purpose: z.enum(['on_site_check', 'residence_interview']),
  status: z.enum(['booked', 'cancelled', 'attended'])
})
export type Appointment = z.infer<typeof Appointment>

export const Slot = z.object({
  officeId: z.string(),
  date: CalendarDate,
  start: z.string(),
  end: z.string(),
  capacity: z.number().int().nonnegative(),
  booked: z.number().int().nonnegative()
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
  kind: CaseKind,
  regionId: z.string(),
  bundleId: z.string().nullable(),
  employerId: Id,
  employeeId: Id,
  applicantUserId: Id.nullable(),
  applicantName: z.string(),
  status: CaseStatus,
  matters: z.array(CaseMatter).min(1),
  /** The one form: field path -> value. Sensitive fields come back masked. */
  form: z.record(z.string(), z.unknown()),
  materials: z.array(CaseMaterial),
  supplement: Supplement.nullable(),
  appointment: Appointment.nullable(),
  /** Sections HR handed to the applicant to complete. */
  delegatedSections: z.array(z.string()).default([]),
  commitmentSignedAt: IsoDateTime.nullable(),
  submittedAt: IsoDateTime.nullable(),
  acceptedOn: CalendarDate.nullable(),
  /** Working-day clock pauses while a supplement is awaited. */
  pauses: z.array(z.object({ requestedOn: CalendarDate, resubmittedOn: CalendarDate.nullable() })),
  timeline: z.array(TimelineEvent),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime
})
export type Case = z.infer<typeof Case>

export const CaseSummary = Case.pick({
  id: true,
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
  status: CaseStatus.optional(),
  q: z.string().max(100).optional(),
  employeeId: Id.optional(),
  offset: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().positive().max(5000).optional()
})

export const CreateCaseBody = z.object({
  kind: CaseKind,
  regionId: z.string(),
  bundleId: z.string().nullable(),
  employeeId: Id,
  /** For single-matter flows (change / extend / cancel / certification). */
  matters: z.array(z.object({ matterId: z.string(), action: z.string() })).min(1),
  form: z.record(z.string(), z.unknown()),
  materials: z.array(CaseMaterial.omit({ servesMatterIds: true })),
  delegatedSections: z.array(z.string()).default([]),
  /** false keeps it as a draft on the server; true submits it. */
  submit: z.boolean()
})
export type CreateCaseBody = z.infer<typeof CreateCaseBody>

export const UpdateCaseBody = z.object({
  form: z.record(z.string(), z.unknown()).optional(),
  materials: z.array(CaseMaterial.omit({ servesMatterIds: true })).optional(),
  /** Supplement items this update answers. */
  resolvesItems: z.array(Id).optional()
})

export const CaseActionBody = z.object({
  action: z.enum(['submit', 'resubmit', 'appeal', 'withdraw', 'sign_commitment']),
  note: z.string().max(2000).optional()
})

export const BookAppointmentBody = z.object({
  officeId: z.string(),
  date: CalendarDate,
  start: z.string(),
  purpose: Appointment.shape.purpose
})

export const ActorRole = z.union([Role, z.literal('officer'), z.literal('system')])
