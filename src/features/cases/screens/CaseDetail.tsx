/** The case detail: what to do next, due dates, supplement / appeal, the materials, the stage timeline and the history. */
import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Case } from '@/api'
import { caseNextAction, decisionDay, deriveStages, dueSummary } from '@/domain/case/stages'
import { navigate } from '@/lib/navigation'
import { useSession } from '@/stores/session'
import { useLang } from '../lang'
import { useToday } from '@/hooks/useClock'
import { uniquePauses } from '@/domain/time/clock'
import { focusable } from '../a11y'
import { caseTitle, limitNote, limitsForCase, regionName } from '../region'
import { StatusBadge } from '../components/StatusBadge'
import { CaseLoadNotice, useCaseById } from '../components/CaseLoadNotice'
import { NextActionCard } from '../components/NextActionCard'
import { DueDates } from '../components/DueDates'
import { SourceNote } from '@/components/SourceNote'
import { regionRegistry } from '@/features/regions'
import { limitCite } from '../limitSource'
import { CaseMaterials } from '../components/CaseMaterials'
import { SupplementPanel, type SupplementPanelProps } from '../components/SupplementPanel'
import { AppealPanel } from '../components/AppealPanel'
import { StageTimeline } from '../components/StageTimeline'
import { History } from '../components/History'
import { ClaimCodePanel } from '../components/ClaimCodePanel'
import '../components/cases.scss'
import '@/i18n/namespaces/cases'

export function CaseDetailView({ c, onChange, pickFile }: { c: Case; onChange: (next: Case) => void; pickFile?: SupplementPanelProps['pickFile'] }) {
  const { t } = useTranslation('cases')
  const lang = useLang()
  const role = useSession((s) => s.user?.role)
  const today = useToday()
  const actor = role === 'hr' ? 'hr' : 'applicant'
  const hasAppointment = c.appointment?.status === 'booked'
  const action = caseNextAction(c, actor, today, hasAppointment)
  const stages = deriveStages(c)
  const due = dueSummary({ acceptedOn: c.acceptedOn, pauses: uniquePauses(c.pauses), limits: limitsForCase(c), today, stoppedOn: decisionDay(c) })
  const supplementOpen = !!c.supplement && !c.supplement.answeredAt && c.matters.some((m) => m.state === 'supplement_requested')

  return (
    <View className='cases-page'>
      <View className='cases-header'>
        <View role='heading' aria-level={1} className='cases-header__title'>
          {caseTitle(c, lang)}
        </View>
        <Text className='cases-header__sub'>
          {c.applicantName} · {regionName(c.regionId, lang)} · {c.reference}
        </Text>
        <StatusBadge status={c.status} />
      </View>

      <NextActionCard action={action} caseId={c.id} appointment={hasAppointment ? c.appointment : null} />
      {supplementOpen ? <SupplementPanel c={c} onChange={onChange} pickFile={pickFile} /> : null}
      <AppealPanel c={c} today={today} actor={actor} onChange={onChange} />
      <DueDates due={due} note={limitNote(c, lang)} source={<SourceNote cite={limitCite(c)} seeds={regionRegistry.get(c.regionId)?.seeds ?? []} />} />
      <CaseMaterials c={c} />
      <StageTimeline stages={stages} regionId={c.regionId} />
      <History timeline={c.timeline} regionId={c.regionId} matterCount={c.matters.length} />
      {role === 'hr' ? <ClaimCodePanel c={c} /> : null}

      <View className='cases-links'>
        <View role='link' {...focusable} className='cases-link' onClick={() => navigate('inbox')}>
          {t('detail.inbox')}
        </View>
        <View role='link' {...focusable} className='cases-link' onClick={() => navigate(role === 'hr' ? 'dashboard' : 'caseList')}>
          {role === 'hr' ? t('detail.dashboard') : t('detail.allCases')}
        </View>
      </View>
    </View>
  )
}

/** Loads the case by id; answers update it in place. */
export function CaseDetail({ caseId, pickFile }: { caseId: string; pickFile?: SupplementPanelProps['pickFile'] }) {
  const query = useCaseById(caseId)
  const current = query.data
  // Coming back from the appointment page (or the simulator): show the case as it is now.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) query.reload()
    shown.current = true
  })

  if (!caseId || query.error || !current) return <CaseLoadNotice caseId={caseId} query={query} />
  return <CaseDetailView c={current} onChange={query.mutate} pickFile={pickFile} />
}
