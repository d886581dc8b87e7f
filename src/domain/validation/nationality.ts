/**
 * Nationality codes as written in a passport's MRZ: ISO 3166-1 alpha-3 plus the ICAO extras
 * (countries.ts). Germany is 'D<<' in German passports and 'DEU' in ISO: both are accepted.
 */
import { COUNTRIES, type Country } from './countries'
import { invalid, valid, type ValidationResult } from './result'
import { asciiUpperCase, compact } from './text'

const MRZ_CODE_LENGTH = 3

const BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]))

/** 'd', ' D ', 'D<<' all become 'D<<': the MRZ pads short codes with '<'. */
export function normalizeNationalityCode(code: string): string {
  const upper = asciiUpperCase(compact(code))
  return upper.length > 0 && upper.length < MRZ_CODE_LENGTH ? upper.padEnd(MRZ_CODE_LENGTH, '<') : upper
}

export function validateNationality(code: string): ValidationResult<string> {
  const normalized = normalizeNationalityCode(code)
  if (normalized === '') return invalid('nationality.empty')
  if (!BY_CODE.has(normalized)) return invalid('nationality.unknown')
  return valid(normalized)
}

export function findNationality(code: string): Country | undefined {
  return BY_CODE.get(normalizeNationalityCode(code))
}

const isChinese = (lang: string): boolean => lang.toLowerCase().startsWith('zh')

const nameIn = (country: Country, lang: string): string => (isChinese(lang) ? country.zh : country.en)

/** The name in the UI language ('zh', 'zh-CN' -> Chinese; anything else -> English); undefined if unknown. */
export function nationalityName(code: string, lang: string): string | undefined {
  const country = findNationality(code)
  return country && nameIn(country, lang)
}

export interface NationalityOption {
  code: string
  name: string
}

/** Lower case, accents and punctuation dropped, so "cote divoire" finds "Côte d'Ivoire". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const NO_MATCH = Number.POSITIVE_INFINITY

/** 0 exact code, 1 code prefix, 2 a whole name, 3 a name starts with it, 4 a word starts with it, 5 contained. */
function matchRank(country: Country, query: string, foldedQuery: string): number {
  const code = country.code.replace(/</g, '')
  const upper = query.toUpperCase()
  if (code === upper) return 0
  if (code.startsWith(upper)) return 1
  let best = NO_MATCH
  for (const name of [country.en, country.zh, ...country.aka]) {
    const folded = fold(name)
    if (folded === foldedQuery) best = Math.min(best, 2)
    else if (folded.startsWith(foldedQuery)) best = Math.min(best, 3)
    else if (folded.split(' ').some((word) => word.startsWith(foldedQuery))) best = Math.min(best, 4)
    else if (folded.includes(foldedQuery)) best = Math.min(best, 5)
  }
  return best
}

/**
 * Nationalities matching a typed code or name (English or Chinese, whatever the UI language), best first,
 * then by name in the UI language. An empty query lists all. Aliases (D<<) are not offered: DEU covers them.
 */
export function searchNationalities(query: string, lang: string): NationalityOption[] {
  const trimmed = query.trim()
  const foldedQuery = fold(trimmed)
  const candidates = COUNTRIES.filter((c) => !c.aliasOf)
  const ranked =
    trimmed === ''
      ? candidates.map((country) => ({ country, rank: 0 }))
      : candidates
          .map((country) => ({
            country,
            rank: foldedQuery === '' ? NO_MATCH : matchRank(country, trimmed, foldedQuery)
          }))
          .filter((r) => r.rank !== NO_MATCH)
  const locale = isChinese(lang) ? 'zh-CN' : 'en'
  return ranked
    .sort((a, b) => a.rank - b.rank || nameIn(a.country, lang).localeCompare(nameIn(b.country, lang), locale))
    .map(({ country }) => ({ code: country.code, name: nameIn(country, lang) }))
}
