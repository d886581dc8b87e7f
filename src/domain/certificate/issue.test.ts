import { base64UrlDecode, base64UrlEncode, decodeCore, SIGNING_CONTEXT, withContext } from './encoding'
import { certificateFieldProblems, DEFAULT_CLAIM_SLOTS, disclosureLeaf, issueCertificate } from './issue'
import { claimPath, claimsRoot, generateKeyPair, rootFromPath, verifyMessage } from './keys'
import { type CertificateFields } from './types'
import { sampleCertificateFields, seeded } from '../../../tests/support/certificateFixtures'

const fields = sampleCertificateFields(['hospital', 'theatre', 'school'])

const issuer = generateKeyPair(seeded('issuer'))
const device = generateKeyPair(seeded('device'))
const issue = (overrides: Partial<CertificateFields> = {}) =>
  issueCertificate({ ...fields, ...overrides }, device.publicKey, issuer, { randomBytes: seeded('issue') })

describe('issueCertificate', () => {
  const cert = issue()
  const core = decodeCore(base64UrlDecode(cert.core))

  it('binds the device key, the validity and the issuer key id', () => {
    expect(core.holderPublicKey).toEqual(device.publicKey)
    expect(core.validFrom).toBe('2024-01-15')
    expect(core.validTo).toBe('2026-01-14')
    expect(cert.issuerKid).toBe(issuer.kid)
    expect(cert.format).toBe('WIC1')
  })

  it('signs the core with the issuer key', () => {
    const message = withContext(SIGNING_CONTEXT.certificate, base64UrlDecode(cert.core))
    expect(verifyMessage(base64UrlDecode(cert.issuerSignature), message, issuer.publicKey)).toBe(true)
  })

  it('commits every field and each perk to a leaf under the signed root, salted, padded with decoys', () => {
    expect(cert.disclosures.map((claim) => claim.field)).toEqual([
      'certificateNumber',
      'holderName',
      'passportNumber',
      'nationality',
      'issuer',
      'issueDate',
      'entitlement',
      'entitlement',
      'entitlement'
    ])
    const leaves = cert.claimLeaves.map(base64UrlDecode)
    expect(leaves).toHaveLength(DEFAULT_CLAIM_SLOTS)
    expect(core.treeDepth).toBe(4)
    expect(claimsRoot(leaves)).toEqual(core.claimsRoot)
    for (const claim of cert.disclosures) {
      const index = cert.claimLeaves.indexOf(base64UrlEncode(disclosureLeaf(claim)))
      expect(index).toBeGreaterThanOrEqual(0)
      expect(rootFromPath(leaves[index], index, claimPath(leaves, index))).toEqual(core.claimsRoot)
      expect(JSON.parse(claim.json)).toEqual([expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), claim.field, claim.value])
    }
    const salts = cert.disclosures.map((claim) => JSON.parse(claim.json)[0])
    expect(new Set(salts).size).toBe(salts.length)
  })

  it('keeps the same tree size whatever the number of perks, and grows it when claims overflow', () => {
    expect(issue({ entitlements: ['theatre'] }).claimLeaves).toHaveLength(DEFAULT_CLAIM_SLOTS)
    const big = issueCertificate(fields, device.publicKey, issuer, { randomBytes: seeded('big'), claimSlots: 4 })
    expect(big.claimLeaves).toHaveLength(16)
  })

  it('accepts a single-script name and the holder key as base64url', () => {
    const single = issueCertificate({ ...fields, holderName: { en: 'Ada Lovelace' } }, cert.holderPublicKey, issuer, { randomBytes: seeded('single') })
    expect(single.disclosures.find((claim) => claim.field === 'holderName')?.json).toMatch(/,"holderName",\{"en":"Ada Lovelace"\}\]$/)
  })

  it('refuses invalid fields and names them', () => {
    const bad = { ...fields, passportNumber: 'c01-x', nationality: 'GERMANY', validTo: '2023-01-01', holderName: {} }
    expect(certificateFieldProblems(bad)).toEqual(['holderName', 'passportNumber', 'nationality', 'validTo'])
    expect(() => issueCertificate(bad, device.publicKey, issuer, { randomBytes: seeded('x') })).toThrow(/passportNumber/)
    expect(certificateFieldProblems({ ...fields, nationality: 'D<<', holderName: { zh: '王' } })).toEqual([])
  })

  it('refuses a holder key of the wrong size', () => {
    expect(() => issueCertificate(fields, new Uint8Array(31), issuer, { randomBytes: seeded('x') })).toThrow(/32 bytes/)
  })
})
