import { COUNTRIES } from './countries'
import {
  findNationality,
  nationalityName,
  normalizeNationalityCode,
  searchNationalities,
  validateNationality
} from './nationality'

describe('country data', () => {
  const iso = COUNTRIES.filter((c) => c.kind === 'iso')

  it('holds all 249 ISO 3166-1 alpha-3 codes, once each', () => {
    expect(iso).toHaveLength(249)
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length)
    expect(iso.every((c) => /^[A-Z]{3}$/.test(c.code))).toBe(true)
  })

  it('names every code in English and Chinese', () => {
    for (const c of COUNTRIES) {
      expect(c.en.trim()).not.toBe('')
      expect(c.zh).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('holds the ICAO 9303 extras', () => {
    const extras = COUNTRIES.filter((c) => c.kind === 'icao').map((c) => c.code)
    expect(extras).toEqual(
      expect.arrayContaining([
        'D<<',
        'GBD',
        'GBN',
        'GBO',
        'GBP',
        'GBS',
        'UNO',
        'UNA',
        'UNK',
        'XXA',
        'XXB',
        'XXC',
        'XXX',
        'EUE',
        'XOM',
        'XPO',
        'XCC',
        'XBA'
      ])
    )
  })

  it('uses PRC naming for Hong Kong, Macao and Taiwan', () => {
    expect(nationalityName('HKG', 'zh-CN')).toBe('中国香港')
    expect(nationalityName('MAC', 'en')).toBe('Macao, China')
    expect(nationalityName('TWN', 'zh')).toBe('中国台湾')
  })
})

describe('validateNationality', () => {
  it.each([
    ['CHN', 'CHN'],
    ['GBR', 'GBR'],
    [' gbr ', 'GBR'],
    ['DEU', 'DEU'],
    ['D<<', 'D<<'],
    ['D', 'D<<'],
    ['d', 'D<<'],
    ['XXA', 'XXA'],
    ['UNK', 'UNK'],
    ['ＵＳＡ', 'USA']
  ])('%p -> %p', (code, value) => expect(validateNationality(code)).toEqual({ ok: true, value }))

  it.each([
    ['', 'nationality.empty'],
    ['  ', 'nationality.empty'],
    ['ZZZ', 'nationality.unknown'],
    ['UK', 'nationality.unknown'],
    ['GB', 'nationality.unknown'],
    ['ANT', 'nationality.unknown'],
    ['RKS', 'nationality.unknown'],
    ['GBRR', 'nationality.unknown'],
    ['Germany', 'nationality.unknown']
  ])('%p -> %s', (code, error) => expect(validateNationality(code)).toEqual({ ok: false, code: error }))

  it('pads short codes as the MRZ does', () => {
    expect(normalizeNationalityCode('D')).toBe('D<<')
    expect(normalizeNationalityCode('')).toBe('')
  })
})

describe('nationalityName', () => {
  it.each([
    ['CHN', 'en', 'China'],
    ['CHN', 'zh-CN', '中国'],
    ['GBR', 'en', 'United Kingdom'],
    ['GBR', 'zh', '英国'],
    ['D<<', 'en', 'Germany'],
    ['D', 'zh-CN', '德国'],
    ['DEU', 'en-US', 'Germany'],
    ['XXB', 'en', 'Refugee (1951 Convention)']
  ])('%s in %s -> %s', (code, lang, name) => expect(nationalityName(code, lang)).toBe(name))

  it('is undefined for an unknown code', () => {
    expect(nationalityName('ZZZ', 'en')).toBeUndefined()
  })

  it('marks D<< as an alias of DEU', () => {
    expect(findNationality('D<<')?.aliasOf).toBe('DEU')
  })
})

describe('searchNationalities', () => {
  const codes = (query: string, lang = 'en') => searchNationalities(query, lang).map((o) => o.code)

  it('lists everything but aliases for an empty query, sorted by name', () => {
    const all = searchNationalities('', 'en')
    expect(all).toHaveLength(COUNTRIES.length - 1)
    expect(all.map((o) => o.code)).not.toContain('D<<')
    expect(all[0]).toEqual({ code: 'AFG', name: 'Afghanistan' })
  })

  it('puts an exact code first', () => {
    expect(codes('gbr')[0]).toBe('GBR')
    expect(codes('CHN')[0]).toBe('CHN')
  })

  it('finds by English name, accents and punctuation ignored', () => {
    expect(codes('germ')).toEqual(['DEU'])
    expect(codes('cote divoire')).toContain('CIV')
    expect(codes('kong')).toContain('HKG')
  })

  it('finds by common other names', () => {
    expect(codes('UK')).toContain('GBR')
    expect(codes('ivory')).toEqual(['CIV'])
    expect(codes('Turkey')).toEqual(['TUR'])
  })

  it('finds by Chinese name and answers in the UI language', () => {
    expect(searchNationalities('英国', 'zh-CN')[0]).toEqual({ code: 'GBR', name: '英国' })
    expect(searchNationalities('英国', 'en')[0]).toEqual({ code: 'GBR', name: 'United Kingdom' })
    expect(searchNationalities('germany', 'zh')).toEqual([{ code: 'DEU', name: '德国' }])
  })

  it('ranks name prefixes before other matches', () => {
    const result = codes('ind')
    expect(result[0]).toBe('IND')
    expect(result.indexOf('IDN')).toBeGreaterThan(result.indexOf('IND'))
  })

  it('returns nothing when nothing matches', () => {
    expect(codes('qqqq')).toEqual([])
    expect(codes("'")).toEqual([])
  })
})
