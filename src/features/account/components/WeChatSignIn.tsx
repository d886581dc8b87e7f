/**
 * The mini-program's sign-in: "Sign in with WeChat" (wx.login's code to POST /session/wechat). A first sign-in
 * makes an applicant account, which then links its case with the claim code from HR (the case list).
 * On the demo backend each demo account is offered too: its button signs in with WeChat as that person,
 * sending the demo code `demo:<username>` through the same endpoint instead of wx.login's.
 * Styles: the sign-in page's (src/packages/account/pages/sign-in/index.scss).
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, ApiError } from '@/api'
import { useSession } from '@/stores/session'
import { useQuery } from '@/hooks/useQuery'
import { usePageTitle } from '@/hooks/usePageTitle'
import { ErrorNotice } from '@/components/ErrorNotice'
import { replace } from '@/lib/navigation'
import { contentLang } from '@/i18n/content'
import { wechatLoginCode } from '../wechatLogin'
import { toWeChatLoginError, WeChatLoginError } from '../wechatLoginError'
import { DemoAccountCard, SignInHeader } from './SignInParts'

export function WeChatSignIn() {
  const { t, i18n } = useTranslation(['auth', 'common', 'errors'])
  const signInWithWeChat = useSession((s) => s.signInWithWeChat)
  const [busy, setBusy] = useState(false)
  /** Kept as the reason, said in the language of the moment. */
  const [problem, setProblem] = useState<WeChatLoginError['reason'] | 'refused' | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const demo = useQuery('demo-accounts', () => api().call('session.demoAccounts'))
  const lang = contentLang(i18n.language)
  usePageTitle(t('title'))

  /** `demoCode`: the demo account's stand-in for wx.login's code; otherwise WeChat is asked for one. */
  async function signIn(demoCode?: string) {
    if (busy) return
    setBusy(true)
    setProblem(null)
    setFailure(null)
    try {
      let code: string
      try {
        code = demoCode ?? (await wechatLoginCode())
      } catch (error) {
        throw toWeChatLoginError(error)
      }
      const { user, created } = await signInWithWeChat(code)
      if (created) {
        void Taro.showToast({ title: t('wechat.created'), icon: 'none' })
        // A new account has no case yet: the case list is where the employer's claim code links it.
        replace('caseList')
      } else {
        void Taro.showToast({ title: t('signedInAs', { name: user.name[lang] }), icon: 'none' })
        replace('home')
      }
    } catch (error) {
      if (error instanceof WeChatLoginError) setProblem(error.reason)
      else if (error instanceof ApiError && error.kind === 'bad_credentials') setProblem('refused')
      else setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='sign-in'>
      <SignInHeader intro={t('wechat.intro')} />

      <View className='sign-in__form'>
        <Button type='primary' block loading={busy} disabled={busy} onClick={() => void signIn()}>
          {t('wechat.submit')}
        </Button>
        {problem ? (
          <View className='sign-in__problem' role='alert'>
            {t(`wechat.${problem}`)}
          </View>
        ) : null}
      </View>

      {failure ? <ErrorNotice error={failure} /> : null}

      {demo.error ? <ErrorNotice error={demo.error} onRetry={demo.reload} /> : null}
      {demo.data && demo.data.accounts.length > 0 ? (
        <>
          <View className='sign-in__section' role='heading' aria-level={2}>
            {t('demoTitle')}
          </View>
          <Text className='sign-in__hint'>{t('wechat.demoHint')}</Text>
          <View className='sign-in__accounts'>
            {demo.data.accounts.map((account) => (
              <DemoAccountCard key={account.username} account={account} lang={lang} busy={busy} onPick={() => void signIn(account.wechatCode)} />
            ))}
          </View>
        </>
      ) : null}
    </View>
  )
}
