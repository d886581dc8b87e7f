/**
 * Booking the in-person step: pick an office of the case's region, a day and a 30-minute slot from the
 * office's calendar (hours with the lunch break, public holidays closed, capacity per slot). Booking
 * again moves the appointment; the backend refuses a full slot, so two people never get the same place.
 */
import { useEffect, useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, callWithRetry, type Case, type Slot } from '@/api'
import { addDays, type IsoDate } from '@/domain/time/beijing'
import { publicHolidayOn } from '@/domain/time/workingDays'
import { ErrorNotice } from '@/components/ErrorNotice'
import { CaseLoadNotice, useCaseById } from '../components/CaseLoadNotice'
import { useQuery } from '@/hooks/useQuery'
import { navigate } from '@/lib/navigation'
import { pick, useLang } from '../lang'
import { caseTitle, officesForCase } from '../region'
import '../components/cases.scss'
import { focusable } from '../a11y'
import '@/i18n/namespaces/cases'

const APPOINTABLE = new Set(['pre_review', 'supplement_requested', 'resubmitted', 'accepted', 'in_review'])

/** Public holidays between the first and last offered day: said out loud, so a gap in the days makes sense. */
function holidaysBetween(from: IsoDate, to: IsoDate, lang: 'zh' | 'en'): string[] {
  const out: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const h = publicHolidayOn(d)
    if (h) out.push(`${d} ${h[lang]}`)
  }
  return out
}

function Booking({ c, onChange }: { c: Case; onChange: () => void }) {
  const { t } = useTranslation(['cases', 'common'])
  const lang = useLang()
  const offices = officesForCase(c)
  const bookedOffice = c.appointment?.status === 'booked' ? c.appointment.officeId : null
  const [officeId, setOfficeId] = useState<string | null>(bookedOffice ?? offices.find((o) => o.hours)?.id ?? offices[0]?.id ?? null)
  const office = offices.find((o) => o.id === officeId) ?? null
  const slots = useQuery(office?.hours ? `slots:${office.id}` : null, () => api().call('appointments.slots', { params: { officeId: office!.id } }))
  const days = useMemo(() => [...new Set((slots.data?.slots ?? []).map((s) => s.date))], [slots.data])
  const [day, setDay] = useState<IsoDate | null>(null)
  useEffect(() => setDay((d) => (d && days.includes(d) ? d : (days[0] ?? null))), [days])
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const appointment = c.appointment?.status === 'booked' ? c.appointment : null
  const appointable = c.matters.some((m) => APPOINTABLE.has(m.state))

  /** One booking action at a time; whatever happens, the offered slots are fetched again. */
  async function act(which: string, call: () => Promise<unknown>) {
    setFailure(null)
    setBusy(which)
    try {
      await call()
      onChange()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(null)
      slots.reload()
    }
  }

  const book = (slot: Slot) =>
    act(slot.start, () =>
      callWithRetry(api(), 'appointments.book', {
        params: { caseId: c.id },
        body: { officeId: slot.officeId, date: slot.date, start: slot.start, purpose: 'on_site_check' }
      })
    )

  const cancel = () => act('cancel', () => api().call('appointments.cancel', { params: { caseId: c.id } }))

  const daySlots = (slots.data?.slots ?? []).filter((s) => s.date === day)
  const holidays = days.length ? holidaysBetween(days[0], days[days.length - 1], lang) : []

  return (
    <View className='cases-page'>
      <View className='cases-header'>
        <View role='heading' aria-level={1} className='cases-header__title'>
          {t('appointment.heading')}
        </View>
        <Text className='cases-header__sub'>
          {caseTitle(c, lang)} · {c.applicantName}
        </Text>
      </View>
      <Text className='cases-muted'>{t('appointment.intro')}</Text>

      {appointment ? (
        <View role='group' className='cases-card cases-next' aria-label={t('appointment.current')}>
          <View role='heading' aria-level={2} className='cases-card__title'>
            {t('appointment.current')}
          </View>
          <Text className='cases-next__title'>
            {appointment.date} {appointment.start}–{appointment.end}
          </Text>
          <Text className='cases-next__body'>{pick(offices.find((o) => o.id === appointment.officeId)?.name, lang) || appointment.officeId}</Text>
          <Text className='cases-muted'>{t('appointment.rescheduleHint')}</Text>
          <Button size='small' loading={busy === 'cancel'} disabled={busy !== null} onClick={() => void cancel()}>
            {t('appointment.cancel')}
          </Button>
        </View>
      ) : null}

      {!appointable ? <Text className='cases-card cases-muted'>{t('appointment.notOpen')}</Text> : null}
      {failure ? <ErrorNotice error={failure} /> : null}

      {appointable ? (
        <View className='cases-card'>
          <View role='heading' aria-level={2} className='cases-card__title'>
            {t('appointment.office')}
          </View>
          <View className='cases-chips' role='radiogroup' aria-label={t('appointment.office')}>
            {offices.map((o) => (
              <View
                key={o.id}
                role='radio'
                {...focusable}
                aria-checked={o.id === officeId}
                className={`cases-chip${o.id === officeId ? ' cases-chip--on' : ''}`}
                onClick={() => setOfficeId(o.id)}
              >
                {pick(o.name, lang)}
              </View>
            ))}
          </View>
          {office ? (
            <View className='cases-office'>
              <Text className='cases-muted'>{pick(office.address, lang)}</Text>
              {office.hours ? (
                <Text className='cases-office__hours'>
                  {t('appointment.hours', { periods: office.hours.periods.map((p) => `${p.from}–${p.to}`).join(', ') })}
                  {office.hours.periods.length > 1
                    ? ` · ${t('appointment.lunch', { from: office.hours.periods[0].to, to: office.hours.periods[1].from })}`
                    : ''}
                </Text>
              ) : (
                <Text className='cases-office__hours'>{t('appointment.noHours')}</Text>
              )}
              {office.hours ? <Text className='cases-muted'>{t('appointment.holidayRule')}</Text> : null}
              {office.hours?.note ? <Text className='cases-muted'>{pick(office.hours.note, lang)}</Text> : null}
              {office.phones.map((p) => (
                <Text key={p.number} className='cases-muted'>
                  {pick(p.label, lang)}: {p.number}
                </Text>
              ))}
            </View>
          ) : (
            <Text className='cases-muted'>{t('appointment.noOffice')}</Text>
          )}
        </View>
      ) : null}

      {appointable && office?.hours ? (
        <View className='cases-card'>
          <View role='heading' aria-level={2} className='cases-card__title'>
            {t('appointment.pickSlot')}
          </View>
          {slots.error ? <ErrorNotice error={slots.error} onRetry={slots.reload} /> : null}
          {slots.loading && !slots.data ? <Text className='cases-muted'>{t('common:status.loading')}</Text> : null}
          {slots.data && days.length === 0 ? <Text className='cases-muted'>{t('appointment.noSlots')}</Text> : null}
          {holidays.length ? <Text className='cases-muted'>{t('appointment.closedOn', { days: holidays.join('; ') })}</Text> : null}
          <View className='cases-chips' role='radiogroup' aria-label={t('appointment.day')}>
            {days.map((d) => (
              <View
                key={d}
                role='radio'
                {...focusable}
                aria-checked={d === day}
                className={`cases-chip${d === day ? ' cases-chip--on' : ''}`}
                onClick={() => setDay(d)}
              >
                {d}
              </View>
            ))}
          </View>
          <View className='cases-slots' role='list' aria-label={t('appointment.slotsOf', { day: day ?? '' })}>
            {daySlots.map((s) => {
              const left = s.capacity - s.booked
              const mine = appointment && appointment.officeId === s.officeId && appointment.date === s.date && appointment.start === s.start
              const label = `${s.start}–${s.end} · ${mine ? t('appointment.yours') : left > 0 ? t('appointment.left', { left, capacity: s.capacity }) : t('appointment.full')}`
              return (
                <View key={s.start} role='listitem' className='cases-slot'>
                  <Button
                    size='small'
                    type={mine ? 'primary' : 'default'}
                    disabled={!!mine || left <= 0 || busy !== null}
                    loading={busy === s.start}
                    onClick={() => void book(s)}
                  >
                    {label}
                  </Button>
                </View>
              )
            })}
          </View>
        </View>
      ) : null}

      <Button size='small' onClick={() => navigate('caseDetail', { id: c.id })}>
        {t('appointment.backToCase')}
      </Button>
    </View>
  )
}

export function AppointmentBooking({ caseId }: { caseId: string }) {
  const query = useCaseById(caseId)
  if (!caseId || query.error || !query.data) return <CaseLoadNotice caseId={caseId} query={query} />
  return <Booking c={query.data} onChange={query.reload} />
}
