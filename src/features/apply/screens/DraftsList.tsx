import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { api, type CaseSummary } from '@/api'
import { useQuery } from '@/hooks/useQuery'
import { ErrorNotice } from '@/components/ErrorNotice'
import { navigate } from '@/lib/navigation'
import { regionRegistry } from '@/features/regions'
import { useSession } from '@/stores/session'
import { UnreadableNotice } from '@/features/privacy'
import { DRAFTS_STORAGE_KEY, useDrafts } from '../draftStore'
import { draftModel } from '../model'
import { useApplyText } from '../messages'
import '@/i18n/namespaces/apply'

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ')

/** Drafts on this phone, to resume or delete; for HR also the cases waiting for the applicant's part. */
export function DraftsList() {
  const { t, tt } = useApplyText()
  const all = useDrafts((s) => s.drafts)
  const remove = useDrafts((s) => s.remove)
  const [confirming, setConfirming] = useState<string | null>(null)
  const drafts = useMemo(
    () =>
      Object.values(all)
        .filter((d) => !d.caseId)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [all]
  )
  const user = useSession((s) => s.user)
  const waiting = useQuery(user?.role === 'hr' ? 'apply:waiting' : null, () => api().call('cases.list', { query: { status: 'draft' } }))

  return (
    <View className='apply-drafts'>
      <View role='heading' aria-level={1} className='apply-form__title'>
        {t('drafts.heading')}
      </View>
      <Text className='apply-form__intro'>{t('drafts.intro')}</Text>
      <UnreadableNotice storageName={DRAFTS_STORAGE_KEY} />
      {drafts.length === 0 ? <Text className='apply-form__hint'>{t('drafts.empty')}</Text> : null}
      {drafts.map((d) => {
        const steps = draftModel(regionRegistry, d).steps
        const label = `${d.employeeName} · ${tt(`apply:start.kinds.${d.kind}`)}`
        return (
          <View key={d.id} className='apply-card' role='group' aria-label={label}>
            <Text className='apply-card__title'>{label}</Text>
            <Text className='apply-card__meta'>{t('drafts.updated', { time: when(d.updatedAt) })}</Text>
            <Text className='apply-card__meta'>{`${t('drafts.step', { step: Math.min(d.step, steps.length - 1) + 1 })} · ${tt(`apply:steps.${steps[Math.min(d.step, steps.length - 1)].id}`)}`}</Text>
            {confirming === d.id ? (
              <View className='apply-card__confirm' role='alert'>
                <Text>{t('drafts.confirmDelete')}</Text>
                <View className='apply-card__actions'>
                  <Button size='small' onClick={() => setConfirming(null)}>
                    {t('common:actions.cancel')}
                  </Button>
                  <Button
                    size='small'
                    type='danger'
                    onClick={() => {
                      remove(d.id)
                      setConfirming(null)
                    }}
                  >
                    {t('common:actions.delete')}
                  </Button>
                </View>
              </View>
            ) : (
              <View className='apply-card__actions'>
                <Button size='small' type='primary' onClick={() => navigate('applyForm', { draftId: d.id })}>
                  {t('drafts.resume')}
                </Button>
                <Button size='small' onClick={() => setConfirming(d.id)}>
                  {t('drafts.delete')}
                </Button>
              </View>
            )}
          </View>
        )
      })}
      <Button block onClick={() => navigate('applyStart')}>
        {t('drafts.new')}
      </Button>

      {user?.role === 'hr' ? <WaitingForApplicant cases={waiting.data?.items ?? []} error={waiting.error} reload={waiting.reload} /> : null}
    </View>
  )
}

function WaitingForApplicant({ cases, error, reload }: { cases: CaseSummary[]; error: unknown; reload: () => void }) {
  const { t } = useApplyText()
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState<string | null>(null)
  if (!cases.length && !error) return null
  const submit = async (id: string) => {
    setBusy(id)
    setFailure(null)
    try {
      await api().call('cases.act', { params: { caseId: id }, body: { action: 'submit' } })
      reload()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(null)
    }
  }
  return (
    <View className='apply-drafts__waiting'>
      <View role='heading' aria-level={2} className='apply-form__section'>
        {t('drafts.waiting')}
      </View>
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {cases.map((c) => (
        <View key={c.id} className='apply-card' role='group' aria-label={`${c.applicantName} ${c.id}`}>
          <Text className='apply-card__title'>{`${c.applicantName} · ${c.reference}`}</Text>
          <View className='apply-card__actions'>
            <Button size='small' type='primary' loading={busy === c.id} onClick={() => void submit(c.id)}>
              {t('drafts.submitNow')}
            </Button>
          </View>
        </View>
      ))}
    </View>
  )
}
