import {
  CLAIM_CODE_ALPHABET,
  CLAIM_CODE_PATTERN,
  claimCodeExpiresAt,
  claimCodeStatus,
  formatClaimCode,
  makeClaimCode,
  parseClaimCode
} from './claimCode'

describe('claim codes', () => {
  it('are 8 characters without look-alikes', () => {
    expect(CLAIM_CODE_ALPHABET).not.toMatch(/[01ILO]/)
    expect(new Set(CLAIM_CODE_ALPHABET).size).toBe(CLAIM_CODE_ALPHABET.length)
    let i = 0
    const code = makeClaimCode((n) => i++ % n)
    expect(code).toBe('23456789')
    for (let k = 0; k < 200; k++) expect(makeClaimCode((n) => Math.floor(Math.random() * n))).toMatch(CLAIM_CODE_PATTERN)
    expect(makeClaimCode((n) => n - 1)).toBe('ZZZZZZZZ')
  })

  it('are read as typed: any case, spaces and dashes ignored', () => {
    expect(parseClaimCode(' abcd-2345 ')).toEqual({ ok: true, code: 'ABCD2345' })
    expect(parseClaimCode('ab cd 23 45')).toEqual({ ok: true, code: 'ABCD2345' })
    expect(parseClaimCode('  ')).toEqual({ ok: false, reason: 'empty' })
    expect(parseClaimCode('ABCD234')).toEqual({ ok: false, reason: 'length' })
    expect(parseClaimCode('ABCD23456')).toEqual({ ok: false, reason: 'length' })
    expect(parseClaimCode('ABCD0123')).toEqual({ ok: false, reason: 'chars' })
    expect(parseClaimCode('ABCDO234')).toEqual({ ok: false, reason: 'chars' })
    expect(formatClaimCode('ABCD2345')).toBe('ABCD-2345')
  })

  it('work for 7 days, once', () => {
    const created = Date.parse('2026-11-20T02:00:00.000Z')
    const expiresAt = new Date(claimCodeExpiresAt(created)).toISOString()
    expect(expiresAt).toBe('2026-11-27T02:00:00.000Z')
    const live = { expiresAt, usedAt: null, usedBy: null, retiredAt: null }
    expect(claimCodeStatus(live, Date.parse('2026-11-27T01:59:59.000Z'))).toBe('live')
    expect(claimCodeStatus(live, Date.parse('2026-11-27T02:00:00.000Z'))).toBe('expired')
    expect(claimCodeStatus({ ...live, usedAt: '2026-11-21T00:00:00.000Z', usedBy: 'u-1' }, Date.parse('2026-12-30T00:00:00.000Z'))).toBe('used')
    expect(claimCodeStatus({ ...live, retiredAt: '2026-11-21T00:00:00.000Z' }, created)).toBe('retired')
  })
})
