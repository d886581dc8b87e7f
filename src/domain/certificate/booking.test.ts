import { sha256 } from '@noble/hashes/sha2.js'
import { deviceBindingMessage, verifyDeviceBinding } from './binding'
import { signBookingCode, verifyBookingCode } from './booking'
import { base64UrlDecode, base64UrlEncode, utf8Decode, utf8Encode } from './encoding'
import { generateKeyPair, signMessage } from './keys'

const seeded = (seed: string) => {
  let counter = 0
  return (length: number) => sha256(utf8Encode(`${seed}/${counter++}`)).slice(0, length)
}
const issuer = generateKeyPair(seeded('issuer'))
const stranger = generateKeyPair(seeded('stranger'))
const keys = [{ kid: issuer.kid, publicKey: base64UrlEncode(issuer.publicKey), issuerId: 'beihai-stb' }]
const claims = { ref: 'BH-T-4821', showId: 'show-1', date: '2026-12-20', seats: 2, credentialId: 'cred-alice' }

describe('signed booking codes (checked offline at the box office)', () => {
  const code = signBookingCode(claims, { secretKey: issuer.secretKey })

  it('a real booking verifies, and says what it is for and whose it is', () => {
    expect(verifyBookingCode(code, keys, 'cred-alice')).toEqual({ ok: true, booking: claims, issuerKid: issuer.kid })
  })

  it("somebody else's real booking is refused for this holder", () => {
    expect(verifyBookingCode(code, keys, 'cred-bob')).toEqual({ ok: false, reason: 'other_holder' })
  })

  it('a made-up booking, or a real one with more seats written in, is refused', () => {
    expect(verifyBookingCode(signBookingCode(claims, { secretKey: stranger.secretKey }), keys, 'cred-alice')).toEqual({ ok: false, reason: 'forged' })
    const [, body, signature] = code.split('.')
    const edited = JSON.parse(utf8Decode(base64UrlDecode(body)))
    edited.seats = 10
    const keysSorted = Object.fromEntries(Object.entries(edited).sort(([a], [b]) => (a < b ? -1 : 1)))
    const forged = `WICB1.${base64UrlEncode(utf8Encode(JSON.stringify(keysSorted)))}.${signature}`
    expect(verifyBookingCode(forged, keys, 'cred-alice')).toEqual({ ok: false, reason: 'forged' })
  })

  it('junk is not a booking, and nothing throws', () => {
    for (const junk of [
      null,
      42,
      '',
      'BH-T-4821',
      'WICB1.',
      'WICB1.a.b.c',
      `WICB1.${base64UrlEncode(utf8Encode('{"v":1}'))}.AAAA`,
      'WICB1.' + 'A'.repeat(2000)
    ]) {
      expect(verifyBookingCode(junk, keys, 'cred-alice')).toEqual({ ok: false, reason: 'not_a_booking' })
    }
  })
})

describe('device binding: proof of possession', () => {
  const device = generateKeyPair(seeded('device'))
  const publicKey = base64UrlEncode(device.publicKey)
  const challenge = 'c2VydmVyLWNoYWxsZW5nZQ'

  it('a phone holding the key signs the challenge; anyone else, or another challenge, fails', () => {
    const signature = base64UrlEncode(signMessage(deviceBindingMessage(challenge, publicKey), device.secretKey))
    expect(verifyDeviceBinding({ challenge, publicKey, signature })).toBe(true)
    expect(verifyDeviceBinding({ challenge: 'another', publicKey, signature })).toBe(false)
    const byStranger = base64UrlEncode(signMessage(deviceBindingMessage(challenge, publicKey), stranger.secretKey))
    expect(verifyDeviceBinding({ challenge, publicKey, signature: byStranger })).toBe(false)
    expect(verifyDeviceBinding({ challenge, publicKey: 'short', signature })).toBe(false)
  })
})
