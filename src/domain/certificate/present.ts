/**
 * Holder side: turn the stored certificate into the QR text for one purpose. The device key signs
 * the whole code (certificate, revealed claims, purpose, time, nonce), so a copied code cannot be
 * re-dated, re-purposed or stripped, and a screenshot goes stale within the verifier's window.
 */
import {
  base64UrlDecode,
  base64UrlEncode,
  concatBytes,
  encodePresentationBody,
  encodeQrText,
  NONCE_BYTES,
  type PresentationBody,
  SIGNING_CONTEXT,
  utf8Encode,
  type WireDisclosure,
  withContext
} from './encoding'
import { disclosureLeaf } from './issue'
import { claimPath, drawRandomBytes, keyBytes, publicKeyOf, SECRET_KEY_BYTES, sha256, signMessage, systemRandomBytes } from './keys'
import { DISCLOSURE_POLICY, PURPOSES, type Purpose, type RandomBytes, type SignedCertificate, type StoredDisclosure } from './types'

/** The holder's screen renews the code this often: a code on screen is always well inside the desk's 60 s window. */
export const PROOF_REFRESH_MS = 30_000

export interface PresentOptions {
  /** Nonce source; without one (and without crypto.getRandomValues) the nonce is derived from the key and time. */
  randomBytes?: RandomBytes
}

/** The claims a purpose reveals. The passport number is excluded by the policy type and again here. */
export function disclosuresFor(cert: SignedCertificate, purpose: Purpose): StoredDisclosure[] {
  const policy = DISCLOSURE_POLICY[purpose]
  const fields: readonly string[] = policy.fields
  return cert.disclosures.filter(
    (claim) => claim.field !== 'passportNumber' && (claim.field === 'entitlement' ? claim.value === policy.entitlement : fields.includes(claim.field))
  )
}

/** Purposes this certificate carries the perk for: the holder's screen offers only these. */
export function presentablePurposes(cert: SignedCertificate): Purpose[] {
  return PURPOSES.filter((purpose) => cert.fields.entitlements.includes(DISCLOSURE_POLICY[purpose].entitlement))
}

/** A stored claim as it travels: its text plus the Merkle path that ties it to the signed root. */
function toWire(cert: SignedCertificate, claim: StoredDisclosure): WireDisclosure {
  const leaves = cert.claimLeaves.map(base64UrlDecode)
  const leafText = base64UrlEncode(disclosureLeaf(claim))
  const leafIndex = cert.claimLeaves.indexOf(leafText)
  if (leafIndex < 0) throw new Error(`Stored certificate is inconsistent: no leaf for ${claim.field}`)
  return { bytes: utf8Encode(claim.json), leafIndex, path: claimPath(leaves, leafIndex) }
}

/** Unique per code. Random when possible; otherwise a hash of secret key, time and purpose (unpredictable to others). */
function proofNonce(secretKey: Uint8Array, nowMs: number, purpose: Purpose, randomBytes?: RandomBytes): Uint8Array {
  if (randomBytes || systemRandomBytes()) return drawRandomBytes(NONCE_BYTES, randomBytes)
  const seed = concatBytes(secretKey, utf8Encode(`${nowMs}/${purpose}`))
  return sha256(withContext('WIC1/nonce', seed)).slice(0, NONCE_BYTES)
}

/** Signs a presentation body with the device key and returns the QR text. */
export function signPresentation(body: PresentationBody, deviceSecretKey: Uint8Array | string): string {
  const signature = signMessage(presentationMessage(body), deviceSecretKey)
  return encodeQrText(body, signature)
}

/** The exact bytes the device key signs: the encoded body under the proof's signing context. */
function presentationMessage(body: PresentationBody): Uint8Array {
  return withContext(SIGNING_CONTEXT.proof, encodePresentationBody(body))
}

function presentationBody(cert: SignedCertificate, secretKey: Uint8Array, purpose: Purpose, nowMs: number, opts: PresentOptions): PresentationBody {
  if (!PURPOSES.includes(purpose)) throw new Error(`Unknown purpose: ${String(purpose)}`)
  return {
    core: base64UrlDecode(cert.core),
    issuerSignature: base64UrlDecode(cert.issuerSignature),
    disclosures: disclosuresFor(cert, purpose).map((claim) => toWire(cert, claim)),
    purpose,
    issuedAtSeconds: Math.floor(nowMs / 1000),
    nonce: proofNonce(secretKey, nowMs, purpose, opts.randomBytes)
  }
}

function assertBound(cert: SignedCertificate, devicePublicKey: Uint8Array): void {
  if (base64UrlEncode(devicePublicKey) !== cert.holderPublicKey) {
    throw new Error('This device key is not the key the certificate is bound to')
  }
}

/** Throws on holder-side mistakes (unknown purpose, a device key the certificate is not bound to). */
export function createPresentation(
  cert: SignedCertificate,
  deviceSecretKey: Uint8Array | string,
  purpose: Purpose,
  nowMs: number,
  opts: PresentOptions = {}
): string {
  const secretKey = keyBytes(deviceSecretKey, SECRET_KEY_BYTES, 'device secret key')
  const body = presentationBody(cert, secretKey, purpose, nowMs, opts)
  assertBound(cert, publicKeyOf(secretKey))
  return signPresentation(body, secretKey)
}

/**
 * The device key as the holder's phone keeps it: its public half, and signing done wherever the secret half
 * lives (a non-extractable WebCrypto key on H5, a sealed key on the mini-program). The secret never comes here.
 */
export interface DeviceKeyHandle {
  /** base64url, 32 bytes. */
  publicKey: string
  sign(message: Uint8Array): Promise<Uint8Array>
}

/** createPresentation with a key handle. Rejects where createPresentation throws. */
export async function createPresentationWith(
  deviceKey: DeviceKeyHandle,
  cert: SignedCertificate,
  purpose: Purpose,
  nowMs: number,
  opts: PresentOptions = {}
): Promise<string> {
  if (!PURPOSES.includes(purpose)) throw new Error(`Unknown purpose: ${String(purpose)}`)
  assertBound(cert, base64UrlDecode(deviceKey.publicKey))
  // Without a synchronous random source (the mini-program), the nonce is derived from a signature of the time
  // and purpose: deterministic for the key, unpredictable to anyone without it.
  const nonce =
    opts.randomBytes || systemRandomBytes()
      ? drawRandomBytes(NONCE_BYTES, opts.randomBytes)
      : sha256(await deviceKey.sign(withContext('WIC1/nonce', utf8Encode(`${nowMs}/${purpose}`)))).slice(0, NONCE_BYTES)
  const body: PresentationBody = {
    core: base64UrlDecode(cert.core),
    issuerSignature: base64UrlDecode(cert.issuerSignature),
    disclosures: disclosuresFor(cert, purpose).map((claim) => toWire(cert, claim)),
    purpose,
    issuedAtSeconds: Math.floor(nowMs / 1000),
    nonce
  }
  return encodeQrText(body, await deviceKey.sign(presentationMessage(body)))
}
