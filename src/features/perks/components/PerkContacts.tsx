import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import type { Office, PerkCore } from '@/domain/regions/schema'
import { callNumber, copyText, openMap } from '@/features/guides'
import { langOf, pick } from '../content'
import { actionMessages } from './actions'
import './perks.scss'
import '@/i18n/namespaces/perks'

/** Chinese text inside an English page: screen readers and fonts read it as Chinese (Taro's View types omit `lang`). */
const IN_CHINESE = { lang: 'zh-CN' } as object

/** Every phone of a perk (call, copy) and its offices (address, hours, map, copy address): one tap each. */
export function PerkContacts({ perk, offices, title }: { perk: PerkCore; offices: Office[]; title?: string }) {
  const { t, i18n } = useTranslation(['perks', 'common'])
  const lang = langOf(i18n.language)
  const messages = actionMessages(t)
  const [driverView, setDriverView] = useState<string | null>(null)
  if (!perk.phones.length && !offices.length) return null
  return (
    <View className='perk-contacts'>
      <View role='heading' aria-level={3} className='perk-contacts__title'>
        {title ?? t('contacts.title')}
      </View>
      {perk.phones.map((phone, i) => (
        <View key={`${phone.number}-${i}`} className='perk-contacts__row'>
          <Text className='perk-contacts__label'>
            {pick(phone.label, lang)} · {phone.number}
          </Text>
          <View className='perk-contacts__actions'>
            <Button size='small' type='primary' onClick={() => void callNumber(phone.number, messages)}>
              {t('contacts.call', { number: phone.number })}
            </Button>
            <Button size='small' onClick={() => void copyText(phone.number, messages)}>
              {t('contacts.copy', { number: phone.number })}
            </Button>
          </View>
        </View>
      ))}
      {offices.map((office) => (
        <View key={office.id} className='perk-contacts__office'>
          <Text className='perk-contacts__office-name'>{pick(office.name, lang)}</Text>
          <Text className='perk-contacts__label'>{pick(office.address, lang)}</Text>
          {lang === 'en' && office.address.zh ? (
            // Signs, taxi drivers and map apps read Chinese: the name and address as written there.
            <View className='perk-contacts__zh' {...IN_CHINESE} aria-label={`${t('contacts.inChinese')}: ${office.name.zh} ${office.address.zh}`}>
              <Text className='perk-contacts__office-name'>{office.name.zh}</Text>
              <Text className='perk-contacts__label'>{office.address.zh}</Text>
            </View>
          ) : null}
          {office.hours?.note ? <Text className='perk-contacts__hint'>{pick(office.hours.note, lang)}</Text> : null}
          <View className='perk-contacts__actions'>
            {office.location ? (
              <Button
                size='small'
                onClick={() =>
                  void openMap(
                    {
                      latitude: office.location!.latitude,
                      longitude: office.location!.longitude,
                      name: pick(office.name, lang),
                      address: pick(office.address, lang)
                    },
                    messages
                  )
                }
              >
                {t('contacts.map')}
              </Button>
            ) : null}
            <Button size='small' onClick={() => void copyText(pick(office.address, lang), messages)}>
              {t('contacts.copyAddress')}
            </Button>
            {office.address.zh ? (
              <Button size='small' aria-expanded={driverView === office.id} onClick={() => setDriverView(driverView === office.id ? null : office.id)}>
                {t('contacts.showDriver')}
              </Button>
            ) : null}
          </View>
          {driverView === office.id ? (
            // Large, in Chinese whatever the reader's language: the phone is held up to the driver.
            <View className='perk-driver' role='region' aria-label={t('contacts.showDriver')} {...IN_CHINESE}>
              <Text className='perk-driver__ask'>{t('contacts.driverAsk', { lng: 'zh-CN' })}</Text>
              <Text className='perk-driver__name'>{office.name.zh}</Text>
              <Text className='perk-driver__address'>{office.address.zh}</Text>
              <Button size='small' onClick={() => setDriverView(null)}>
                {t('common:actions.close')}
              </Button>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
