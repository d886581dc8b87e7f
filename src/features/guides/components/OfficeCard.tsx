import dayjs from 'dayjs'
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Cite, Office } from '@/domain/regions/schema'
import { citeKey, isDemo } from '@/domain/regions/sources'
import { SourceNote } from '@/components/SourceNote'
import { citeOf } from '@/content/regions/sources'
import { officeStatus, type OfficeStatus } from '@/domain/time/officeHours'
import { addDays, beijingToday } from '@/domain/time/beijing'
import { copyText, openMap } from '@/features/guides/officeActions'
import { langOf, type Lang } from '@/features/guides/content'
import { lunchBreaks, sortedPeriods, weekdayRuns } from '@/features/guides/hours'
import { loose, type LooseT } from '@/features/guides/i18n'
import { PhoneRow } from './PhoneRow'
import { useActionMessages } from './useActionMessages'
import { focusable } from '@/features/guides/a11y'
import './OfficeCard.scss'
import './actions.scss'

function statusText(status: OfficeStatus, now: number, t: LooseT, lang: Lang): string {
  if (status.state === 'open') return t('office.status.open', { time: status.closesAt })
  if (status.state === 'lunch') return t('office.status.lunch', { time: status.opensAt?.hhmm ?? '' })
  const closed = status.reason === 'holiday' && status.holiday ? t('office.status.holiday', { holiday: status.holiday[lang] }) : t('office.status.closed')
  if (!status.opensAt) return closed
  const today = beijingToday(now)
  const { date, hhmm } = status.opensAt
  const opens =
    date === today
      ? t('office.status.opensToday', { time: hhmm })
      : date === addDays(today, 1)
        ? t('office.status.opensTomorrow', { time: hhmm })
        : t('office.status.opensOn', { time: hhmm, date: dayjs(date).format(t('office.dateFormat')) })
  return `${closed} · ${opens}`
}

type Seed = { id: string; title: { zh: string; en: string } }

/** The distinct sources of a list of facts, in order (several phones usually share one). */
function distinct(cites: readonly (Cite | undefined)[]): Cite[] {
  const seen = new Set<string>()
  return cites.filter((c): c is Cite => !!c && !seen.has(JSON.stringify(c)) && !!seen.add(JSON.stringify(c)))
}

/** An office: address, hours with lunch break and live status (Beijing time), phones, web, map; each with its source. */
export function OfficeCard({ office, now, seeds = [], regionId = '' }: { office: Office; now: number; seeds?: readonly Seed[]; regionId?: string }) {
  const cite = (key: string) => citeOf(regionId, key)
  const { t, i18n } = useTranslation(['guides', 'common'])
  const lt = loose(t)
  const lang = langOf(i18n.language)
  const messages = useActionMessages()
  const hours = office.hours
  const status = hours ? officeStatus(hours, now) : null
  const name = office.name[lang]
  const address = office.address[lang]
  const location = office.location

  return (
    <View className='office' role='group' aria-label={name}>
      <View role='heading' aria-level={3} className='office__name'>
        {name}
      </View>
      {status ? <View className={`office__status office__status--${status.state}`}>{statusText(status, now, lt, lang)}</View> : null}
      <Text className='office__address'>{address}</Text>
      <SourceNote cite={cite(citeKey.office(office.id))} seeds={seeds} />
      {location && isDemo(cite(citeKey.location(office.id))) ? <Text className='office__hint'>{t('office.mapDemo')}</Text> : null}
      <View className='office__actions'>
        {location ? (
          <View
            className='action action--primary'
            role='button'
            {...focusable}
            aria-label={t('office.map')}
            onClick={() => void openMap({ latitude: location.latitude, longitude: location.longitude, name, address }, messages)}
          >
            <Text>{t('office.map')}</Text>
          </View>
        ) : null}
        <View className='action' role='button' {...focusable} aria-label={t('office.copyAddress')} onClick={() => void copyText(address, messages)}>
          <Text>{t('office.copyAddress')}</Text>
        </View>
      </View>

      <View className='office__block'>
        <Text className='office__label'>{t('office.hours')}</Text>
        {hours ? (
          <>
            {weekdayRuns(hours.weekdays).map(([from, to]) => (
              <Text key={from} className='office__value'>
                {from === to ? lt(`office.weekdays.${from}`) : `${lt(`office.weekdays.${from}`)}–${lt(`office.weekdays.${to}`)}`}
                {'  '}
                {sortedPeriods(hours)
                  .map((p) => `${p.from}–${p.to}`)
                  .join(', ')}
              </Text>
            ))}
            {lunchBreaks(hours).map((b) => (
              <Text key={b.from} className='office__value'>
                {t('office.lunch', { from: b.from, to: b.to })}
              </Text>
            ))}
            {hours.followsWorkingDayCalendar ? <Text className='office__hint'>{t('office.holidays')}</Text> : null}
            {hours.note ? <Text className='office__hint'>{hours.note[lang]}</Text> : null}
            <SourceNote cite={cite(citeKey.hours(office.id))} seeds={seeds} />
          </>
        ) : (
          <Text className='office__hint'>{t('office.noHours')}</Text>
        )}
      </View>

      {office.phones.length > 0 ? (
        <View className='office__block'>
          <Text className='office__label'>{t('detail.phones')}</Text>
          {office.phones.map((phone) => (
            <PhoneRow key={`${phone.number}-${phone.label.en}`} label={phone.label} number={phone.number} />
          ))}
          {distinct(office.phones.map((p) => cite(citeKey.officePhone(office.id, p.number)))).map((c) => (
            <SourceNote key={JSON.stringify(c)} cite={c} seeds={seeds} />
          ))}
        </View>
      ) : null}

      {office.web ? (
        <View className='office__block'>
          <Text className='office__label'>{t('office.web')}</Text>
          <View className='office__web'>
            <Text className='office__value office__url'>{office.web}</Text>
            <View className='action' role='button' {...focusable} aria-label={t('office.copyWeb')} onClick={() => void copyText(office.web ?? '', messages)}>
              <Text>{t('common:actions.copy')}</Text>
            </View>
          </View>
          <SourceNote cite={cite(citeKey.web(office.id))} seeds={seeds} />
        </View>
      ) : null}

      {office.note ? <Text className='office__hint'>{office.note[lang]}</Text> : null}
    </View>
  )
}
