import type {
  Appointment,
  Case,
  Employee,
  Employer,
  FaultConfig,
  HospitalBooking,
  HospitalSlot,
  Notification,
  Redemption,
  SchoolApplication,
  TheatreBooking,
  TheatreShow,
  Upload,
  User
, OutboxMessage, HospitalDepartment, HolderCertificate, Text } from '../src/api/contract'
import type * as z from 'zod/mini'

/** 2: WeChat identities and claim codes (a version-1 world is upgraded on load: mock/backend.ts). */
export const MOCK_STATE_VERSION = 3

export interface UserRecord {
  username: string
  /** Empty for accounts that sign in with WeChat only. */
  password: string
  /** Made by a first WeChat sign-in (mock/wechat.ts): not a demo account. */
  viaWeChat?: boolean
  user: User
  description: Text
}

export interface EmployeeRecord extends Employee {
  /** Full passport number: stays server-side; responses carry passportMasked only. */
  passportNumber: string
}

export interface CertificateRecord {
  userId: string
  certificate: Omit<HolderCertificate, 'signed' | 'passportMasked'>
  passportNumber: string
  devicePublicKey: string | null
  /** Opaque id the revocation list names; set when the certificate is signed for a device. */
  credentialId: string | null
  signed: Record<string, unknown> | null
}

export interface IdempotencyRecord {
  status: number
  body: unknown
  at: string
  /** The request it answered (canonical JSON of the checked body): the same key with another request is refused. */
  request?: string
}

/** A claim code HR made on a case (src/domain/case/claimCode.ts). */
export interface ClaimCodeRecord {
  code: string
  caseId: string
  employerId: string
  createdBy: string
  createdAt: string
  expiresAt: string
  usedAt: string | null
  usedBy: string | null
  /** Set when HR made a newer code for the case: this one no longer works. */
  retiredAt: string | null
}

export interface MockState {
  version: number
  seq: number
  clock: { frozenAt: string | null; offsetMs: number }
  faults: FaultConfig
  users: UserRecord[]
  sessions: Record<string, { userId: string; expiresAt: string }>
  /**
   * WeChat openid -> user id. Real WeChat turns a login code into the person's openid (code2Session); the mock
   * derives the openid from the code (mock/wechat.ts), and the demo codes `demo:<username>` from the username.
   */
  wechatAccounts: Record<string, string>
  claimCodes: ClaimCodeRecord[]
  /** Wrong claim codes tried, per user (times), for the hourly limit. */
  claimFailures: Record<string, string[]>
  employers: Employer[]
  employees: EmployeeRecord[]
  cases: Case[]
  uploads: Upload[]
  appointments: Appointment[]
  issuer: { keyId: string; secretKey: string; publicKey: string }
  certificates: CertificateRecord[]
  /** Credential ids (not certificate numbers) of revoked certificates. */
  revokedCredentials: { credentialId: string; at: string }[]
  redemptions: (Redemption & { userRef: string })[]
  theatreShows: TheatreShow[]
  theatreBookings: TheatreBooking[]
  hospitalDepartments: z.infer<typeof HospitalDepartment>[]
  hospitalSlots: HospitalSlot[]
  hospitalBookings: HospitalBooking[]
  schoolApplications: (SchoolApplication & { passportNumber: string })[]
  notifications: (Notification & { userId: string })[]
  outbox: z.infer<typeof OutboxMessage>[]
  /** `${userId}:${endpoint}:${key}` -> the first answer. */
  idempotency: Record<string, IdempotencyRecord>
}

export const noFaults: FaultConfig = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
