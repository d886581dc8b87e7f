import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, callWithRetry, type HospitalBooking, type HospitalSlot } from '@/api'
import { useIntentKey } from '@/hooks/useIntentKey'
import { ErrorNotice } from '@/components/ErrorNotice'
import { callNumber } from '@/features/guides'
import { useQuery } from '@/hooks/useQuery'
import { langOf, perkOfKind, pick, stringSetting } from '../content'
import { perkEntitlement } from '../entitlement'
import { useCertificateMine } from '../useCertificateMine'
import { usePerks } from '../usePerks'
import { useToday } from '../useToday'
import { actionMessages } from '../components/actions'
import { BringList } from '../components/BringList'
import { CertificateBanner } from '../components/CertificateBanner'
import { PerkContacts } from '../components/PerkContacts'
import { ActionOutcome } from '../components/RefusalNotice'
import { RulesList } from '../components/RulesList'
import { focusable } from '../a11y'
import '../components/perks.scss'
import '@/i18n/namespaces/perks'
import { PerkNotFound } from '../components/PerkNotFound'
import { SourceNote } from '@/components/SourceNote'
import { citeOf } from '@/content/regions/sources'
import { citeKey } from '@/domain/regions/sources'
import { regionRegistry } from '@/features/regions'

export function HospitalScreen() {
  const { t, i18n } = useTranslation(['perks', 'common'])
  const lang = langOf(i18n.language)
  const messages = actionMessages(t)
  const { perks } = usePerks()
  const view = perkOfKind(perks, 'hospital')
  const perk = view?.perk
  const hospital = view?.offices[0]
  const emergency = stringSetting(perk, 'emergencyPhone')
  const bookingPhone = stringSetting(perk, 'bookingPhone') ?? ''
  const seeds = regionRegistry.get(view?.regionId ?? '')?.seeds ?? []

  const { certificate, role, error: certError, reload: reloadCert } = useCertificateMine()
  const today = useToday()
  const entitlement = perk && role === 'applicant' && certificate !== undefined ? perkEntitlement(perk, certificate, today) : null

  const departments = useQuery('hospital-departments', () => api().call('hospital.departments'))
  const bookings = useQuery(role === 'applicant' ? 'hospital-bookings' : null, () => api().call('hospital.bookings'))
  const [departmentId, setDepartmentId] = useState<string | null>(null)
  const [date, setDate] = useState<string | null>(null)
  const [moving, setMoving] = useState<HospitalBooking | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const intent = useIntentKey()
  const [notice, setNotice] = useState<string | null>(null)

  const deps = departments.data?.departments ?? []
  const activeDep = moving?.departmentId ?? departmentId ?? deps[0]?.id ?? null
  const slots = useQuery(activeDep ? `hospital-slots-${activeDep}` : null, () => api().call('hospital.slots', { params: { departmentId: activeDep! } }))
  const dates = useMemo(() => [...new Set((slots.data?.slots ?? []).map((s) => s.date))], [slots.data])
  const activeDate = date && dates.includes(date) ? date : (dates[0] ?? null)
  const daySlots = (slots.data?.slots ?? []).filter((s) => s.date === activeDate)
  const depName = (id: string) => pick(deps.find((d) => d.id === id)?.name, lang) || id

  if (!perk) {
    return <PerkNotFound />
  }

  async function run(task: () => Promise<unknown>, done: string) {
    setBusy(true)
    setFailure(null)
    setNotice(null)
    try {
      await task()
      setNotice(done)
      setMoving(null)
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
      bookings.reload()
      slots.reload()
    }
  }

  const book = (slot: HospitalSlot) =>
    run(async () => {
      // One key per visit meant (the slot): a lost answer and a second tap book once. The English discharge
      // summary is asked for on discharge (the document), not here.
      try {
        await callWithRetry(api(), 'hospital.book', {
          body: { slotId: slot.id },
          idempotencyKey: intent.keyFor(slot.id, undefined)
        })
        intent.settle()
      } catch (e) {
        intent.settle(e)
        throw e
      }
    }, t('hospital.booked'))
  const move = (b: HospitalBooking, slot: HospitalSlot) =>
    run(() => api().call('hospital.reschedule', { params: { bookingId: b.id }, body: { slotId: slot.id } }), t('hospital.moved'))
  const cancel = (b: HospitalBooking) => run(() => api().call('hospital.cancel', { params: { bookingId: b.id } }), t('hospital.cancelled'))

  function startMoving(b: HospitalBooking) {
    setMoving(b)
    setDate(null)
    setFailure(null)
    setNotice(null)
  }

  const canBook = role === 'applicant' && !!entitlement?.entitled

  return (
    <View className='perk-page'>
      <View role='heading' aria-level={1} className='perk-page__title'>
        {pick(perk.name, lang)}
      </View>
      {emergency ? (
        <View className='perk-banner perk-banner--warn'>
          <Text className='perk-banner__text'>{t('hospital.emergency')}</Text>
          <Button type='primary' onClick={() => void callNumber(emergency, messages)}>
            {t('hospital.emergencyCall', { number: emergency })}
          </Button>
        </View>
      ) : null}
      <Text className='perk-page__intro'>{t('hospital.intro', { hospital: hospital ? pick(hospital.name, lang) : '' })}</Text>
      {certError ? <ErrorNotice error={certError} onRetry={reloadCert} /> : <CertificateBanner certificate={certificate} role={role} today={today} />}

      {/* The document's route: book the outpatient visit by phone. */}
      {bookingPhone ? (
        <View className='perk-card'>
          <View role='heading' aria-level={2} className='perk-card__title'>
            {t('hospital.byPhone')}
          </View>
          <Text className='perk-card__text'>{t('hospital.byPhoneText', { number: bookingPhone })}</Text>
          <Button type='primary' onClick={() => void callNumber(bookingPhone, messages)}>
            {t('hospital.byPhoneCall', { number: bookingPhone })}
          </Button>
          <Text className='perk-card__text'>{t('hospital.discharge')}</Text>
          <SourceNote cite={citeOf(view.regionId, citeKey.perkPhone(perk.id, bookingPhone))} seeds={seeds} />
        </View>
      ) : null}

      <ActionOutcome notice={notice} failure={failure} />

      {role === 'applicant' ? (
        <>
          <View role='heading' aria-level={2} className='perk-page__section'>
            {t('hospital.myBookings')}
          </View>
          {bookings.error ? <ErrorNotice error={bookings.error} onRetry={bookings.reload} /> : null}
          {bookings.data && bookings.data.bookings.length === 0 ? <Text className='perk-card__meta'>{t('hospital.noBookings')}</Text> : null}
          {(bookings.data?.bookings ?? []).map((b) => {
            const label = t('hospital.visit', { department: depName(b.departmentId), date: b.date, start: b.start })
            return (
              <View key={b.id} className={`perk-card ${moving?.id === b.id ? 'perk-card--selected' : ''}`} role='group' aria-label={label}>
                <View className='perk-card__head'>
                  <Text className='perk-card__title'>{label}</Text>
                  <Text className={`perk-badge ${b.status === 'booked' ? 'perk-badge--ok' : 'perk-badge--muted'}`}>{t(`hospital.status.${b.status}`)}</Text>
                </View>
                {b.status === 'booked' ? (
                  <View className='perk-card__row'>
                    {moving?.id === b.id ? (
                      <Button size='small' onClick={() => setMoving(null)}>
                        {t('hospital.stopRescheduling')}
                      </Button>
                    ) : (
                      <Button size='small' disabled={busy} onClick={() => startMoving(b)}>
                        {t('hospital.reschedule')}
                      </Button>
                    )}
                    <Button size='small' disabled={busy} onClick={() => void cancel(b)}>
                      {t('hospital.cancel')}
                    </Button>
                  </View>
                ) : null}
              </View>
            )
          })}
        </>
      ) : null}

      <View className='perk-card'>
        {moving ? <Text className='perk-banner__text'>{t('hospital.rescheduling', { department: depName(moving.departmentId) })}</Text> : null}
        <View role='heading' aria-level={2} className='perk-card__title'>
          {t('hospital.inApp')}
        </View>
        <Text className='source-note source-note--demo'>{t('hospital.demo')}</Text>
        {departments.error ? <ErrorNotice error={departments.error} onRetry={departments.reload} /> : null}
        <View role='heading' aria-level={3} className='perk-card__title'>
          {t('hospital.departments')}
        </View>
        <View className='perk-chips' role='radiogroup' aria-label={t('hospital.departments')}>
          {deps.map((d) => {
            const on = d.id === activeDep
            const locked = !!moving && !on
            return (
              <View
                key={d.id}
                role='radio'
                {...focusable}
                aria-checked={on}
                aria-disabled={locked}
                className={`perk-chip ${on ? 'perk-chip--on' : ''} ${locked ? 'perk-chip--disabled' : ''}`}
                onClick={() => {
                  if (locked) return
                  setDepartmentId(d.id)
                  setDate(null)
                }}
              >
                {pick(d.name, lang)}
              </View>
            )
          })}
        </View>
        <View role='heading' aria-level={3} className='perk-card__title'>
          {t('hospital.dates')}
        </View>
        <View className='perk-chips' role='radiogroup' aria-label={t('hospital.dates')}>
          {dates.map((d) => (
            <View
              key={d}
              role='radio'
              {...focusable}
              aria-checked={d === activeDate}
              className={`perk-chip ${d === activeDate ? 'perk-chip--on' : ''}`}
              onClick={() => setDate(d)}
            >
              {d}
            </View>
          ))}
        </View>
        <View role='heading' aria-level={3} className='perk-card__title'>
          {t('hospital.slots')}
        </View>
        {slots.error ? <ErrorNotice error={slots.error} onRetry={slots.reload} /> : null}
        {slots.data && daySlots.length === 0 ? <Text className='perk-card__text'>{t('hospital.noSlots', { number: bookingPhone })}</Text> : null}
        {daySlots.map((s) => {
          const free = Math.max(0, s.capacity - s.booked)
          return (
            <View key={s.id} className='perk-card__row' role='group' aria-label={t('hospital.slot', { start: s.start, end: s.end })}>
              <Text className='perk-card__text'>{t('hospital.slot', { start: s.start, end: s.end })}</Text>
              <Text className='perk-card__meta'>{free > 0 ? t('hospital.free', { count: free }) : t('hospital.full')}</Text>
              {role === 'applicant' ? (
                <Button
                  size='small'
                  type={!canBook || free === 0 ? 'default' : 'primary'}
                  disabled={busy || !canBook || free === 0}
                  onClick={() => void (moving ? move(moving, s) : book(s))}
                >
                  {moving ? t('hospital.moveHere', { start: s.start }) : t('hospital.book', { start: s.start })}
                </Button>
              ) : null}
            </View>
          )
        })}
      </View>

      <BringList />
      <View className='perk-card'>
        <RulesList rules={view.rules} initial={2} cite={view.rulesCite} regionId={view.regionId} />
        <PerkContacts perk={perk} offices={view.offices} />
      </View>
    </View>
  )
}
