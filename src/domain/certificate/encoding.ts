/**
 * Byte and text encodings, written by hand: the WeChat mini-program has no btoa/atob and
 * TextEncoder is not guaranteed. Also the binary wire format of a QR payload ('WIC1.' + base64url).
 * A library base64 (@scure/base) would add 2.3 KiB to the weapp main package, over its budget (docs/decisions/byte-encodings.md).
 *
 * Decoders are strict (one accepted spelling per value) and throw a WireError, which the verifier
 * turns into a 'not_a_certificate' verdict.
 */
import { CERTIFICATE_STATUSES, type CertificateStatus } from './types'

export type WireErrorKind = 'not_wic' | 'bad_encoding' | 'truncated' | 'malformed' | 'unsupported_version'

/** Errors carry a kind rather than a subclass: instanceof on Error subclasses breaks in ES5 builds. */
export type WireError = Error & { wireErrorKind: WireErrorKind }

export function wireError(kind: WireErrorKind, message: string): WireError {
  return Object.assign(new Error(message), { wireErrorKind: kind })
}

export function wireErrorKind(error: unknown): WireErrorKind | null {
  const kind = (error as Partial<WireError> | null)?.wireErrorKind
  return typeof kind === 'string' ? kind : null
}

// ---------------------------------------------------------------- base64 / base64url

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function encodeBase64With(alphabet: string, bytes: Uint8Array, pad: boolean): string {
  // Chunks joined once: string += per byte is quadratic-ish on some engines and this runs on 100 KB states.
  const chunks: string[] = []
  const full = bytes.length - (bytes.length % 3)
  let chunk = ''
  for (let i = 0; i < full; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
    chunk += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63]
    if (chunk.length >= 8192) {
      chunks.push(chunk)
      chunk = ''
    }
  }
  const left = bytes.length - full
  if (left > 0) {
    const b0 = bytes[full]
    const b1 = left > 1 ? bytes[full + 1] : 0
    chunk += alphabet[b0 >> 2] + alphabet[((b0 & 3) << 4) | (b1 >> 4)]
    chunk += left > 1 ? alphabet[(b1 & 15) << 2] : pad ? '=' : ''
    if (pad) chunk += '='
  }
  chunks.push(chunk)
  return chunks.join('')
}

export function base64UrlEncode(bytes: Uint8Array): string {
  return encodeBase64With(BASE64URL_ALPHABET, bytes, false)
}

/** Standard base64 with padding, for data: URLs. */
export function base64Encode(bytes: Uint8Array): string {
  return encodeBase64With(BASE64_ALPHABET, bytes, true)
}

/** char code -> 6-bit value, -1 for anything outside the base64url alphabet. */
const BASE64URL_VALUES: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1)
  for (let i = 0; i < BASE64URL_ALPHABET.length; i++) values[BASE64URL_ALPHABET.charCodeAt(i)] = i
  return values
})()

function base64UrlValue(text: string, i: number): number {
  const code = text.charCodeAt(i)
  const value = code < 128 ? BASE64URL_VALUES[code] : -1
  if (value < 0) throw wireError('bad_encoding', 'base64url character')
  return value
}

/** Unpadded base64url only; rejects stray characters and non-zero leftover bits, so each byte string has one spelling. */
export function base64UrlDecode(text: string): Uint8Array {
  if (text.length % 4 === 1) throw wireError('bad_encoding', 'base64url length')
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  const full = text.length - (text.length % 4)
  let o = 0
  for (let i = 0; i < full; i += 4) {
    const n = (base64UrlValue(text, i) << 18) | (base64UrlValue(text, i + 1) << 12) | (base64UrlValue(text, i + 2) << 6) | base64UrlValue(text, i + 3)
    out[o++] = n >> 16
    out[o++] = (n >> 8) & 0xff
    out[o++] = n & 0xff
  }
  const left = text.length - full
  if (left > 0) {
    const v0 = base64UrlValue(text, full)
    const v1 = base64UrlValue(text, full + 1)
    out[o++] = (v0 << 2) | (v1 >> 4)
    if (left === 2) {
      if ((v1 & 15) !== 0) throw wireError('bad_encoding', 'base64url padding bits')
    } else {
      const v2 = base64UrlValue(text, full + 2)
      out[o++] = ((v1 & 15) << 4) | (v2 >> 2)
      if ((v2 & 3) !== 0) throw wireError('bad_encoding', 'base64url padding bits')
    }
  }
  return out
}

// ---------------------------------------------------------------- UTF-8

interface TextCodecs {
  encoder: { encode(text: string): Uint8Array } | null
  decoder: { decode(bytes: Uint8Array): string } | null
}

/**
 * The platform's codecs where they exist (browsers, Node, newer WeChat base libraries): several times
 * faster than the loops below, which remain for platforms without them. Both behave the same way: the
 * encoder turns lone surrogates into U+FFFD; the fatal decoder rejects what utf8DecodeStrict rejects.
 */
const codecs: TextCodecs = (() => {
  const g = globalThis as {
    TextEncoder?: new () => TextCodecs['encoder']
    TextDecoder?: new (label: string, options: { fatal: boolean }) => TextCodecs['decoder']
  }
  let encoder: TextCodecs['encoder'] = null
  let decoder: TextCodecs['decoder'] = null
  try {
    if (typeof g.TextEncoder === 'function') encoder = new g.TextEncoder()
    if (typeof g.TextDecoder === 'function') decoder = new g.TextDecoder('utf-8', { fatal: true })
  } catch {
    /* a partial implementation: use the loops */
  }
  return { encoder, decoder }
})()

/** Like TextEncoder: lone surrogates become U+FFFD. */
export function utf8Encode(text: string): Uint8Array {
  if (codecs.encoder) return codecs.encoder.encode(text)
  return utf8EncodeLoop(text)
}

export function utf8EncodeLoop(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3)
  let o = 0
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code < 0x80) {
      out[o++] = code
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
        i++
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd
    if (code < 0x800) {
      out[o++] = 0xc0 | (code >> 6)
      out[o++] = 0x80 | (code & 63)
    } else if (code < 0x10000) {
      out[o++] = 0xe0 | (code >> 12)
      out[o++] = 0x80 | ((code >> 6) & 63)
      out[o++] = 0x80 | (code & 63)
    } else {
      out[o++] = 0xf0 | (code >> 18)
      out[o++] = 0x80 | ((code >> 12) & 63)
      out[o++] = 0x80 | ((code >> 6) & 63)
      out[o++] = 0x80 | (code & 63)
    }
  }
  return out.slice(0, o)
}

/** Strict decoder: overlong forms, surrogates and truncated sequences throw (garbage must not parse). */
export function utf8Decode(bytes: Uint8Array): string {
  if (codecs.decoder) {
    try {
      return codecs.decoder.decode(bytes)
    } catch {
      throw wireError('bad_encoding', 'utf-8')
    }
  }
  return utf8DecodeLoop(bytes)
}

export function utf8DecodeLoop(bytes: Uint8Array): string {
  const parts: string[] = []
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const b0 = bytes[i]
    if (b0 < 0x80) {
      out += String.fromCharCode(b0)
      i += 1
    } else {
      const length = b0 >= 0xc2 && b0 < 0xe0 ? 2 : b0 >= 0xe0 && b0 < 0xf0 ? 3 : b0 >= 0xf0 && b0 < 0xf5 ? 4 : 0
      if (length === 0 || i + length > bytes.length) throw wireError('bad_encoding', 'utf-8 lead byte')
      let code = b0 & (0xff >> (length + 1))
      for (let k = 1; k < length; k++) {
        const b = bytes[i + k]
        if ((b & 0xc0) !== 0x80) throw wireError('bad_encoding', 'utf-8 continuation byte')
        code = (code << 6) | (b & 63)
      }
      const minimum = [0, 0, 0x80, 0x800, 0x10000][length]
      if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw wireError('bad_encoding', 'utf-8 code point')
      }
      out += code < 0x10000 ? String.fromCharCode(code) : String.fromCharCode(0xd7c0 + (code >> 10), 0xdc00 | (code & 0x3ff))
      i += length
    }
    if (out.length >= 8192) {
      parts.push(out)
      out = ''
    }
  }
  parts.push(out)
  return parts.join('')
}

// ---------------------------------------------------------------- canonical JSON

/**
 * JSON with object keys sorted (UTF-16 order) and no whitespace, so a value signed by the issuer
 * verifies after it went through storage or the network in another key order (RFC 8785 style).
 * Undefined object members are dropped, as JSON.stringify does; other non-JSON values throw.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']'
  if (typeof value === 'object') {
    const members = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => JSON.stringify(key) + ':' + canonicalJson((value as Record<string, unknown>)[key]))
    return '{' + members.join(',') + '}'
  }
  throw new Error(`canonicalJson: unsupported ${typeof value}`)
}

// ---------------------------------------------------------------- bytes

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** Bytes a signature covers: a context label first, so a signature made for one purpose never verifies for another. */
export function withContext(context: string, message: Uint8Array): Uint8Array {
  return concatBytes(utf8Encode(context + '\n'), message)
}

/**
 * Signed lists (issuer keys, revocations) only move forward: a lower sequence number, or the same number with
 * other contents (only one list can carry a number), is a rollback.
 */
export function isRollback(held: { body: { seq: number }; signature: string } | null, incoming: { body: { seq: number }; signature: string }): boolean {
  return !!held && (incoming.body.seq < held.body.seq || (incoming.body.seq === held.body.seq && incoming.signature !== held.signature))
}

export const SIGNING_CONTEXT = {
  certificate: 'WIC1/certificate',
  proof: 'WIC1/proof',
  revocationList: 'WIC1/revocation-list',
  issuerKeyList: 'WIC1/issuer-key-list',
  deviceBinding: 'WIC1/device-binding',
  booking: 'WIC1/booking'
} as const

class ByteWriter {
  private readonly bytes: number[] = []

  u8(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xff) throw new Error(`u8 out of range: ${value}`)
    this.bytes.push(value)
    return this
  }

  u16(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffff) throw new Error(`u16 out of range: ${value}`)
    return this.u8(value >> 8).u8(value & 0xff)
  }

  u32(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new Error(`u32 out of range: ${value}`)
    return this.u16(Math.floor(value / 0x10000)).u16(value % 0x10000)
  }

  fixed(data: Uint8Array, length: number): this {
    if (data.length !== length) throw new Error(`expected ${length} bytes, got ${data.length}`)
    for (const byte of data) this.bytes.push(byte)
    return this
  }

  /** u16 length prefix. */
  sized(data: Uint8Array): this {
    return this.u16(data.length).fixed(data, data.length)
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes)
  }
}

class ByteReader {
  private offset = 0

  constructor(private readonly bytes: Uint8Array) {}

  get position(): number {
    return this.offset
  }

  take(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw wireError('truncated', 'payload ends early')
    const slice = this.bytes.slice(this.offset, this.offset + length)
    this.offset += length
    return slice
  }

  u8(): number {
    return this.take(1)[0]
  }

  u16(): number {
    const [hi, lo] = this.take(2)
    return hi * 0x100 + lo
  }

  u32(): number {
    return this.u16() * 0x10000 + this.u16()
  }

  sized(): Uint8Array {
    return this.take(this.u16())
  }

  end(): void {
    if (this.offset !== this.bytes.length) throw wireError('malformed', 'trailing bytes')
  }
}

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === text
}

/** Days since 1970-01-01: two bytes on the wire instead of ten. */
export function isoDateToEpochDay(text: string): number {
  if (!isIsoDate(text)) throw new Error(`not a calendar date: ${text}`)
  return Date.parse(text + 'T00:00:00Z') / DAY_MS
}

export function epochDayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** Certificate dates are Beijing calendar dates, whatever the phone's time zone (the one helper, in domain/time). */
export { beijingDate } from '../time/beijing'

// ---------------------------------------------------------------- wire format

export const PAYLOAD_PREFIX = 'WIC1.'
export const CORE_VERSION = 1
export const KID_BYTES = 8
export const CREDENTIAL_ID_BYTES = 8
export const PUBLIC_KEY_BYTES = 32
export const SIGNATURE_BYTES = 64
export const DIGEST_BYTES = 16
export const NONCE_BYTES = 12

/** The issuer-signed part of a certificate, identical in every code the holder shows. */
export interface CertificateCore {
  kid: Uint8Array
  credentialId: Uint8Array
  holderPublicKey: Uint8Array
  validFrom: string
  validTo: string
  status: CertificateStatus
  /** Merkle tree over the salted claims (and decoys): 2^treeDepth leaves. */
  treeDepth: number
  claimsRoot: Uint8Array
}

export const MAX_TREE_DEPTH = 8

export function encodeCore(core: CertificateCore): Uint8Array {
  if (core.treeDepth > MAX_TREE_DEPTH) throw new Error('claims tree too deep')
  return new ByteWriter()
    .u8(CORE_VERSION)
    .fixed(core.kid, KID_BYTES)
    .fixed(core.credentialId, CREDENTIAL_ID_BYTES)
    .fixed(core.holderPublicKey, PUBLIC_KEY_BYTES)
    .u16(isoDateToEpochDay(core.validFrom))
    .u16(isoDateToEpochDay(core.validTo))
    .u8(CERTIFICATE_STATUSES.indexOf(core.status))
    .u8(core.treeDepth)
    .fixed(core.claimsRoot, DIGEST_BYTES)
    .toBytes()
}

export function decodeCore(bytes: Uint8Array): CertificateCore {
  const reader = new ByteReader(bytes)
  if (reader.u8() !== CORE_VERSION) throw wireError('unsupported_version', 'certificate core version')
  const kid = reader.take(KID_BYTES)
  const credentialId = reader.take(CREDENTIAL_ID_BYTES)
  const holderPublicKey = reader.take(PUBLIC_KEY_BYTES)
  const validFrom = epochDayToIsoDate(reader.u16())
  const validTo = epochDayToIsoDate(reader.u16())
  const status = CERTIFICATE_STATUSES[reader.u8()]
  if (status === undefined) throw wireError('malformed', 'certificate status')
  const treeDepth = reader.u8()
  if (treeDepth > MAX_TREE_DEPTH) throw wireError('malformed', 'claims tree depth')
  const claimsRoot = reader.take(DIGEST_BYTES)
  reader.end()
  return { kid, credentialId, holderPublicKey, validFrom, validTo, status, treeDepth, claimsRoot }
}

/** One revealed claim with its Merkle path up to the signed root. */
export interface WireDisclosure {
  /** UTF-8 of `["<salt>","<field>",<value>]`, byte-for-byte as the issuer hashed it. */
  bytes: Uint8Array
  leafIndex: number
  /** Sibling hashes from the leaf up. */
  path: Uint8Array[]
}

/** Everything in a QR code except the holder's signature, which covers exactly these bytes. */
export interface PresentationBody {
  core: Uint8Array
  issuerSignature: Uint8Array
  disclosures: WireDisclosure[]
  purpose: string
  /** Whole seconds since the epoch: fits four bytes until 2106. */
  issuedAtSeconds: number
  nonce: Uint8Array
}

export function encodePresentationBody(body: PresentationBody): Uint8Array {
  const writer = new ByteWriter().sized(body.core).fixed(body.issuerSignature, SIGNATURE_BYTES).u8(body.disclosures.length)
  for (const { bytes, leafIndex, path } of body.disclosures) {
    writer.u8(leafIndex).u8(path.length)
    for (const sibling of path) writer.fixed(sibling, DIGEST_BYTES)
    writer.sized(bytes)
  }
  const purpose = utf8Encode(body.purpose)
  return writer.u8(purpose.length).fixed(purpose, purpose.length).u32(body.issuedAtSeconds).fixed(body.nonce, NONCE_BYTES).toBytes()
}

function readDisclosure(reader: ByteReader): WireDisclosure {
  const leafIndex = reader.u8()
  const path = Array.from({ length: reader.u8() }, () => reader.take(DIGEST_BYTES))
  return { leafIndex, path, bytes: reader.sized() }
}

export interface DecodedPresentation {
  body: PresentationBody
  /** The exact bytes the holder's device signed (the encoded body). */
  signedBytes: Uint8Array
  holderSignature: Uint8Array
}

export function decodePresentationBytes(bytes: Uint8Array): DecodedPresentation {
  const reader = new ByteReader(bytes)
  const core = reader.sized()
  const issuerSignature = reader.take(SIGNATURE_BYTES)
  const disclosures = Array.from({ length: reader.u8() }, () => readDisclosure(reader))
  const purpose = utf8Decode(reader.take(reader.u8()))
  const issuedAtSeconds = reader.u32()
  const nonce = reader.take(NONCE_BYTES)
  const signedBytes = bytes.slice(0, reader.position)
  const holderSignature = reader.take(SIGNATURE_BYTES)
  reader.end()
  return { body: { core, issuerSignature, disclosures, purpose, issuedAtSeconds, nonce }, signedBytes, holderSignature }
}

export function encodeQrText(body: PresentationBody, holderSignature: Uint8Array): string {
  const bytes = concatBytes(encodePresentationBody(body), holderSignature)
  return PAYLOAD_PREFIX + base64UrlEncode(bytes)
}

/** 'WIC<n>.' is ours; any other n is a version this build cannot read. */
export function decodeQrText(text: string): DecodedPresentation {
  const version = /^WIC(\d+)\./.exec(text)
  if (!version) throw wireError('not_wic', 'not a WIC payload')
  if (version[0] !== PAYLOAD_PREFIX) throw wireError('unsupported_version', `payload version ${version[1]}`)
  return decodePresentationBytes(base64UrlDecode(text.slice(PAYLOAD_PREFIX.length)))
}
