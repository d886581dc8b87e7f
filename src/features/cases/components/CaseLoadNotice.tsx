import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { api, type Case } from '@/api'
import { BackButton, ErrorNotice } from '@/components/ErrorNotice'
import { useQuery, type QueryState } from '@/hooks/useQuery'

/** One case by id, for the pages that show or act on it. */
export function useCaseById(caseId: string): QueryState<Case> {
  return useQuery(caseId ? `case:${caseId}` : null, () => api().call('cases.get', { params: { caseId } }))
}

/** What a case page shows until its case is in: no id given, a failure (with a way back), or loading. */
export function CaseLoadNotice({ caseId, query }: { caseId: string; query: QueryState<Case> }) {
  const { t } = useTranslation(['cases', 'common'])
  if (!caseId) {
    return (
      <View className='cases-muted' role='alert'>
        <Text>{t('detail.missingId')}</Text>
        <BackButton to='caseList' />
      </View>
    )
  }
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} backTo='caseList' />
  return <Text className='cases-muted'>{t('common:status.loading')}</Text>
}
