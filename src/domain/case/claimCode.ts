/**
 * Claim codes: how an employee's own account takes over a case their employer's HR filed for them.
 *
 * HR makes a code on the case and hands it over (in person, by chat); the employee types it in. So it is
 * short and typed by hand: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in two
 * groups of four, accepted in either case, with or without spaces and dashes. The product's policy: a code
 * works once, for 7 days, and a case has at most one live code (making a new one retires the old).
 * With 31 symbols there are 31^8 (about 8.5 * 10^11) codes, and the backend limits wrong tries.
 */

export const CLAIM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CLAIM_CODE_LENGTH = 8
/** Policy: how long a claim code works after HR makes it. */
export const CLAIM_CODE_VALID_DAYS = 7
/** Policy: wrong codes one account may try within an hour before it must wait. */
export const CLAIM_CODE_MAX_WRONG_PER_HOUR = 10

const DAY_MS = 24 * 3600 * 1000

/** Matches a code as stored and sent back (normalised). */
export const CLAIM_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{8}$/

/**
 * A new code. `randomBelow(n)` gives a whole number in [0, n); a real backend draws it from a
 * cryptographically secure source.
 */
export function makeClaimCode(randomBelow: (n: number) => number): string {
  let code = ''
  for (let i = 0; i < CLAIM_CODE_LENGTH; i++) code += CLAIM_CODE_ALPHABET[randomBelow(CLAIM_CODE_ALPHABET.length)]
  return code
}

export function claimCodeExpiresAt(createdAtMs: number): number {
  return createdAtMs + CLAIM_CODE_VALID_DAYS * DAY_MS
}

/** 'ABCD2345' -> 'ABCD-2345' (easier to read out and to type). */
export function formatClaimCode(code: string): string {
  return code.length === CLAIM_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code
}

export type ClaimCodeInput = { ok: true; code: string } | { ok: false; reason: 'empty' | 'length' | 'chars' }

/** Reads what a person typed: case, spaces and dashes do not matter. */
export function parseClaimCode(input: string): ClaimCodeInput {
  const code = input.replace(/[\s\-–—_.]/g, '').toUpperCase()
  if (!code) return { ok: false, reason: 'empty' }
  if ([...code].some((ch) => !CLAIM_CODE_ALPHABET.includes(ch))) return { ok: false, reason: 'chars' }
  if (code.length !== CLAIM_CODE_LENGTH) return { ok: false, reason: 'length' }
  return { ok: true, code }
}

export interface ClaimCodeRecordLike {
  expiresAt: string
  usedAt: string | null
  usedBy: string | null
  retiredAt: string | null
}

export type ClaimCodeStatus = 'live' | 'expired' | 'used' | 'retired'

/** What a code is worth now. A code already used (by anyone) is 'used' even when it has since expired. */
export function claimCodeStatus(record: ClaimCodeRecordLike, nowMs: number): ClaimCodeStatus {
  if (record.usedAt) return 'used'
  if (record.retiredAt) return 'retired'
  if (Date.parse(record.expiresAt) <= nowMs) return 'expired'
  return 'live'
}
