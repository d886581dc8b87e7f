import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api } from '@/api'
import { env } from '@/config/env'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { navigate, replace } from '@/lib/navigation'
import { focusable } from '@/lib/a11y'
import { regionRegistry, useRegionId } from '@/features/regions/useRegion'
import { PrivacySettings } from '@/features/privacy/components/PrivacySettings'
import './index.scss'
import { usePageTitle } from '@/hooks/usePageTitle'
import { contentLang } from '@/i18n/content'

export default function MePage() {
  const { t, i18n } = useTranslation(['me', 'common', 'privacy'])
  const user = useSession((s) => s.user)
  const signOut = useSession((s) => s.signOut)
  const pickedRegion = useSettings((s) => s.regionId)
  const setRegion = useSettings((s) => s.setRegion)
  const regionId = useRegionId()
  const lang = contentLang(i18n.language)
  usePageTitle(t('title'))
  const profileRegion = user ? regionRegistry.get(user.regionId) : undefined

  return (
    <View className='me'>
      <View className='me__card'>
        <View role='heading' aria-level={1} className='me__name'>
          {user ? user.name[lang] : t('notSignedIn')}
        </View>
        {user ? (
          <>
            <Text className='me__line'>
              {t('role')}: {t(`common:roles.${user.role}`)}
            </Text>
            {user.venue ? (
              <Text className='me__line'>
                {t('venue')}: {user.venue.name[lang]}
              </Text>
            ) : null}
          </>
        ) : (
          <Button type='primary' onClick={() => navigate('signIn')}>
            {t('signIn')}
          </Button>
        )}
      </View>

      <View className='me__card'>
        <View role='heading' aria-level={2} className='me__section'>
          {t('language')}
        </View>
        <LanguageSwitch />
      </View>

      <View className='me__card'>
        <View role='heading' aria-level={2} className='me__section'>
          {t('region')}
        </View>
        <View className='me__choices' role='radiogroup' aria-label={t('region')}>
          {profileRegion ? (
            <View role='radio' {...focusable} aria-checked={pickedRegion === null} className={`me__choice ${pickedRegion === null ? 'me__choice--active' : ''}`} onClick={() => setRegion(null)}>
              <Text>{t('regionFollowProfile', { region: profileRegion.name[lang] })}</Text>
            </View>
          ) : null}
          {regionRegistry.pickable().map((region) => {
            const active = pickedRegion === region.id || (!profileRegion && pickedRegion === null && regionId === region.id)
            return (
              <View key={region.id} role='radio' {...focusable} aria-checked={active} className={`me__choice ${active ? 'me__choice--active' : ''}`} onClick={() => setRegion(region.id)}>
                <Text>
                  {region.name[lang]} · {region.province[lang]}
                </Text>
              </View>
            )
          })}
        </View>
      </View>

      <View className='me__card'>
        <View role='heading' aria-level={2} className='me__section'>
          {t('privacy:settings.heading')}
        </View>
        <PrivacySettings />
      </View>

      {env.devTools ? (
        <View className='me__card' role='link' {...focusable} onClick={() => navigate('officer')}>
          <Text className='me__section'>{t('devTools')}</Text>
          <Text className='me__line'>{t('devToolsHint')}</Text>
          <Text className='me__muted'>{t('backend', { kind: api().transportKind })}</Text>
        </View>
      ) : null}

      {user ? (
        <Button
          type='default'
          block
          onClick={() => {
            void signOut().finally(() => replace('home'))
          }}
        >
          {t('signOut')}
        </Button>
      ) : null}
    </View>
  )
}
