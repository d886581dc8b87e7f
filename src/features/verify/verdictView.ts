/**
 * A verdict from verifyPresentation, turned into what the desk needs to read at a glance: is the code
 * genuine, does the certificate stand (current / expired / revoked / stale), and what to do.
 */
import type { ValidDetails, Verdict, VerdictCode } from '@/domain/certificate/types'
import { REVOCATION_UNCHECKED_POLICY } from '@/domain/certificate/verify'

export type Tone = 'ok' | 'bad' | 'warn'
export type Genuine = 'yes' | 'no' | 'unknown'
export type Standing = 'current' | 'unchecked' | 'expired' | 'revoked' | 'stale' | 'notYetValid' | 'unknown'

/** The explanation's key under `verdict.<code>.` (some codes explain their reason). */
export type BodyKey =
  | 'valid.body'
  | 'forged.unknown_issuer_key'
  | 'forged.issuer_signature'
  | 'forged.holder_signature'
  | 'tampered.body'
  | 'expired.body'
  | 'not_yet_valid.body'
  | 'revoked.body'
  | 'stale_proof.past'
  | 'stale_proof.future'
  | 'replayed.body'
  | 'wrong_purpose.body'
  | 'not_entitled.body'
  | 'not_a_certificate.body'
  | 'revocation_unchecked.record_for_later_check'
  | 'revocation_unchecked.go_online_first'
  | 'desk_clock_wrong.behind'
  | 'desk_clock_wrong.ahead'

/** The facts a genuine, current code disclosed: for 'valid', and for 'revocation_unchecked' (the desk still compares the name). */
export function verdictDetails(verdict: Verdict): ValidDetails | null {
  return verdict.code === 'valid' || verdict.code === 'revocation_unchecked' ? verdict : null
}

export interface VerdictView {
  code: VerdictCode
  tone: Tone
  genuine: Genuine
  standing: Standing
  bodyKey: BodyKey
  params: Record<string, string | number>
}

export function describeVerdict(verdict: Verdict): VerdictView {
  const base = { code: verdict.code, params: {} as Record<string, string | number> }
  switch (verdict.code) {
    case 'valid':
      return { ...base, tone: 'ok', genuine: 'yes', standing: 'current', bodyKey: 'valid.body', params: { validTo: verdict.disclosed.validTo } }
    case 'forged':
      return {
        ...base,
        tone: 'bad',
        genuine: verdict.reason === 'unknown_issuer_key' ? 'unknown' : 'no',
        standing: 'unknown',
        bodyKey: `forged.${verdict.reason}`
      }
    case 'tampered':
      return { ...base, tone: 'bad', genuine: 'no', standing: 'unknown', bodyKey: 'tampered.body' }
    case 'expired':
      return { ...base, tone: 'bad', genuine: 'yes', standing: 'expired', bodyKey: 'expired.body', params: { validTo: verdict.validTo } }
    case 'not_yet_valid':
      return { ...base, tone: 'bad', genuine: 'yes', standing: 'notYetValid', bodyKey: 'not_yet_valid.body', params: { validFrom: verdict.validFrom } }
    case 'revoked':
      return { ...base, tone: 'bad', genuine: 'yes', standing: 'revoked', bodyKey: 'revoked.body' }
    case 'stale_proof':
      return {
        ...base,
        tone: 'warn',
        genuine: 'yes',
        standing: 'stale',
        bodyKey: verdict.direction === 'future' ? 'stale_proof.future' : 'stale_proof.past',
        params: { seconds: Math.round(Math.abs(verdict.ageMs) / 1000) }
      }
    case 'replayed':
      return { ...base, tone: 'warn', genuine: 'yes', standing: 'unknown', bodyKey: 'replayed.body' }
    case 'wrong_purpose':
      return {
        ...base,
        tone: 'warn',
        genuine: 'yes',
        standing: 'unknown',
        bodyKey: 'wrong_purpose.body',
        params: { expected: verdict.expected, presented: verdict.presented }
      }
    case 'not_entitled':
      return { ...base, tone: 'bad', genuine: 'yes', standing: 'current', bodyKey: 'not_entitled.body', params: { expected: verdict.expected } }
    case 'revocation_unchecked':
      return {
        ...base,
        tone: 'warn',
        genuine: 'yes',
        standing: 'unchecked',
        bodyKey: `revocation_unchecked.${REVOCATION_UNCHECKED_POLICY[verdict.purpose]}`,
        params: { checkedAt: verdict.checkedAt ?? -1 }
      }
    case 'desk_clock_wrong':
      return {
        ...base,
        tone: 'bad',
        genuine: 'unknown',
        standing: 'unknown',
        bodyKey: `desk_clock_wrong.${verdict.direction}`,
        params: { newestSignedAt: verdict.newestSignedAt }
      }
    case 'not_a_certificate':
    default:
      return { ...base, code: 'not_a_certificate', tone: 'bad', genuine: 'no', standing: 'unknown', bodyKey: 'not_a_certificate.body' }
  }
}
