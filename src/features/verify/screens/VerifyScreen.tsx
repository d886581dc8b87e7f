import { useCallback, useEffect, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { toApiError, type ApiError, type CertificatePurpose, type Redemption } from '@/api'
import { ErrorNotice } from '@/components/ErrorNotice'
import { SHIPPED_ISSUER_KEY_LIST } from '@/domain/certificate/trustRoot'
import { BOOKING_CODE_PREFIX, verifyBookingCode, type BookingCheck } from '@/domain/certificate/booking'
import type { Verdict } from '@/domain/certificate/types'
import { REVOCATION_UNCHECKED_POLICY, verifyPresentation } from '@/domain/certificate/verify'
import { formatBeijingDateTime } from '@/features/certificate'
import { navigate } from '@/lib/navigation'
import { controlAria } from '@/lib/a11y'
import { onNetworkBack } from '@/lib/network'
import { useSession } from '@/stores/session'
import { VerdictPanel } from '../components/VerdictPanel'
import { persistedSeenNonces } from '../nonces'
import { recordRedemption, syncQueue } from '../redemptions'
import { scanQrText } from '../scan'
import { scanFailureOf, type ScanFailure } from '../scanError'
import { useVerifyCache } from '../store'
import { deskTrust, heldKeyList, refreshTrust } from '../trust'
import { verdictDetails } from '../verdictView'
import '../components/verify.scss'
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

/** A queued redemption the backend refused, in words: e.g. a booking another desk redeemed first while both were offline. */
function refusalKey(reason: string) {
  switch (reason) {
    case 'conflict':
      return 'record.errors.conflict' as const
    case 'presentation.used':
      return 'record.errors.used' as const
    case 'scan.tooOld':
      return 'record.errors.tooOld' as const
    case 'booking.unknown':
      return 'record.errors.bookingUnknown' as const
    case 'booking.otherHolder':
      return 'record.errors.bookingOtherHolder' as const
    default:
      return reason.startsWith('verdict.') ? ('record.errors.notAccepted' as const) : ('record.errors.other' as const)
  }
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
  if (error.fields.presentation?.code === 'presentation.used' || error.fields.scannedAt?.code === 'scan.tooOld') {
    return (
      <View role='alert' className='verify__note verify__note--bad'>
        {t(error.fields.scannedAt ? 'record.errors.tooOld' : 'record.errors.used')}
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
  const keyList = useVerifyCache(heldKeyList)
  const revocationLists = useVerifyCache((s) => s.revocationLists)
  const refused = useVerifyCache((s) => s.refused)
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
  const [bookingCheck, setBookingCheck] = useState<BookingCheck | null>(null)

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

  // On open: fresh keys and revocation list if the network allows, then send anything queued. Refused items the
  // desk has had a week to read go: they hold a holder's code.
  useEffect(() => {
    if (!venue) return
    useVerifyCache.getState().expireFailed(now())
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
    const trust = deskTrust(useVerifyCache.getState(), at)
    const verdict = verifyPresentation(code, { ...trust, purpose, nowMs: at, seenNonces: persistedSeenNonces })
    setChecked({ verdict, text: code, at })
    setRecord({ kind: 'idle' })
    setBooking('')
    setBookingCheck(null)
  }

  /** A scanned booking QR is checked here, offline: genuine, and issued to the holder of the code just checked. */
  const checkBooking = (value: string) => {
    setBooking(value)
    const details = checked ? verdictDetails(checked.verdict) : null
    const code = value.trim()
    setBookingCheck(
      code.startsWith(BOOKING_CODE_PREFIX) && details
        ? verifyBookingCode(code, deskTrust(useVerifyCache.getState(), now()).issuerKeys, details.credentialId)
        : null
    )
  }

  const scanBooking = async () => {
    try {
      const result = await scanQrText()
      if (result) checkBooking(result)
    } catch (error) {
      setScanNote(scanFailureOf(error))
    }
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

  const recordable = checked
    ? checked.verdict.ok || (checked.verdict.code === 'revocation_unchecked' && REVOCATION_UNCHECKED_POLICY[purpose] === 'record_for_later_check')
    : false

  const submit = async () => {
    if (!checked || !recordable) return
    const bookingCode = purpose === 'theatre' ? booking.trim() : null
    if (purpose === 'theatre' && !bookingCode) {
      setRecord({ kind: 'needBooking' })
      return
    }
    if (bookingCheck && !bookingCheck.ok) return
    setRecord({ kind: 'sending' })
    const outcome = await recordRedemption({ userId: user.id, purpose, presentation: checked.text, bookingCode, scannedAtMs: checked.at })
    setRecord(
      outcome.kind === 'recorded'
        ? { kind: 'recorded', redemption: outcome.redemption }
        : outcome.kind === 'queued'
          ? { kind: 'queued' }
          : { kind: 'refused', error: toApiError(outcome.error) }
    )
  }

  const newestRevocationAt = Math.max(-1, ...Object.values(revocationLists).map((l) => l.body?.issuedAt ?? -1))
  const shippedKeys = keyList.signature === SHIPPED_ISSUER_KEY_LIST.signature

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

      {recordable ? (
        <View className='verify__card'>
          <View role='heading' aria-level={2} className='verify__section'>
            {t(`record.heading.${purpose}`)}
          </View>
          {purpose === 'theatre' ? (
            <>
              <Text className='verify__label' id='verify-booking-label'>
                {t('record.bookingLabel')}
              </Text>
              <Input
                className='verify__input'
                {...controlAria({ 'aria-labelledby': 'verify-booking-label' })}
                value={booking}
                onInput={(e) => checkBooking(e.detail.value)}
              />
              <Button size='small' type='default' onClick={() => void scanBooking()}>
                {t('record.scanBooking')}
              </Button>
              {bookingCheck?.ok ? (
                <View role='status' className='verify__note verify__note--ok'>
                  {t('record.booking.valid', { ref: bookingCheck.booking.ref, date: bookingCheck.booking.date, count: bookingCheck.booking.seats })}
                </View>
              ) : bookingCheck ? (
                <View role='alert' className='verify__note verify__note--bad'>
                  {t(bookingCheck.reason === 'other_holder' ? 'record.booking.other_holder' : 'record.booking.forged')}
                </View>
              ) : booking.trim() ? (
                <Text className='verify__hint'>{t('record.booking.typed')}</Text>
              ) : null}
            </>
          ) : null}
          {record.kind === 'recorded' ? (
            <View role='status' className='verify__note verify__note--ok'>
              {record.redemption.duplicate
                ? t('record.duplicate')
                : t('record.recorded', { time: formatBeijingDateTime(Date.parse(record.redemption.recordedAt)) })}
            </View>
          ) : record.kind === 'queued' ? (
            <View role='status' className='verify__note verify__note--warn'>
              {t('record.queued')}
            </View>
          ) : (
            <>
              <Button type='primary' loading={record.kind === 'sending'} disabled={!!bookingCheck && !bookingCheck.ok} onClick={() => void submit()}>
                {checked?.verdict.ok ? t(`record.button.${purpose}`) : t('record.button.uncheckedHospital')}
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
                <Text>{t('queue.refused', { time: formatBeijingDateTime(Date.parse(f.scannedAt)), reason: t(refusalKey(f.reason)) })}</Text>
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
        <Text className='verify__note'>
          {t('trust.keys', { seq: keyList.body.seq, time: formatBeijingDateTime(keyList.body.issuedAt), shipped: shippedKeys ? t('trust.shipped') : '' })}
        </Text>
        {newestRevocationAt >= 0 ? (
          <Text className='verify__note'>{t('trust.revocation', { time: formatBeijingDateTime(newestRevocationAt) })}</Text>
        ) : (
          <View role='status' className='verify__note verify__note--warn'>
            {t('trust.noRevocation')}
          </View>
        )}
        {refused.map((what) => (
          <View key={what} role='status' className='verify__note verify__note--warn'>
            {t(what === 'keyList' ? 'trust.refusedKeyList' : 'trust.refusedRevocationList')}
          </View>
        ))}
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
