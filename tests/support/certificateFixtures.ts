import { sha256 } from '@noble/hashes/sha2.js'
import { utf8Encode } from '../../src/domain/certificate/encoding'
import { BEIHAI_STB, type CertificateFields, type Entitlement } from '../../src/domain/certificate/types'

/** Deterministic "random" bytes, so signatures and codes are the same on every run. */
export const seeded = (seed: string) => {
  let counter = 0
  return (length: number) => sha256(utf8Encode(`${seed}/${counter++}`)).slice(0, length)
}

/** A certificate as the Beihai S&T bureau would issue it, with the perks a test needs. */
export function sampleCertificateFields(entitlements: Entitlement[]): CertificateFields {
  return {
    certificateNumber: 'BHRC-2024-0012',
    holderName: { zh: '玛丽亚·施密特', en: 'Maria Schmidt' },
    passportNumber: 'C01X00T47',
    nationality: 'DEU',
    validFrom: '2024-01-15',
    validTo: '2026-01-14',
    issuer: BEIHAI_STB,
    issueDate: '2024-01-12',
    entitlements,
    status: 'active'
  }
}
