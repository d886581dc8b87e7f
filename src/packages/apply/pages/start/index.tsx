import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/stores/session'
import { navigate } from '@/lib/navigation'
import { StartApplication } from '@/features/apply/screens/StartApplication'
import { ApplicantCases } from '@/features/apply/components/ApplicantCases'
import '@/features/apply/apply.scss'
import '@/i18n/namespaces/apply'
import { usePageTitleOf } from '@/hooks/usePageTitle'
import { withBackHeader } from '@/components/withBackHeader'

function ApplyStartPage() {
  usePageTitleOf('applyStart')
  const { t } = useTranslation(['apply', 'common'])
  const { params } = useRouter()
  const user = useSession((s) => s.user)
  if (!user) {
    return (
      <View className='apply-page'>
        <Text className='apply-form__intro'>{t('start.signIn')}</Text>
        <Button type='primary' block onClick={() => navigate('signIn')}>
          {t('common:actions.signIn')}
        </Button>
      </View>
    )
  }
  return (
    <View className='apply-page'>
      {user.role === 'hr' ? (
        <StartApplication params={{ kind: params.kind, criterion: params.criterion, employeeId: params.employeeId }} />
      ) : user.role === 'applicant' ? (
        <ApplicantCases />
      ) : (
        <Text className='apply-form__intro'>{t('start.notForRole')}</Text>
      )}
    </View>
  )
}

export default withBackHeader(ApplyStartPage)
