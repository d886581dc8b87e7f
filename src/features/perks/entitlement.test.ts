import { perkEntitlement } from './entitlement'

const cert = { status: 'active', validFrom: '2026-01-01', validTo: '2026-12-31', entitlements: ['theatre', 'hospital', 'mobile_vip'] }
const theatre = { kind: 'theatre' as const }

describe('perkEntitlement', () => {
  it('entitles a current certificate that carries the perk, up to and including its last day', () => {
    expect(perkEntitlement(theatre, cert, '2026-06-10')).toMatchObject({ state: 'entitled', entitled: true, validTo: '2026-12-31' })
    expect(perkEntitlement(theatre, cert, '2026-12-31').entitled).toBe(true)
    expect(perkEntitlement(theatre, cert, '2026-01-01').entitled).toBe(true)
  })

  it('gives the reason when it does not', () => {
    expect(perkEntitlement(theatre, null, '2026-06-10')).toMatchObject({ state: 'noCertificate', entitled: false, validTo: null })
    expect(perkEntitlement(theatre, cert, '2027-01-01')).toMatchObject({ state: 'expired', entitled: false })
    expect(perkEntitlement(theatre, cert, '2025-12-31').state).toBe('notYetValid')
    expect(perkEntitlement(theatre, { ...cert, status: 'revoked' }, '2026-06-10').state).toBe('revoked')
    expect(perkEntitlement({ kind: 'school' }, cert, '2026-06-10').state).toBe('notIncluded')
  })

  it('a revoked certificate stays revoked even after it would have expired', () => {
    expect(perkEntitlement(theatre, { ...cert, status: 'revoked' }, '2027-06-10').state).toBe('revoked')
  })

  it('carries the permit-category condition (mobile VIP: A permits)', () => {
    expect(perkEntitlement({ kind: 'mobile_vip', requiresPermitCategory: 'A' }, cert, '2026-06-10')).toMatchObject({
      entitled: true,
      requiresPermitCategory: 'A'
    })
  })
})
