import Taro from '@tarojs/taro'
import { CONSENT_STORAGE_KEY, PASSPORT_DRAFT_STORAGE, hasCurrentConsent, onConsentWithdrawn, useConsent } from './consent'
import { PRIVACY_NOTICE_VERSION } from './notice'
import { answerPlatformRequests, queuePlatformRequest, reportPlatformExposure, usePlatformRequests } from './platformRequest'

beforeEach(() => {
  useConsent.setState({ record: null })
  usePlatformRequests.setState({ pending: [], pages: 0 })
})

describe('consent to the privacy notice', () => {
  it('records the version agreed to and when, and remembers it across a restart', async () => {
    useConsent.getState().agree(new Date('2026-11-02T08:00:00.000Z'))
    expect(useConsent.getState().record).toEqual({ version: PRIVACY_NOTICE_VERSION, at: '2026-11-02T08:00:00.000Z' })
    expect(hasCurrentConsent(useConsent.getState())).toBe(true)
    const stored = Taro.getStorageSync(CONSENT_STORAGE_KEY) as string
    useConsent.setState({ record: null })
    Taro.setStorageSync(CONSENT_STORAGE_KEY, stored)
    await useConsent.persist.rehydrate()
    expect(useConsent.getState().record?.at).toBe('2026-11-02T08:00:00.000Z')
  })

  it('does not count consent to an older version of the notice', () => {
    expect(hasCurrentConsent({ record: { version: PRIVACY_NOTICE_VERSION - 1, at: '2025-01-01T00:00:00.000Z' } })).toBe(false)
    expect(hasCurrentConsent({ record: null })).toBe(false)
  })

  it('ignores a stored record it cannot make sense of', async () => {
    Taro.setStorageSync(CONSENT_STORAGE_KEY, JSON.stringify({ state: { record: { version: 'x' } }, version: 0 }))
    await useConsent.persist.rehydrate()
    expect(useConsent.getState().record).toBeNull()
  })

  it('withdrawing deletes the passport drafts on this phone and empties the stores that hold them', () => {
    const emptied: string[] = []
    onConsentWithdrawn(() => emptied.push('loaded store'))
    useConsent.getState().agree()
    for (const key of Object.values(PASSPORT_DRAFT_STORAGE)) Taro.setStorageSync(key, 'wic-seal:1:AAAA')
    Taro.setStorageSync('wic.settings', '{"state":{"language":"en"}}')
    useConsent.getState().withdraw()
    expect(useConsent.getState().record).toBeNull()
    expect(emptied).toEqual(['loaded store'])
    for (const key of Object.values(PASSPORT_DRAFT_STORAGE)) expect(Taro.getStorageSync(key)).toBe('')
    // Nothing else is touched.
    expect(Taro.getStorageSync('wic.settings')).not.toBe('')
  })
})

describe("WeChat's pending privacy requests", () => {
  it('are told the notice is shown, then all answered at once with the agree button WeChat checks', () => {
    const answers: unknown[][] = [[], []]
    queuePlatformRequest((o) => answers[0].push(o))
    queuePlatformRequest((o) => answers[1].push(o))
    reportPlatformExposure()
    answerPlatformRequests(true)
    for (const a of answers) expect(a).toEqual([{ event: 'exposureAuthorization' }, { buttonId: 'agree-btn', event: 'agree' }])
    expect(usePlatformRequests.getState().pending).toEqual([])
  })

  it('are answered "disagree" on Not now', () => {
    const answers: unknown[] = []
    queuePlatformRequest((o) => answers.push(o))
    answerPlatformRequests(false)
    expect(answers).toEqual([{ event: 'disagree' }])
  })
})
