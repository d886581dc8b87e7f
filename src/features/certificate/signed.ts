import type { SignedCertificate } from '@/domain/certificate/types'

/** The backend sends the signed envelope as an opaque record: check its shape before the crypto uses it. */
export function asSignedCertificate(value: unknown): SignedCertificate | null {
  if (!value || typeof value !== 'object') return null
  const v = value as Partial<SignedCertificate>
  const strings = [v.core, v.issuerSignature, v.issuerKid, v.credentialId, v.holderPublicKey]
  if (v.format !== 'WIC1' || strings.some((s) => typeof s !== 'string')) return null
  if (!Array.isArray(v.disclosures) || !Array.isArray(v.claimLeaves) || !v.fields || typeof v.fields !== 'object') return null
  if (!Array.isArray(v.fields.entitlements)) return null
  return v as SignedCertificate
}

/** The signed certificate, if it is bound to this device's public key (else it cannot make codes here). */
export function boundSignedCertificate(value: unknown, devicePublicKey: string | null | undefined): SignedCertificate | null {
  const signed = asSignedCertificate(value)
  return signed && devicePublicKey && signed.holderPublicKey === devicePublicKey ? signed : null
}
