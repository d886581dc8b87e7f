/**
 * Phone numbers a foreign talent or HR enters: a Chinese mobile, a Chinese landline with its area code
 * (optionally an extension), or any international number in E.164 form.
 */
import { invalid, valid, type ValidationResult } from './result'
import { compact } from './text'

export type PhoneKind = 'cn_mobile' | 'cn_landline' | 'international'

export interface Phone {
  kind: PhoneKind
  /** cn_mobile '13800138000'; cn_landline '0779-2038430' or '0779-2038430-801'; international '+447911123456'. */
  normalized: string
}

const CN_MOBILE = /^1[3-9]\d{9}$/
/**
 * Area codes: 010 and 02x have 3 digits, all others 4 (0xxx), which tells '02162345678' apart without a
 * hyphen. Local numbers (7-8 digits) never start with 0 (trunk) or 1 (service numbers).
 */
const CN_LANDLINE = /^(010|02\d|0[3-9]\d{2})-?([2-9]\d{6,7})(?:(?:-|#|转|ext\.?|x)(\d{1,6}))?$/i
/** E.164: '+', a country code not starting with 0, 8 to 15 digits in all. */
const E164 = /^\+[1-9]\d{7,14}$/
const CHINA_PREFIX = /^(?:\+86|0086)-?/

/** Spaces, brackets and dots are layout; hyphens are kept because they separate a landline extension. */
const stripLayout = (value: string): string => compact(value).replace(/[().]/g, '')

function asChineseNumber(national: string): Phone | null {
  const digitsOnly = national.replace(/-/g, '')
  if (CN_MOBILE.test(digitsOnly)) return { kind: 'cn_mobile', normalized: digitsOnly }
  const landline = CN_LANDLINE.exec(national)
  if (!landline) return null
  const [, area, local, extension] = landline
  return { kind: 'cn_landline', normalized: extension ? `${area}-${local}-${extension}` : `${area}-${local}` }
}

export function validatePhone(value: string): ValidationResult<Phone> {
  const input = stripLayout(value)
  if (input === '') return invalid('phone.empty')

  // +86 / 0086 numbers are Chinese numbers: a landline then drops its trunk '0' ('+86 779 2038430').
  if (CHINA_PREFIX.test(input)) {
    const national = input.replace(CHINA_PREFIX, '')
    const phone = asChineseNumber(national) ?? asChineseNumber(`0${national}`)
    return phone ? valid(phone) : invalid('phone.invalid')
  }

  const domestic = asChineseNumber(input)
  if (domestic) return valid(domestic)

  const international = input.replace(/-/g, '').replace(/^00/, '+')
  if (E164.test(international)) return valid({ kind: 'international', normalized: international })
  return invalid('phone.invalid')
}
