/** What the user must do next, in one sentence and at most one button. */
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import type { Appointment } from '@/api'
import type { CaseAction } from '@/domain/case/stages'
import { navigate } from '@/lib/navigation'
import './cases.scss'
import '@/i18n/namespaces/cases'

export function NextActionCard({ action, caseId, appointment }: { action: CaseAction; caseId: string; appointment: Appointment | null }) {
  const { t } = useTranslation('cases')
  const urgent = action === 'answer_supplement' || action === 'appeal_or_accept' || action === 'book_appointment'
  return (
    <View role='group' className={`cases-card cases-next${urgent ? ' cases-next--urgent' : ''}`} aria-label={t('next.heading')}>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('next.heading')}
      </View>
      <Text className='cases-next__title'>{t(`next.${action}.title`)}</Text>
      <Text className='cases-next__body'>
        {action === 'appointment_booked' && appointment
          ? t('next.appointment_booked.body', { date: appointment.date, start: appointment.start, end: appointment.end })
          : t(`next.${action}.body`)}
      </Text>
      {action === 'book_appointment' || action === 'appointment_booked' ? (
        <Button type={action === 'book_appointment' ? 'primary' : 'default'} size='small' onClick={() => navigate('appointment', { id: caseId })}>
          {action === 'book_appointment' ? t('next.bookButton') : t('next.changeButton')}
        </Button>
      ) : null}
    </View>
  )
}
