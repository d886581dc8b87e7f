/** What both sign-in screens (WeChat on the mini-program, password on H5) show alike. Styles: the sign-in page's. */
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type * as z from 'zod/mini'
import type { DemoAccount } from '@/api/contract'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { focusable } from '@/lib/a11y'
import type { ContentLang } from '@/i18n/content'

/** The language switch, the page's heading and its introduction. */
export function SignInHeader({ intro }: { intro: string }) {
  const { t } = useTranslation('auth')
  return (
    <>
      <View className='sign-in__lang'>
        <LanguageSwitch />
      </View>
      <View className='sign-in__title' role='heading' aria-level={1}>
        {t('title')}
      </View>
      <Text className='sign-in__intro'>{intro}</Text>
    </>
  )
}

/** One demo account as a button: the whole card is its name, as seen (a shorter label would hide the description). */
export function DemoAccountCard({
  account,
  lang,
  busy,
  onPick
}: {
  account: z.infer<typeof DemoAccount>
  lang: ContentLang
  busy?: boolean
  onPick: () => void
}) {
  const { t } = useTranslation(['common', 'auth'])
  return (
    <View className='sign-in__account' role='button' aria-disabled={busy} {...focusable} onClick={onPick}>
      <Text className='sign-in__account-name'>{account.name[lang]}</Text>
      <Text className='visually-hidden'> — </Text>
      {/* The role, and the user name a newcomer would type on the password form. */}
      <Text className='sign-in__account-role'>
        {t(`roles.${account.role}`)} · {t('auth:demoUsername', { username: account.username })}
      </Text>
      <Text className='sign-in__account-desc'>{account.description[lang]}</Text>
    </View>
  )
}
