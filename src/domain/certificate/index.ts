/** Digital talent certificate: issue (backend), present (holder's phone), verify (desk, offline). */
export * from './types'
export {
  base64Encode,
  base64UrlDecode,
  base64UrlEncode,
  beijingDate,
  canonicalJson,
  decodeQrText,
  PAYLOAD_PREFIX,
  utf8Decode,
  utf8Encode
} from './encoding'
export {
  generateDeviceKeyPair,
  generateKeyPair,
  keyId,
  publicKeyOf,
  systemRandomBytes,
  type KeyPair
} from './keys'
export {
  certificateFieldProblems,
  DEFAULT_CLAIM_SLOTS,
  issueCertificate,
  type IssueOptions,
  type IssuerSigningKey
} from './issue'
export {
  DEFAULT_REVOCATION_LIST_MAX_AGE_MS,
  isRevocationListStale,
  isRevoked,
  signRevocationList,
  verifyRevocationList,
  type RevocationListCheck
} from './revocation'
export {
  createPresentation,
  createPresentationWith,
  disclosuresFor,
  presentablePurposes,
  PROOF_REFRESH_MS,
  signPresentation,
  type DeviceSigner,
  type PresentOptions
} from './present'
export {
  createSeenNonces,
  DEFAULT_CLOCK_SKEW_MS,
  DEFAULT_MAX_PROOF_AGE_MS,
  verifyPresentation,
  type NonceRegistry,
  type VerifyOptions
} from './verify'
