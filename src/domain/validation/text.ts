/**
 * Input clean-up shared by the validators. Chinese input methods type full-width characters
 * ("１２３", "Ｅ", "\u3000"), which look right to the user but fail an ASCII pattern: fold them first.
 */

const FULL_WIDTH_START = 0xff01
const FULL_WIDTH_END = 0xff5e
const FULL_WIDTH_OFFSET = 0xfee0
const IDEOGRAPHIC_SPACE = '\u3000'

export function toHalfWidth(value: string): string {
  let out = ''
  for (const ch of value) {
    const code = ch.charCodeAt(0)
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCharCode(code - FULL_WIDTH_OFFSET)
    else if (ch === IDEOGRAPHIC_SPACE) out += ' '
    else out += ch
  }
  return out
}

/**
 * Upper case for ASCII letters only. String.prototype.toUpperCase turns 'ß' into 'SS', 'ﬁ' into 'FI' and
 * 'ı' into 'I': a code typed with those would pass an [A-Z] check as a different code than the one typed.
 */
export function asciiUpperCase(value: string): string {
  return value.replace(/[a-z]+/g, (letters) => letters.toUpperCase())
}

/** Half-width, trimmed, every whitespace removed. */
export function compact(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, '')
}

/** Form values arrive as strings, numbers or nothing; anything else is treated as not given. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value
  // NaN / Infinity become 'NaN' / 'Infinity', which the number validator reports as not a number.
  if (typeof value === 'number') return String(value)
  return ''
}
