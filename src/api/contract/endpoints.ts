/**
 * The API contract: every endpoint the product uses, with its request and response schemas.
 * The HTTP client and the mock backend both read this table, so they cannot drift apart.
 */
import * as z from 'zod/mini'
import { Count, Ok, Page, Role } from './common'
import { DemoAccounts, Session, SignInBody, User, WeChatSession, WeChatSignInBody } from './session'
import { RegionSummary } from './regions'
import {
  Appointment,
  BookAppointmentBody,
  Case,
  CaseActionBody,
  CaseListQuery,
  CaseSummary,
  ClaimCaseBody,
  ClaimCaseResult,
  ClaimCode,
  ClaimCodeState,
  CreateCaseBody,
  Employee,
  Employer,
  Slot,
  UpdateCaseBody,
  Upload
} from './cases'
import { BindChallenge, BindDeviceKeyBody, HolderCertificate, IssuerKeys, Redemption, RedemptionBody, RevocationLists } from './certificates'
import {
  BookHospitalBody,
  BookTheatreBody,
  HospitalBooking,
  HospitalDepartment,
  HospitalSlot,
  Notification,
  SchoolApplication,
  TheatreBooking,
  TheatreShow
} from './perks'
import { Clock, ClockBody, FaultConfig, OfficerActionBody, OutboxMessage } from './officer'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface EndpointDef {
  method: Method
  path: string
  /** Roles allowed; 'public' needs no session. */
  auth: readonly z.infer<typeof Role>[] | 'public' | 'dev'
  query?: z.ZodMiniType
  body?: z.ZodMiniType
  response: z.ZodMiniType
  /** Requires an Idempotency-Key header: a retry returns the first result instead of acting twice. */
  idempotent?: boolean
}

const anyone = ['applicant', 'hr', 'verifier'] as const
const hr = ['hr'] as const
const applicant = ['applicant'] as const
const applicantOrHr = ['applicant', 'hr'] as const
const verifier = ['verifier'] as const

const Empty = z.object({})
const DateQuery = z.object({
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d\d-\d\d$/))),
  from: z.optional(z.string()),
  to: z.optional(z.string())
})

export const endpoints = {
  // Session and roles
  'session.demoAccounts': { method: 'GET', path: '/auth/demo-accounts', auth: 'public', response: DemoAccounts },
  'session.signIn': { method: 'POST', path: '/session', auth: 'public', body: SignInBody, response: Session },
  'session.wechat': { method: 'POST', path: '/session/wechat', auth: 'public', body: WeChatSignInBody, response: WeChatSession },
  'session.me': { method: 'GET', path: '/session', auth: anyone, response: User },
  'session.signOut': { method: 'DELETE', path: '/session', auth: anyone, response: Ok },

  // Regions and guides (the guide texts also ship in the app for offline reading)
  'regions.list': { method: 'GET', path: '/regions', auth: 'public', response: z.object({ regions: z.array(RegionSummary) }) },

  // Employers and their foreign employees
  'employers.mine': { method: 'GET', path: '/employers/mine', auth: applicantOrHr, response: z.object({ employers: z.array(Employer) }) },
  'employees.list': { method: 'GET', path: '/employers/:employerId/employees', auth: hr, response: z.object({ employees: z.array(Employee) }) },

  // Cases: matters, form data, materials, timeline, appointments
  'cases.list': { method: 'GET', path: '/cases', auth: applicantOrHr, query: CaseListQuery, response: Page(CaseSummary) },
  'cases.get': { method: 'GET', path: '/cases/:caseId', auth: applicantOrHr, response: Case },
  'cases.create': { method: 'POST', path: '/cases', auth: hr, body: CreateCaseBody, response: Case, idempotent: true },
  'cases.update': { method: 'PATCH', path: '/cases/:caseId', auth: applicantOrHr, body: UpdateCaseBody, response: Case },
  'cases.act': { method: 'POST', path: '/cases/:caseId/actions', auth: applicantOrHr, body: CaseActionBody, response: Case, idempotent: true },
  // Claim codes: HR makes one on a case; the employee's own account claims the case with it
  'cases.claimCode': { method: 'GET', path: '/cases/:caseId/claim-code', auth: hr, response: ClaimCodeState },
  'cases.newClaimCode': { method: 'POST', path: '/cases/:caseId/claim-code', auth: hr, body: Empty, response: ClaimCode, idempotent: true },
  'cases.claim': { method: 'POST', path: '/case-claims', auth: applicant, body: ClaimCaseBody, response: ClaimCaseResult, idempotent: true },
  'appointments.slots': { method: 'GET', path: '/offices/:officeId/slots', auth: applicantOrHr, query: DateQuery, response: z.object({ slots: z.array(Slot) }) },
  'appointments.book': { method: 'POST', path: '/cases/:caseId/appointment', auth: applicantOrHr, body: BookAppointmentBody, response: Appointment, idempotent: true },
  'appointments.cancel': { method: 'DELETE', path: '/cases/:caseId/appointment', auth: applicantOrHr, response: Ok },

  // Uploads (HTTP: multipart through Taro.uploadFile)
  'uploads.create': {
    method: 'POST',
    path: '/uploads',
    auth: applicantOrHr,
    body: z.object({ name: z.string().check(z.minLength(1), z.maxLength(200)), mime: z.string(), size: Count, filePath: z.string() }),
    response: Upload
  },

  // Certificates, issuer keys and revocation
  'certificates.mine': { method: 'GET', path: '/certificates/mine', auth: applicant, response: z.object({ certificate: z.nullable(HolderCertificate) }) },
  'certificates.bindChallenge': { method: 'POST', path: '/certificates/mine/device-key/challenge', auth: applicant, response: BindChallenge },
  'certificates.bindDevice': { method: 'POST', path: '/certificates/mine/device-key', auth: applicant, body: BindDeviceKeyBody, response: HolderCertificate, idempotent: true },
  'certificates.issuerKeys': { method: 'GET', path: '/certificates/issuer-keys', auth: 'public', response: IssuerKeys },
  'certificates.revocations': { method: 'GET', path: '/certificates/revocations', auth: 'public', response: RevocationLists },

  // Verification and redemptions
  'redemptions.create': { method: 'POST', path: '/redemptions', auth: verifier, body: RedemptionBody, response: Redemption, idempotent: true },
  'redemptions.list': { method: 'GET', path: '/redemptions', auth: verifier, response: z.object({ redemptions: z.array(Redemption) }) },

  // Perks: theatre
  'theatre.shows': { method: 'GET', path: '/perks/theatre/shows', auth: anyone, query: z.object({ month: z.optional(z.string().check(z.regex(/^\d{4}-\d\d$/))) }), response: z.object({ shows: z.array(TheatreShow) }) },
  'theatre.bookings': { method: 'GET', path: '/perks/theatre/bookings', auth: applicant, response: z.object({ bookings: z.array(TheatreBooking) }) },
  'theatre.book': { method: 'POST', path: '/perks/theatre/bookings', auth: applicant, body: BookTheatreBody, response: TheatreBooking, idempotent: true },
  'theatre.cancel': { method: 'DELETE', path: '/perks/theatre/bookings/:bookingId', auth: applicant, response: TheatreBooking },

  // Perks: hospital green channel
  'hospital.departments': { method: 'GET', path: '/perks/hospital/departments', auth: anyone, response: z.object({ departments: z.array(HospitalDepartment) }) },
  'hospital.slots': { method: 'GET', path: '/perks/hospital/departments/:departmentId/slots', auth: anyone, query: DateQuery, response: z.object({ slots: z.array(HospitalSlot) }) },
  'hospital.bookings': { method: 'GET', path: '/perks/hospital/bookings', auth: applicant, response: z.object({ bookings: z.array(HospitalBooking) }) },
  'hospital.book': { method: 'POST', path: '/perks/hospital/bookings', auth: applicant, body: BookHospitalBody, response: HospitalBooking, idempotent: true },
  'hospital.reschedule': { method: 'PATCH', path: '/perks/hospital/bookings/:bookingId', auth: applicant, body: z.object({ slotId: z.string() }), response: HospitalBooking },
  'hospital.cancel': { method: 'DELETE', path: '/perks/hospital/bookings/:bookingId', auth: applicant, response: HospitalBooking },

  // Perks: school admission
  'school.applications': { method: 'GET', path: '/perks/school/applications', auth: applicantOrHr, response: z.object({ applications: z.array(SchoolApplication) }) },
  'school.apply': {
    method: 'POST',
    path: '/perks/school/applications',
    auth: applicant,
    body: z.extend(z.pick(SchoolApplication, { parent: true, children: true, materialUploadIds: true }), { passportNumber: z.string() }),
    response: SchoolApplication,
    idempotent: true
  },
  'school.employerOpinion': {
    method: 'POST',
    path: '/perks/school/applications/:applicationId/opinion',
    auth: hr,
    body: z.object({ approved: z.boolean(), note: z.string().check(z.maxLength(500)) }),
    response: SchoolApplication
  },

  // Notifications
  'notifications.list': { method: 'GET', path: '/notifications', auth: anyone, response: z.object({ items: z.array(Notification), unread: Count }) },
  'notifications.read': { method: 'POST', path: '/notifications/:notificationId/read', auth: anyone, body: Empty, response: Ok },
  'notifications.readAll': { method: 'POST', path: '/notifications/read-all', auth: anyone, body: Empty, response: Ok },

  // Dev only: the officer simulator, the mock's clock, faults, outbox, reset
  'officer.cases': { method: 'GET', path: '/dev/officer/cases', auth: 'dev', response: z.object({ cases: z.array(CaseSummary) }) },
  'officer.act': { method: 'POST', path: '/dev/officer/cases/:caseId/actions', auth: 'dev', body: OfficerActionBody, response: Case },
  'dev.clock': { method: 'GET', path: '/dev/clock', auth: 'dev', response: Clock },
  'dev.setClock': { method: 'POST', path: '/dev/clock', auth: 'dev', body: ClockBody, response: Clock },
  'dev.faults': { method: 'POST', path: '/dev/faults', auth: 'dev', body: FaultConfig, response: FaultConfig },
  'dev.outbox': { method: 'GET', path: '/dev/outbox', auth: 'dev', response: z.object({ messages: z.array(OutboxMessage) }) },
  'dev.reset': { method: 'POST', path: '/dev/reset', auth: 'dev', body: Empty, response: Ok }
} as const satisfies Record<string, EndpointDef>

export type Endpoints = typeof endpoints
export type EndpointName = keyof Endpoints

type Infer<T> = T extends z.ZodMiniType ? z.infer<T> : never
type InferIn<T> = T extends z.ZodMiniType ? z.input<T> : never
type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never

export type ResponseOf<N extends EndpointName> = Infer<Endpoints[N]['response']>
export type BodyOf<N extends EndpointName> = Endpoints[N] extends { body: infer B } ? InferIn<B> : undefined
/** As the server sees them, after parsing (defaults applied). */
export type ParsedBodyOf<N extends EndpointName> = Endpoints[N] extends { body: infer B } ? Infer<B> : undefined
export type ParsedQueryOf<N extends EndpointName> = Endpoints[N] extends { query: infer Q } ? Infer<Q> : undefined
export type QueryOf<N extends EndpointName> = Endpoints[N] extends { query: infer Q } ? InferIn<Q> : undefined
export type ParamsOf<N extends EndpointName> = [PathParamNames<Endpoints[N]['path']>] extends [never]
  ? undefined
  : Record<PathParamNames<Endpoints[N]['path']>, string>

export type RequestOf<N extends EndpointName> = (ParamsOf<N> extends undefined ? { params?: undefined } : { params: ParamsOf<N> }) &
  (BodyOf<N> extends undefined ? { body?: undefined } : { body: BodyOf<N> }) &
  (QueryOf<N> extends undefined ? { query?: undefined } : { query?: QueryOf<N> }) & {
    /** Required by idempotent endpoints; the client makes one per user intent and reuses it on retry. */
    idempotencyKey?: string
  }

export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined) throw new Error(`Missing path parameter ${name}`)
    return encodeURIComponent(value)
  })
}
