/**
 * HR, on a case they filed: the claim code that lets the employee's own account (a WeChat sign-in) take the
 * case over. Works once, for CLAIM_CODE_VALID_DAYS days; making a new code retires the old one.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, callWithRetry, type Case, type ClaimCode } from '@/api'
import { CLAIM_CODE_VALID_DAYS, formatClaimCode } from '@/domain/case/claimCode'
import { ErrorNotice } from '@/components/ErrorNotice'
import { useQuery } from '@/hooks/useQuery'
import { formatInstant } from '../lang'
import './cases.scss'
import '@/i18n/namespaces/cases'

export function ClaimCodePanel({ c }: { c: Case }) {
  const { t } = useTranslation(['cases', 'common'])
  const state = useQuery(`claim-code:${c.id}`, () => api().call('cases.claimCode', { params: { caseId: c.id } }))
  const [made, setMade] = useState<ClaimCode | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const code = made ?? state.data?.claimCode ?? null

  async function make() {
    if (busy) return
    setBusy(true)
    setFailure(null)
    try {
      setMade(await callWithRetry(api(), 'cases.newClaimCode', { params: { caseId: c.id }, body: {} }))
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  const linked = state.data?.linked ?? c.applicantUserId !== null
  return (
    <View className='cases-card cases-claim'>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('claim.heading')}
      </View>
      {state.error ? <ErrorNotice error={state.error} onRetry={state.reload} /> : null}
      {linked ? (
        <Text className='cases-muted'>{t('claim.linked')}</Text>
      ) : state.data || made ? (
        <>
          <Text className='cases-muted'>{t('claim.explain')}</Text>
          {code ? (
            <View className='cases-claim__current'>
              <Text className='cases-claim__label'>{t('claim.code')}</Text>
              <Text className='cases-claim__code'>{formatClaimCode(code.code)}</Text>
              <Text className='cases-muted'>{t('claim.validUntil', { when: formatInstant(code.expiresAt), days: CLAIM_CODE_VALID_DAYS })}</Text>
              <Button
                size='small'
                onClick={() =>
                  void Taro.setClipboardData({ data: formatClaimCode(code.code) }).then(() => Taro.showToast({ title: t('claim.copied'), icon: 'none' }))
                }
              >
                {t('claim.copy')}
              </Button>
              <Text className='cases-muted'>{t('claim.replaces')}</Text>
            </View>
          ) : (
            <Text className='cases-muted'>{t('claim.none')}</Text>
          )}
          {failure ? <ErrorNotice error={failure} onRetry={() => void make()} /> : null}
          <Button type={code ? 'default' : 'primary'} block loading={busy} disabled={busy} onClick={() => void make()}>
            {code ? t('claim.makeNew') : t('claim.make')}
          </Button>
        </>
      ) : state.loading ? (
        <Text className='cases-muted'>{t('common:status.loading')}</Text>
      ) : null}
    </View>
  )
}
