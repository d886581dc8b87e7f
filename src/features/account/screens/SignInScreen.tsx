import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, ApiError } from '@/api'
import { useSession } from '@/stores/session'
import { useQuery } from '@/hooks/useQuery'
import { ErrorNotice } from '@/components/ErrorNotice'
import { replace } from '@/lib/navigation'
import { controlAria } from '@/lib/a11y'
import './SignInScreen.scss'
import { usePageTitle } from '@/hooks/usePageTitle'
import { contentLang } from '@/i18n/content'
import { wechatSignInAvailable } from '@/features/account/wechatLogin'
import { WeChatSignIn } from '@/features/account/components/WeChatSignIn'
import { DemoAccountCard, SignInHeader } from '@/features/account/components/SignInParts'

/** The mini-program signs in with WeChat; H5 with a user name and password. */
export function SignInScreen() {
  return wechatSignInAvailable ? <WeChatSignIn /> : <PasswordSignIn />
}

function PasswordSignIn() {
  const { t, i18n } = useTranslation(['auth', 'common', 'errors'])
  const signIn = useSession((s) => s.signIn)
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const demo = useQuery('demo-accounts', () => api().call('session.demoAccounts'))
  const lang = contentLang(i18n.language)
  usePageTitle(t('title'))

  async function submit(user: string, pass: string) {
    if (!user.trim() || !pass) {
      setProblem(t('required'))
      return
    }
    setBusy(true)
    setProblem(null)
    setFailure(null)
    try {
      const signedIn = await signIn(user, pass)
      void Taro.showToast({ title: t('signedInAs', { name: signedIn.name[lang] }), icon: 'none' })
      replace('home')
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'bad_credentials') setProblem(t('errors:badCredentials'))
      else setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='sign-in'>
      <SignInHeader intro={t('intro')} />

      <View className='sign-in__form'>
        <Text className='sign-in__label' id='username-label'>
          {t('username')}
        </Text>
        <Input
          className='sign-in__input'
          {...controlAria({ 'aria-labelledby': 'username-label' })}
          value={username}
          onInput={(e) => setUsername(e.detail.value)}
          placeholder={t('username')}
        />
        <Text className='sign-in__label' id='password-label'>
          {t('password')}
        </Text>
        <Input
          className='sign-in__input'
          {...controlAria({ 'aria-labelledby': 'password-label' })}
          password
          value={password}
          onInput={(e) => setPassword(e.detail.value)}
          placeholder={t('password')}
          onConfirm={() => void submit(username, password)}
        />
        {problem ? (
          <View className='sign-in__problem' role='alert'>
            {problem}
          </View>
        ) : null}
        <Button type='primary' block loading={busy} disabled={busy} onClick={() => void submit(username, password)}>
          {t('submit')}
        </Button>
      </View>

      {failure ? <ErrorNotice error={failure} /> : null}

      <View className='sign-in__section' role='heading' aria-level={2}>
        {t('demoTitle')}
      </View>
      {demo.error ? <ErrorNotice error={demo.error} onRetry={demo.reload} /> : null}
      {demo.data && demo.data.accounts.length > 0 ? (
        <>
          <Text className='sign-in__hint'>{t('demoHint', { password: demo.data.accounts[0].password })}</Text>
          <View className='sign-in__accounts'>
            {demo.data.accounts.map((account) => (
              <DemoAccountCard key={account.username} account={account} lang={lang} onPick={() => void submit(account.username, account.password)} />
            ))}
          </View>
        </>
      ) : null}
    </View>
  )
}
