/** Digital talent certificate: issue (backend), present (holder's phone), verify (desk, offline). */
export * from './types'
export { base64Encode, base64UrlDecode, base64UrlEncode, beijingDate, canonicalJson, decodeQrText, PAYLOAD_PREFIX, utf8Decode, utf8Encode } from './encoding'
export { generateDeviceKeyPair, generateKeyPair, keyId, publicKeyOf, systemRandomBytes, type KeyPair } from './keys'
export { certificateFieldProblems, DEFAULT_CLAIM_SLOTS, issueCertificate, type IssueOptions, type IssuerSigningKey } from './issue'
export {
  acceptRevocationList,
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
  type DeviceKeyHandle,
  type PresentOptions
} from './present'
export { acceptIssuerKeyList, signIssuerKeyList, trustedKeysAt, verifyIssuerKeyList, type KeyListCheck, type KeyListRefusal } from './trust'
export { SHIPPED_ISSUER_KEY_LIST, TRUST_ROOTS } from './trustRoot'
export { deviceBindingMessage, verifyDeviceBinding } from './binding'
export { BOOKING_CODE_PREFIX, signBookingCode, verifyBookingCode, type BookingCheck, type BookingClaims } from './booking'
export {
  createSeenNonces,
  deskClockProblem,
  DEFAULT_CLOCK_SKEW_MS,
  DEFAULT_MAX_PROOF_AGE_MS,
  verifyPresentation,
  type NonceRegistry,
  type VerifyOptions
} from './verify'
