/**
 * What every build ships so a desk that has never been online can verify genuine codes: the authority's
 * root public key, and the newest issuer key list it had signed when the build was made. Demo keys: the
 * demo backend derives the matching secrets from fixed phrases (mock/issuer.ts); a real deployment puts
 * its own root here and keeps the secret offline. A jest test checks the list against the root.
 */
import type { SignedIssuerKeyList, TrustRoot } from './types'

export const TRUST_ROOTS: readonly TrustRoot[] = [{ kid: 'H_ftNxMTcpQ', publicKey: 'QghSTIUt1HKLX_08715pzWY65qzdPc7lqMTWE1WErN0' }]

export const SHIPPED_ISSUER_KEY_LIST: SignedIssuerKeyList = {
  body: {
    version: 1,
    rootKid: 'H_ftNxMTcpQ',
    seq: 1,
    // 2026-01-01 00:00 Beijing
    issuedAt: 1767196800000,
    keys: [
      {
        kid: 'jc-oy7_7FMs',
        publicKey: 'pn3sagrSvGjwCoP51_wyMfAUapNvPDZvSIhDZ-5nOkg',
        issuerId: 'beihai-stb',
        issuer: { zh: '北海市科学技术局', en: 'Beihai Municipal Science and Technology Bureau' },
        // 2026-01-01 00:00 to 2031-12-31 23:59:59.999 Beijing
        validFrom: 1767196800000,
        validUntil: 1956499199999
      }
    ]
  },
  signature: 'LDTcQLGiXZ8zJ6DS9a3FEX1i5NYbsNzBFmw2M3lhS5-IopCyLhWxflfLE8QMfIem46KRe8wr8qTIv8Ui3EKkDQ'
}
