import { useCallback, useEffect, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { toApiError, type ApiError, type CertificatePurpose, type Redemption } from '@/api'
import { ErrorNotice } from '@/components/ErrorNotice'
import type { Verdict } from '@/domain/certificate/types'
import { verifyPresentation } from '@/domain/certificate/verify'
import { formatBeijingDateTime } from '@/features/certificate/format'
import { navigate } from '@/lib/navigation'
import { controlAria } from '@/lib/a11y'
import { onNetworkBack } from '@/lib/network'
import { useSession } from '@/stores/session'
import { VerdictPanel } from './components/VerdictPanel'
import { persistedSeenNonces } from './nonces'
import { recordRedemption, syncQueue } from './redemptions'
import { scanQrText } from './scan'
import { scanFailureOf, type ScanFailure } from './scanError'
import { useVerifyCache } from './store'
import { refreshTrust } from './trust'
import './components/verify.scss'
import { contentLang } from '@/i18n/content'
import '@/i18n/namespaces/verify'
import { now } from '@/domain/time/now'

type RecordState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'recorded'; redemption: Redemption }
  | { kind: 'queued' }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'needBooking' }

interface Checked {
  verdict: Verdict
  text: string
  at: number
}

function Message({ title, body, children }: { title: string; body: string; children?: React.ReactNode }) {
  return (
    <View className='verify'>
      <View className='verify__card'>
        <View role='heading' aria-level={1} className='verify__title'>
          {title}
        </View>
        <Text className='verify__note'>{body}</Text>
        {children}
      </View>
    </View>
  )
}

/** Why the backend refused a redemption, in words: booking problems, a verdict it re-computed, or the generic notice. */
function RefusedNotice({ error }: { error: ApiError }) {
  const { t } = useTranslation('verify')
  const booking = error.fields.bookingCode?.code
  const verdictCode = error.fields.presentation?.code?.replace(/^verdict\./, '')
  if (booking === 'booking.unknown' || booking === 'booking.otherHolder') {
    return (
      <View role='alert' className='verify__note verify__note--bad'>
        {t(`record.errors.${booking === 'booking.unknown' ? 'bookingUnknown' : 'bookingOtherHolder'}`)}
      </View>
    )
  }
  if (error.kind === 'conflict') {
    return (
      <View role='alert' className='verify__note verify__note--bad'>
        {t('record.errors.conflict')}
      </View>
    )
  }
  if (verdictCode) {
    return (
      <View role='alert' className='verify__note verify__note--bad'>
        {t('record.errors.verdict', { code: verdictCode })}
      </View>
    )
  }
  return <ErrorNotice error={error} />
}

/** The desk's screen: scan (or paste) a holder's code, verify it offline, record the redemption. */
export function VerifyScreen() {
  const { t, i18n } = useTranslation(['verify', 'common'])
  const user = useSession((s) => s.user)
  const lang = contentLang(i18n.language)
  const issuerKeysFetchedAt = useVerifyCache((s) => s.issuerKeysFetchedAt)
  const revocationListFetchedAt = useVerifyCache((s) => s.revocationListFetchedAt)
  const hasKeys = useVerifyCache((s) => s.issuerKeys.length > 0)
  const queue = useVerifyCache((s) => s.queue)
  const failed = useVerifyCache((s) => s.failed)
  const dismissFailed = useVerifyCache((s) => s.dismissFailed)

  const [text, setText] = useState('')
  const [checked, setChecked] = useState<Checked | null>(null)
  const [scanNote, setScanNote] = useState<ScanFailure | null>(null)
  const [trust, setTrust] = useState<'idle' | 'loading' | 'failed'>('idle')
  const [syncing, setSyncing] = useState(false)
  const [syncNote, setSyncNote] = useState<string | null>(null)
  const [record, setRecord] = useState<RecordState>({ kind: 'idle' })
  const [booking, setBooking] = useState('')

  const userId = user?.id ?? null
  const venue = user?.role === 'verifier' ? user.venue : null
  const purpose: CertificatePurpose | null = venue?.purpose ?? null

  const updateTrust = useCallback(async () => {
    setTrust('loading')
    try {
      await refreshTrust()
      setTrust('idle')
    } catch {
      setTrust('failed')
    }
  }, [])

  const sync = useCallback(async () => {
    if (!userId) return
    setSyncing(true)
    try {
      const result = await syncQueue(userId)
      if (result.sent + result.refused + result.waiting > 0) {
        setSyncNote(result.waiting > 0 ? t('queue.stillWaiting', { count: result.waiting }) : t('queue.sent', { count: result.sent }))
      }
    } finally {
      setSyncing(false)
    }
  }, [userId, t])

  // On open: fresh keys and revocation list if the network allows, then send anything queued.
  useEffect(() => {
    if (!venue) return
    void updateTrust().finally(() => void sync())
  }, [venue, updateTrust, sync])

  // The queued notice promises "sent when you are back online": the desk should not have to remember to
  // tap Sync. syncQueue runs one pass at a time and every item keeps its key, so this never sends twice.
  useEffect(() => {
    if (!venue) return undefined
    return onNetworkBack(() => void sync())
  }, [venue, sync])

  if (!user) {
    return (
      <Message title={t('title')} body={t('signedOut')}>
        <Button type='primary' onClick={() => navigate('signIn')}>
          {t('common:actions.signIn')}
        </Button>
      </Message>
    )
  }
  if (!venue || !purpose) return <Message title={t('title')} body={t(user.role === 'verifier' ? 'noVenue' : 'notVerifier')} />

  const check = (raw: string) => {
    const code = raw.trim()
    const at = now()
    const state = useVerifyCache.getState()
    const verdict = verifyPresentation(code, {
      issuerKeys: state.issuerKeys,
      revocationList: state.revocationList,
      purpose,
      nowMs: at,
      seenNonces: persistedSeenNonces
    })
    setChecked({ verdict, text: code, at })
    setRecord({ kind: 'idle' })
    setBooking('')
  }

  const scan = async () => {
    setScanNote(null)
    try {
      const result = await scanQrText()
      if (result) check(result)
    } catch (error) {
      setScanNote(scanFailureOf(error))
    }
  }

  const submit = async () => {
    if (!checked?.verdict.ok) return
    const bookingCode = purpose === 'theatre' ? booking.trim() : null
    if (purpose === 'theatre' && !bookingCode) {
      setRecord({ kind: 'needBooking' })
      return
    }
    setRecord({ kind: 'sending' })
    const outcome = await recordRedemption({ userId: user.id, purpose, presentation: checked.text, bookingCode, scannedAtMs: checked.at })
    setRecord(outcome.kind === 'recorded' ? { kind: 'recorded', redemption: outcome.redemption } : outcome.kind === 'queued' ? { kind: 'queued' } : { kind: 'refused', error: toApiError(outcome.error) })
  }

  const savedAt = Math.min(issuerKeysFetchedAt ?? Infinity, revocationListFetchedAt ?? Infinity)

  return (
    <View className='verify'>
      <View role='heading' aria-level={1} className='verify__title'>
        {t('title')}
      </View>
      <Text className='verify__desk'>{t('desk', { venue: venue.name[lang], perk: t(`perk.${purpose}`) })}</Text>

      <View className='verify__card'>
        <Button type='primary' block onClick={() => void scan()}>
          {t('scan.button')}
        </Button>
        {scanNote ? (
          <View role='status' className='verify__note verify__note--warn'>
            {t(`scan.errors.${scanNote}`)}
          </View>
        ) : null}
        <Text className='verify__label' id='verify-paste-label'>
          {t('paste.label')}
        </Text>
        <Text className='verify__hint'>{t('paste.hint')}</Text>
        <Input
          className='verify__input'
          {...controlAria({ 'aria-labelledby': 'verify-paste-label' })}
          placeholder={t('paste.placeholder')}
          maxlength={4000}
          value={text}
          onInput={(e) => setText(e.detail.value)}
        />
        <View className='verify__buttons'>
          <Button type='primary' disabled={!text.trim()} onClick={() => check(text)}>
            {t('paste.check')}
          </Button>
          {text ? (
            <Button
              type='default'
              onClick={() => {
                setText('')
                setChecked(null)
              }}
            >
              {t('paste.clear')}
            </Button>
          ) : null}
        </View>
      </View>

      {checked ? <VerdictPanel verdict={checked.verdict} /> : null}

      {checked?.verdict.ok ? (
        <View className='verify__card'>
          <View role='heading' aria-level={2} className='verify__section'>
            {t(`record.heading.${purpose}`)}
          </View>
          {purpose === 'theatre' ? (
            <>
              <Text className='verify__label' id='verify-booking-label'>
                {t('record.bookingLabel')}
              </Text>
              <Input className='verify__input' {...controlAria({ 'aria-labelledby': 'verify-booking-label' })} value={booking} onInput={(e) => setBooking(e.detail.value)} />
            </>
          ) : null}
          {record.kind === 'recorded' ? (
            <View role='status' className='verify__note verify__note--ok'>
              {record.redemption.duplicate ? t('record.duplicate') : t('record.recorded', { time: formatBeijingDateTime(Date.parse(record.redemption.recordedAt)) })}
            </View>
          ) : record.kind === 'queued' ? (
            <View role='status' className='verify__note verify__note--warn'>
              {t('record.queued')}
            </View>
          ) : (
            <>
              <Button type='primary' loading={record.kind === 'sending'} onClick={() => void submit()}>
                {t(`record.button.${purpose}`)}
              </Button>
              {record.kind === 'needBooking' ? (
                <View role='alert' className='verify__note verify__note--bad'>
                  {t('record.bookingMissing')}
                </View>
              ) : null}
              {record.kind === 'refused' ? <RefusedNotice error={record.error} /> : null}
            </>
          )}
        </View>
      ) : null}

      {queue.some((q) => q.userId === user.id) || failed.some((f) => f.userId === user.id) || syncNote ? (
        <View className='verify__card'>
          <View role='heading' aria-level={2} className='verify__section'>
            {t('queue.title')}
          </View>
          <Text className='verify__note'>{t('queue.count', { count: queue.filter((q) => q.userId === user.id).length })}</Text>
          {syncNote ? (
            <View role='status' className='verify__hint'>
              {syncNote}
            </View>
          ) : null}
          {queue.some((q) => q.userId === user.id) ? (
            <Button type='default' loading={syncing} onClick={() => void sync()}>
              {t('queue.syncNow')}
            </Button>
          ) : null}
          {failed
            .filter((f) => f.userId === user.id)
            .map((f) => (
              <View key={f.idempotencyKey} className='verify__item'>
                <Text>{t('queue.refused', { time: formatBeijingDateTime(Date.parse(f.scannedAt)), reason: f.reason })}</Text>
                <Button size='small' type='default' onClick={() => dismissFailed(f.idempotencyKey)}>
                  {t('queue.dismiss')}
                </Button>
              </View>
            ))}
        </View>
      ) : null}

      <View className='verify__card'>
        <View role='heading' aria-level={2} className='verify__section'>
          {t('trust.heading')}
        </View>
        {!hasKeys ? (
          <View role='status' className='verify__note verify__note--bad'>
            {t('trust.noKeys')}
          </View>
        ) : (
          <Text className='verify__note'>{t('trust.savedAt', { time: formatBeijingDateTime(savedAt) })}</Text>
        )}
        {trust === 'failed' ? (
          <View role='status' className='verify__note verify__note--warn'>
            {t('trust.offline')}
          </View>
        ) : null}
        <Button type='default' loading={trust === 'loading'} onClick={() => void updateTrust()}>
          {t('trust.update')}
        </Button>
      </View>
    </View>
  )
}
