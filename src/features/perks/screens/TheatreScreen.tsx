import { useMemo, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, callWithRetry, type TheatreBooking, type TheatreShow } from '@/api'
import { useIntentKey } from '@/hooks/useIntentKey'
import { ErrorNotice } from '@/components/ErrorNotice'
import { useQuery } from '@/hooks/useQuery'
import { qrSvgDataUrl } from '@/lib/qr'
import { THEATRE_TICKETS_PER_REQUEST, theatreDiscountPercent, zheOf } from '@/domain/perks/terms'
import { langOf, perkOfKind, pick } from '../content'
import { perkEntitlement } from '../entitlement'
import { discountedFen, formatFen } from '../money'
import { useCertificateMine } from '../useCertificateMine'
import { usePerks } from '../usePerks'
import { useToday } from '../useToday'
import { CertificateBanner } from '../components/CertificateBanner'
import { PerkContacts } from '../components/PerkContacts'
import { ActionOutcome } from '../components/RefusalNotice'
import { RulesList } from '../components/RulesList'
import { focusable, imageAlt } from '../a11y'
import '../components/perks.scss'
import '@/i18n/namespaces/perks'
import { PerkNotFound } from '../components/PerkNotFound'
import { SourceNote } from '@/components/SourceNote'
import { citeOf } from '@/content/regions/sources'
import { citeKey } from '@/domain/regions/sources'
import { regionRegistry } from '@/features/regions'

export function TheatreScreen() {
  const { t, i18n } = useTranslation(['perks', 'common'])
  const lang = langOf(i18n.language)
  const { params } = useRouter()
  const { perks } = usePerks()
  const view = perkOfKind(perks, 'theatre')
  const perk = view?.perk
  const percent = theatreDiscountPercent(perk)
  const venue = view?.offices[0]
  const seeds = regionRegistry.get(view?.regionId ?? '')?.seeds ?? []

  const { certificate, role, error: certError, reload: reloadCert } = useCertificateMine()
  const today = useToday()
  const entitlement = perk && role === 'applicant' && certificate !== undefined ? perkEntitlement(perk, certificate, today) : null

  const shows = useQuery('theatre-shows', () => api().call('theatre.shows'))
  const bookings = useQuery(role === 'applicant' ? 'theatre-bookings' : null, () => api().call('theatre.bookings'))
  const myBookings = bookings.data?.bookings ?? []

  const [selected, setSelected] = useState<string | null>(params.showId ?? null)
  const [quantity, setQuantity] = useState(1)
  const [month, setMonth] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)
  /** One key per reservation meant (show + quantity): a lost answer and a second tap book once. */
  const intent = useIntentKey<{ quantity: number }>()

  const upcoming = useMemo(() => (shows.data?.shows ?? []).filter((s) => s.date >= today), [shows.data, today])
  const months = useMemo(() => [...new Set(upcoming.map((s) => s.date.slice(0, 7)))], [upcoming])
  const currentMonth = month ?? months[0] ?? today.slice(0, 7)
  const inMonth = upcoming.filter((s) => s.date.startsWith(currentMonth))
  const show = (shows.data?.shows ?? []).find((s) => s.id === selected) ?? null

  if (!perk) {
    return <PerkNotFound />
  }

  async function reserve(s: TheatreShow, qty: number) {
    setBusy(true)
    setFailure(null)
    setNotice(null)
    try {
      await callWithRetry(api(), 'theatre.book', { body: { showId: s.id, quantity: qty }, idempotencyKey: intent.keyFor(`${s.id}:${qty}`, { quantity: qty }) })
      intent.settle()
      setNotice(t('theatre.reserved'))
      setQuantity(1)
      bookings.reload()
      shows.reload()
    } catch (e) {
      // A refusal is final (the server kept no booking); only an unanswered request keeps its key.
      intent.settle(e)
      setFailure(e)
      // Another device may have changed what this one shows.
      bookings.reload()
    } finally {
      setBusy(false)
    }
  }

  async function cancel(b: TheatreBooking) {
    setBusy(true)
    setFailure(null)
    setNotice(null)
    try {
      await api().call('theatre.cancel', { params: { bookingId: b.id } })
      setNotice(t('theatre.cancelled'))
      bookings.reload()
      shows.reload()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  function open(showId: string) {
    setSelected(showId)
    setQuantity(1)
    setFailure(null)
    setNotice(null)
  }

  const price = (s: TheatreShow) => (
    <View className='perk-price'>
      <Text className='perk-price__list'>{t('theatre.listPrice', { price: formatFen(s.listPriceFen) })}</Text>
      <Text className='perk-price__yours'>{t('theatre.yourPrice', { price: formatFen(discountedFen(s.listPriceFen, percent)) })}</Text>
      <Text className='perk-price__off'>{t('theatre.discount', { percent })}</Text>
    </View>
  )

  const detail = (s: TheatreShow) => {
    // No cap per show (the document sets none): only the seats left limit a reservation.
    const canBook = role === 'applicant' && !!entitlement?.entitled && s.seatsLeft > 0
    const most = Math.min(s.seatsLeft, THEATRE_TICKETS_PER_REQUEST)
    const qty = Math.min(quantity, Math.max(1, most))
    const perTicket = discountedFen(s.listPriceFen, percent)
    return (
      <View className='perk-card perk-card--selected' role='group' aria-label={pick(s.title, lang)}>
        <View role='heading' aria-level={2} className='perk-card__title'>
          {pick(s.title, lang)}
        </View>
        <Text className='perk-card__meta'>
          {s.date} {s.time} · {venue ? pick(venue.name, lang) : ''}
        </Text>
        <Text className='perk-card__text'>{pick(s.description, lang)}</Text>
        {price(s)}
        <Text className='perk-card__meta'>{t('theatre.seatsLeft', { count: s.seatsLeft })}</Text>
        {role === 'applicant' ? (
          <>
            <View className='perk-stepper'>
              <Text className='perk-field__label'>{t('theatre.quantity')}</Text>
              <Button size='small' disabled={!canBook || qty <= 1} onClick={() => setQuantity(Math.max(1, qty - 1))}>
                {t('theatre.fewer')}
              </Button>
              <Text className='perk-stepper__value' aria-live='polite'>
                {qty}
              </Text>
              <Button size='small' disabled={!canBook || qty >= most} onClick={() => setQuantity(qty + 1)}>
                {t('theatre.more')}
              </Button>
            </View>
            <Text className='perk-card__text'>{t('theatre.total', { discounted: formatFen(perTicket * qty), list: formatFen(s.listPriceFen * qty) })}</Text>
            <Button type={canBook ? 'primary' : 'default'} block disabled={!canBook || busy} loading={busy} onClick={() => void reserve(s, qty)}>
              {t('theatre.reserve', { count: qty, percent, zhe: zheOf(percent) })}
            </Button>
          </>
        ) : null}
        <View className='perk-link' role='button' {...focusable} onClick={() => setSelected(null)}>
          {t('theatre.back')}
        </View>
      </View>
    )
  }

  return (
    <View className='perk-page'>
      <View role='heading' aria-level={1} className='perk-page__title'>
        {pick(perk.name, lang)}
      </View>
      <Text className='perk-page__intro'>{t('theatre.intro', { venue: venue ? pick(venue.name, lang) : '', percent, zhe: zheOf(percent) })}</Text>
      {certError ? <ErrorNotice error={certError} onRetry={reloadCert} /> : <CertificateBanner certificate={certificate} role={role} today={today} />}

      {/* The document's route first: reserve by phone, buy on site, enter with the ticket. */}
      <View className='perk-card'>
        <PerkContacts perk={perk} offices={view.offices} title={t('theatre.phoneReservation')} />
        <SourceNote cite={venue ? citeOf(view.regionId, citeKey.officePhone(venue.id, venue.phones[0]?.number ?? '')) : undefined} seeds={seeds} />
      </View>

      <ActionOutcome notice={notice} failure={failure} onRetry={show && intent.pending() ? () => void reserve(show, intent.pending()?.quantity ?? quantity) : undefined} />

      {show ? (
        detail(show)
      ) : (
        <>
          <View role='heading' aria-level={2} className='perk-page__section'>
            {t('theatre.programme')}
          </View>
          <Text className='source-note source-note--demo'>{t('theatre.demo')}</Text>
          {shows.error ? <ErrorNotice error={shows.error} onRetry={shows.reload} /> : null}
          {months.length > 1 ? (
            <View className='perk-chips' role='tablist'>
              {months.map((m) => (
                <View
                  key={m}
                  role='tab'
                  {...focusable}
                  aria-selected={m === currentMonth}
                  className={`perk-chip ${m === currentMonth ? 'perk-chip--on' : ''}`}
                  onClick={() => setMonth(m)}
                >
                  {t('theatre.month', { month: m })}
                </View>
              ))}
            </View>
          ) : null}
          {shows.loading && !shows.data ? <Text className='perk-card__meta'>{t('common:status.loading')}</Text> : null}
          {shows.data && inMonth.length === 0 ? <Text className='perk-card__text'>{t('theatre.noShows')}</Text> : null}
          {inMonth.map((s) => (
            <View key={s.id} className='perk-card' role='group' aria-label={pick(s.title, lang)}>
              <View role='heading' aria-level={3} className='perk-card__title'>
                {pick(s.title, lang)}
              </View>
              <Text className='perk-card__meta'>
                {s.date} {s.time} · {t('theatre.seatsLeft', { count: s.seatsLeft })}
              </Text>
              {price(s)}
              <Button size='small' type='primary' onClick={() => open(s.id)}>
                {t('theatre.details')}
              </Button>
            </View>
          ))}
        </>
      )}

      {role === 'applicant' ? (
        <>
          <View role='heading' aria-level={2} className='perk-page__section'>
            {t('theatre.myBookings')}
          </View>
          {bookings.error ? <ErrorNotice error={bookings.error} onRetry={bookings.reload} /> : null}
          {bookings.data && myBookings.length === 0 ? <Text className='perk-card__meta'>{t('theatre.noBookings')}</Text> : null}
          {[...myBookings].reverse().map((b) => {
            const s = (shows.data?.shows ?? []).find((x) => x.id === b.showId)
            return (
              <View key={b.id} className='perk-card' role='group' aria-label={t('theatre.code', { code: b.code })}>
                <View className='perk-card__head'>
                  <View role='heading' aria-level={3} className='perk-card__title'>
                    {s ? pick(s.title, lang) : b.showId}
                  </View>
                  <Text className={`perk-badge ${b.status === 'booked' ? 'perk-badge--ok' : 'perk-badge--muted'}`}>{t(`theatre.status.${b.status}`)}</Text>
                </View>
                {s ? (
                  <Text className='perk-card__meta'>
                    {s.date} {s.time}
                  </Text>
                ) : null}
                <Text className='perk-card__text'>
                  {t('theatre.tickets', { count: b.quantity, price: formatFen(b.discountedPriceFen), list: formatFen(b.listPriceFen) })}
                </Text>
                {b.status === 'booked' ? (
                  <>
                    <View className='perk-qr' role='img' aria-label={t('theatre.qrAlt', { code: b.code })}>
                      <Image className='perk-qr__img' src={qrSvgDataUrl(b.signedCode ?? b.code)} {...imageAlt('')} />
                    </View>
                    <Text className='perk-code'>{b.code}</Text>
                    <Text className='perk-card__text'>{t('theatre.boxOffice', { total: formatFen(b.totalFen) })}</Text>
                    <Button size='small' disabled={busy} onClick={() => void cancel(b)}>
                      {t('theatre.cancel')}
                    </Button>
                  </>
                ) : (
                  <Text className='perk-card__meta'>{t('theatre.code', { code: b.code })}</Text>
                )}
              </View>
            )
          })}
        </>
      ) : null}

      <View className='perk-card'>
        <RulesList rules={view.rules} initial={1} cite={view.rulesCite} regionId={view.regionId} />
      </View>
    </View>
  )
}
