import { act, render, screen } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import type { Verdict, VerdictContext } from '@/domain/certificate/types'
import { VerdictPanel } from '@/features/verify/components/VerdictPanel'

beforeAll(() => initI18n('en'))
beforeEach(() => setLanguage('en'))

const context: VerdictContext = { warnings: [], revocationListIssuedAt: Date.parse('2026-11-20T02:00:00Z') }

/** One verdict of every kind verifyPresentation can return, with what the desk must read for it. */
const cases: { verdict: Verdict; title: string; body: RegExp; zhTitle: string; genuine: string; standing: string }[] = [
  {
    verdict: {
      ...context,
      ok: true,
      code: 'valid',
      purpose: 'hospital',
      entitlement: 'hospital',
      disclosed: { validFrom: '2026-05-04', validTo: '2027-02-03', holderName: { en: 'Alice Martin', zh: '爱丽丝·马丁' }, entitlements: ['hospital'] },
      credentialId: 'AAAAAAAAAAA',
      issuerKid: 'kid',
      issuer: { zh: '北海市科学技术局', en: 'Beihai Municipal Science and Technology Bureau' },
      proofIssuedAt: Date.parse('2026-11-20T02:00:00Z'),
      presentationId: 'AAAAAAAAAAA.nonce'
    },
    title: 'Genuine and current',
    body: /genuine and valid to 2027-02-03\. You can grant the perk/,
    zhTitle: '真实有效',
    genuine: 'Yes, issued by Beihai Municipal Science and Technology Bureau',
    standing: 'Current'
  },
  {
    verdict: { ...context, ok: false, code: 'forged', reason: 'issuer_signature' },
    title: 'Not genuine',
    body: /not a certificate of the Beihai Municipal Science and Technology Bureau/,
    zhTitle: '不是真实的认定书',
    genuine: 'No',
    standing: 'Not checked'
  },
  {
    verdict: { ...context, ok: false, code: 'forged', reason: 'holder_signature' },
    title: 'Not genuine',
    body: /not made by the holder's own phone/,
    zhTitle: '不是真实的认定书',
    genuine: 'No',
    standing: 'Not checked'
  },
  {
    verdict: { ...context, ok: false, code: 'forged', reason: 'unknown_issuer_key' },
    title: 'Not genuine',
    body: /key this phone does not know\. Update the issuer keys/,
    zhTitle: '不是真实的认定书',
    genuine: 'Cannot tell',
    standing: 'Not checked'
  },
  {
    verdict: { ...context, ok: false, code: 'tampered', field: 'holderName' },
    title: 'Altered',
    body: /changed after the certificate was issued/,
    zhTitle: '已被篡改',
    genuine: 'No',
    standing: 'Not checked'
  },
  {
    verdict: { ...context, ok: false, code: 'expired', validTo: '2026-01-14' },
    title: 'Expired',
    body: /ended on 2026-01-14/,
    zhTitle: '已过期',
    genuine: 'Yes',
    standing: 'Expired'
  },
  {
    verdict: { ...context, ok: false, code: 'not_yet_valid', validFrom: '2027-01-01' },
    title: 'Not valid yet',
    body: /starts on 2027-01-01/,
    zhTitle: '尚未生效',
    genuine: 'Yes',
    standing: 'Not valid yet'
  },
  {
    verdict: { ...context, ok: false, code: 'revoked', source: 'revocation_list', credentialId: 'AAAAAAAAAAA' },
    title: 'Revoked',
    body: /withdrawn this certificate/,
    zhTitle: '已撤销',
    genuine: 'Yes',
    standing: 'Revoked'
  },
  {
    verdict: { ...context, ok: false, code: 'stale_proof', direction: 'past', ageMs: 185_000 },
    title: 'Code too old',
    body: /made 185 seconds ago.*may be a screenshot/,
    zhTitle: '二维码已失效',
    genuine: 'Yes',
    standing: 'Code too old'
  },
  {
    verdict: { ...context, ok: false, code: 'stale_proof', direction: 'future', ageMs: -120_000 },
    title: 'Code too old',
    body: /120 seconds in the future/,
    zhTitle: '二维码已失效',
    genuine: 'Yes',
    standing: 'Code too old'
  },
  {
    verdict: { ...context, ok: false, code: 'replayed' },
    title: 'Already used here',
    body: /already accepted at this desk/,
    zhTitle: '已在本服务台使用',
    genuine: 'Yes',
    standing: 'Not checked'
  },
  {
    verdict: { ...context, ok: false, code: 'wrong_purpose', expected: 'hospital', presented: 'theatre' },
    title: 'Code for another desk',
    body: /made for: Half-price theatre tickets\. Ask the holder to choose Hospital green channel/,
    zhTitle: '用于其他服务台的二维码',
    genuine: 'Yes',
    standing: 'Not checked'
  },
  {
    verdict: { ...context, ok: false, code: 'not_entitled', expected: 'theatre' },
    title: 'Perk not included',
    body: /does not include Half-price theatre tickets/,
    zhTitle: '不含此项优惠',
    genuine: 'Yes',
    standing: 'Current'
  },
  {
    verdict: { ...context, ok: false, code: 'not_a_certificate', reason: 'not_wic' },
    title: 'Not a talent certificate',
    body: /not a talent certificate code, or it is damaged/,
    zhTitle: '不是人才认定书',
    genuine: 'No',
    standing: 'Not checked'
  }
]

describe('verdict display', () => {
  it.each(
    cases.map(
      (c) =>
        [`${c.verdict.code}${'reason' in c.verdict ? ` (${c.verdict.reason})` : ''}${'direction' in c.verdict ? ` (${c.verdict.direction})` : ''}`, c] as const
    )
  )('%s: a plain verdict in both languages, genuine? and current?', (_name, c) => {
    render(<VerdictPanel verdict={c.verdict} />)
    const panel = screen.getByRole('alert', { name: c.title })
    expect(screen.getByRole('heading', { name: c.title })).toBeInTheDocument()
    expect(panel).toHaveTextContent(c.body)
    // The other language too, so the holder can read why.
    expect(panel).toHaveTextContent(c.zhTitle)
    expect(panel).toHaveTextContent(`Genuine${c.genuine}`)
    expect(panel).toHaveTextContent(`Certificate${c.standing}`)
    expect(panel).toHaveTextContent('Revocation list checked as of 2026-11-20 10:00 (Beijing time).')
  })

  it('names the perk and the holder only for a valid code', () => {
    render(<VerdictPanel verdict={cases[0].verdict} />)
    const panel = screen.getByRole('alert')
    expect(panel).toHaveTextContent('PerkHospital green channel')
    expect(panel).toHaveTextContent('HolderAlice Martin · 爱丽丝·马丁')
  })

  it('revocation not checked: its own state, never "valid"; a hospital records for a later check, with the name to compare', () => {
    const valid = cases[0].verdict as Extract<Verdict, { code: 'valid' }>
    const unchecked = {
      ...valid,
      ok: false,
      code: 'revocation_unchecked',
      checkedAt: null,
      revocationListIssuedAt: null,
      warnings: ['revocation_list_missing']
    } as Verdict
    render(<VerdictPanel verdict={unchecked} />)
    const panel = screen.getByRole('alert', { name: 'Revocation not checked' })
    expect(panel).toHaveAttribute('data-verdict', 'revocation_unchecked')
    expect(panel).toHaveTextContent('no revocation list newer than 24 hours (last one: never)')
    expect(panel).toHaveTextContent('Compare the name with the passport, then record the visit')
    expect(panel).toHaveTextContent('Alice Martin · 爱丽丝·马丁')
    expect(screen.getByText('Revocation not checked: no valid revocation list on this phone.')).toBeInTheDocument()
    expect(screen.getByText(/no revocation list from this certificate's issuer yet/)).toBeInTheDocument()
  })

  it('revocation not checked at a box office: go online first', () => {
    const valid = cases[0].verdict as Extract<Verdict, { code: 'valid' }>
    const at = Date.parse('2026-11-18T02:00:00Z')
    render(
      <VerdictPanel
        verdict={
          {
            ...valid,
            purpose: 'theatre',
            ok: false,
            code: 'revocation_unchecked',
            checkedAt: at,
            revocationListIssuedAt: at,
            warnings: ['revocation_list_stale']
          } as Verdict
        }
      />
    )
    expect(screen.getByRole('alert', { name: 'Revocation not checked' })).toHaveTextContent('(last one: 2026-11-18 10:00). Connect to the internet')
    expect(screen.getByText(/more than 24 hours old/)).toBeInTheDocument()
  })

  it('a desk clock behind its newest signed list: no verdict, fix the clock', () => {
    render(
      <VerdictPanel verdict={{ ...context, ok: false, code: 'desk_clock_wrong', direction: 'behind', newestSignedAt: Date.parse('2026-11-20T02:00:00Z') }} />
    )
    const panel = screen.getByRole('alert', { name: "This phone's clock is wrong" })
    expect(panel).toHaveTextContent('behind the newest signed list it holds (2026-11-20 10:00')
    expect(panel).toHaveTextContent('本机时间早于')
  })

  it('never crashes on a verdict it does not know: treated as not a certificate', () => {
    render(<VerdictPanel verdict={{ ...context, ok: false, code: 'something_new' } as unknown as Verdict} />)
    expect(screen.getByRole('alert', { name: 'Not a talent certificate' })).toBeInTheDocument()
  })

  it('speaks Chinese first when the app is in Chinese, with the English below', async () => {
    await act(async () => setLanguage('zh-CN'))
    render(<VerdictPanel verdict={cases[7].verdict} />)
    const panel = screen.getByRole('alert', { name: '已撤销' })
    expect(panel).toHaveTextContent('签发机关已撤销该认定书')
    expect(panel).toHaveTextContent('The issuer has withdrawn this certificate.')
  })
})
