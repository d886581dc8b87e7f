/**
 * The one result shape every validator returns. `code` is an i18n key in the 'validation' namespace
 * (locales/<lang>/validation.json); `params` feeds its {{interpolation}}.
 */

/** Every code a validator can return. The locale test proves each one has a message in every language. */
export const VALIDATION_CODES = [
  'passport.empty',
  'passport.tooLong',
  'passport.badChars',
  'passport.checkDigit',
  'nationality.empty',
  'nationality.unknown',
  'phone.empty',
  'phone.invalid',
  'date.required',
  'date.invalid',
  'date.future',
  'date.ageOutOfRange',
  'date.rangeOrder',
  'date.issuedTooLongAgo',
  'date.expired',
  'date.expiresTooSoon',
  'permitNumber.empty',
  'permitNumber.notDigits',
  'permitNumber.length',
  'number.required',
  'number.notNumber',
  'number.negative',
  'number.notInteger',
  'number.outOfRange',
  'choice.required',
  'choice.invalid',
  // Generic codes for fields without a specific validator (also sent by the backend).
  'field.required',
  'field.invalid',
  'field.tooLong'
] as const

/** Field codes only the backend sends (a phone's binding proof, a redemption refused at the server); messages in the same namespace. */
export const SERVER_FIELD_CODES = ['binding.challenge', 'binding.signature', 'scan.tooOld', 'presentation.used'] as const

export type ValidationCode = (typeof VALIDATION_CODES)[number]

export type MessageParams = Readonly<Record<string, string | number>>

export type ValidationFailure = { ok: false; code: ValidationCode; params?: MessageParams }
export type ValidationResult<T> = { ok: true; value: T } | ValidationFailure

export const valid = <T>(value: T): ValidationResult<T> => ({ ok: true, value })

export const invalid = (code: ValidationCode, params?: MessageParams): ValidationFailure => (params ? { ok: false, code, params } : { ok: false, code })
