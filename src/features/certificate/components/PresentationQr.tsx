import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { presentablePurposes, PROOF_REFRESH_MS, type DeviceKeyHandle } from '@/domain/certificate/present'
import type { Purpose, SignedCertificate } from '@/domain/certificate/types'
import { focusable } from '@/lib/a11y'
import { afterPaint } from '@/lib/afterPaint'
import { makeLiveCode, type LiveCodeContent } from '@/lib/liveCode'
import { QrCode } from '@/components/QrCode'
import './certificate.scss'
import { now as clockNow } from '@/domain/time/now'

interface LiveCode extends LiveCodeContent {
  createdAt: number
  purpose: Purpose
}

/**
 * The holder's live code: signed on this phone for one purpose, renewed every PROOF_REFRESH_MS so a
 * screenshot goes stale. `active` pauses it while the screen is hidden.
 */
export function PresentationQr({ signed, deviceKey, active = true }: { signed: SignedCertificate; deviceKey: DeviceKeyHandle | null; active?: boolean }) {
  const { t } = useTranslation(['certificate', 'common'])
  const purposes = useMemo(() => presentablePurposes(signed), [signed])
  const [purpose, setPurpose] = useState<Purpose | null>(purposes[0] ?? null)
  const [code, setCode] = useState<LiveCode | null>(null)
  const [failed, setFailed] = useState(false)
  /** Codes are signed asynchronously: only the newest request may reach the screen. */
  const request = useRef(0)
  const inFlight = useRef(false)
  useEffect(
    () => () => {
      request.current++
    },
    []
  )

  const build = useCallback(() => {
    // No key yet (still opening): the placeholder keeps the code's place.
    if (!purpose || !deviceKey) return
    const mine = ++request.current
    inFlight.current = true
    const at = clockNow()
    makeLiveCode({ signed, deviceKey, purpose, at }).then(
      (made) => {
        if (mine !== request.current) return
        inFlight.current = false
        setCode({ ...made, createdAt: at, purpose })
        setFailed(false)
      },
      () => {
        if (mine !== request.current) return
        inFlight.current = false
        // A key the certificate is not bound to, or a damaged cache: say so, never crash.
        setCode(null)
        setFailed(true)
      }
    )
  }, [signed, deviceKey, purpose])

  useEffect(() => {
    if (!active) return undefined
    let stopped = false
    // The certificate paints first: signing and drawing the code is the heaviest work on this screen
    // (where Ed25519 runs in JavaScript, the first signature also builds the curve's tables), so it
    // starts only after that frame.
    void afterPaint().then(() => {
      if (!stopped) build()
    })
    return () => {
      stopped = true
    }
  }, [active, build])

  // A new code when this one is PROOF_REFRESH_MS old (at once if it aged while the screen was hidden).
  useEffect(() => {
    if (!active || !code) return undefined
    const renew = setTimeout(
      () => {
        if (!inFlight.current) build()
      },
      Math.max(0, code.createdAt + PROOF_REFRESH_MS - clockNow())
    )
    return () => clearTimeout(renew)
  }, [active, code, build])

  if (!purpose) {
    return (
      <View className='cert-qr'>
        <Text className='cert-qr__note'>{t('qr.noPurposes')}</Text>
      </View>
    )
  }

  const purposeName = t(`purpose.${purpose}`)

  return (
    <View className='cert-qr'>
      <View role='heading' aria-level={2} className='cert-qr__heading'>
        {t('qr.heading')}
      </View>
      <View className='cert-qr__tabs' role='tablist' aria-label={t('qr.purposeLabel')}>
        {purposes.map((p) => (
          <View
            key={p}
            role='tab'
            aria-selected={p === purpose}
            {...focusable}
            className={`cert-qr__tab ${p === purpose ? 'cert-qr__tab--active' : ''}`}
            onClick={() => setPurpose(p)}
          >
            <Text>{t(`purpose.${p}`)}</Text>
          </View>
        ))}
      </View>

      {failed ? (
        <View role='alert' className='cert-qr__note cert-qr__note--bad'>
          <Text>{t('qr.failed')}</Text>
        </View>
      ) : code ? (
        <View
          className='cert-qr__code'
          role='tabpanel'
          aria-label={purposeName}
          data-qr-text={code.text}
          data-qr-purpose={code.purpose}
          data-qr-created={String(code.createdAt)}
        >
          <View role='img' aria-label={t('qr.alt', { purpose: purposeName })} className='cert-qr__frame'>
            <QrCode className='cert-qr__image' modules={code.modules} alt={t('qr.alt', { purpose: purposeName })} />
          </View>
          <Countdown key={code.createdAt} createdAt={code.createdAt} active={active} />
          <Text className='cert-qr__hint'>{t('qr.hint')}</Text>
        </View>
      ) : (
        // The code's place is kept while it is made (just after the certificate paints), so nothing below moves.
        <View className='cert-qr__code' role='status'>
          <View className='cert-qr__frame' />
          <Text className='cert-qr__countdown'>{t('qr.preparing')}</Text>
          <Text className='cert-qr__hint'>{t('qr.hint')}</Text>
        </View>
      )}

      <View className='cert-qr__disclosure'>
        <Text className='cert-qr__disclosure-title'>{t('qr.showsTitle')}</Text>
        <Text className='cert-qr__disclosure-line'>{t(`disclosure.${purpose}`)}</Text>
        <Text className='cert-qr__disclosure-never'>{t('disclosure.never')}</Text>
      </View>
    </View>
  )
}

/**
 * The seconds until the code is renewed. It ticks on its own, so each second redraws this line only,
 * not the code, its tabs and buttons. Keyed by the code's time, so a new code starts from a full count.
 */
function Countdown({ createdAt, active }: { createdAt: number; active: boolean }) {
  const { t } = useTranslation('certificate')
  const [now, setNow] = useState(clockNow)
  useEffect(() => {
    if (!active) return undefined
    setNow(clockNow())
    const ticker = setInterval(() => setNow(clockNow()), 1000)
    return () => clearInterval(ticker)
  }, [active])
  const secondsLeft = Math.max(0, Math.ceil((createdAt + PROOF_REFRESH_MS - now) / 1000))
  return <Text className='cert-qr__countdown'>{t('qr.countdown', { count: secondsLeft })}</Text>
}
