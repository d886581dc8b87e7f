/**
 * An applicant links a case their employer's HR filed for them, with the claim code HR gave them
 * (src/domain/case/claimCode.ts). A wrong, expired, used or replaced code is said plainly; a lost answer is
 * retried under the same idempotency key, so the code is not spent twice.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, ApiError, callWithRetry, type ResponseOf } from '@/api'
import { CLAIM_CODE_VALID_DAYS, parseClaimCode } from '@/domain/case/claimCode'
import { ErrorNotice } from '@/components/ErrorNotice'
import { useIntentKey } from '@/hooks/useIntentKey'
import { controlAria } from '@/lib/a11y'
import { useLang } from '../lang'
import { caseTitle } from '../region'
import './cases.scss'
import '@/i18n/namespaces/cases'

type ClaimResult = ResponseOf<'cases.claim'>
/** Why a code was refused: by its shape here, or by the server (422, field `code`, codes `claim.*`: messages in cases:link.errors). */
type Refusal = { code: string; params: Record<string, string | number> }

function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiError) || error.kind !== 'validation') return null
  const field = error.fields.code
  return field?.code.startsWith('claim.') ? { code: field.code, params: field.params ?? {} } : null
}

export function LinkCaseForm({ onLinked }: { onLinked: (result: ClaimResult) => void }) {
  const { t } = useTranslation('cases')
  const lang = useLang()
  const [input, setInput] = useState('')
  const [busy, setBusy] = useState(false)
  /** Kept as the reason, said in the language of the moment. */
  const [problem, setProblem] = useState<Refusal | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [linked, setLinked] = useState<ClaimResult['case'] | null>(null)
  const intent = useIntentKey<string>()

  const say = ({ code, params }: Refusal) =>
    t(`link.errors.${code.replace(/^claim\./, '')}` as 'link.errors.unknown', { days: CLAIM_CODE_VALID_DAYS, minutes: 60, ...params })

  async function submit() {
    if (busy) return
    setFailure(null)
    setLinked(null)
    const parsed = parseClaimCode(input)
    if (!parsed.ok) {
      setProblem({ code: `claim.${parsed.reason}`, params: {} })
      return
    }
    setProblem(null)
    setBusy(true)
    try {
      const result = await callWithRetry(api(), 'cases.claim', { body: { code: parsed.code }, idempotencyKey: intent.keyFor(`claim:${parsed.code}`, parsed.code) })
      intent.settle()
      setLinked(result.case)
      setInput('')
      void Taro.showToast({ title: t('link.done', { title: caseTitle(result.case, lang) }), icon: 'none' })
      onLinked(result)
    } catch (error) {
      intent.settle(error)
      const refusal = refusalOf(error)
      if (refusal) setProblem(refusal)
      else setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='cases-card cases-link-form'>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('link.heading')}
      </View>
      <Text className='cases-muted'>{t('link.explain')}</Text>
      <Text id='claim-code-input-label' className='cases-answer__label'>
        {t('link.label')}
      </Text>
      <Input
        className='cases-input'
        {...controlAria({ 'aria-labelledby': 'claim-code-input-label', 'aria-invalid': problem ? true : undefined })}
        value={input}
        maxlength={20}
        placeholder={t('link.placeholder')}
        onInput={(e) => setInput(e.detail.value)}
        onConfirm={() => void submit()}
      />
      {problem ? (
        <View className='cases-answer__error' role='alert'>
          {say(problem)}
        </View>
      ) : null}
      {linked ? (
        <View className='cases-claim__done' role='status'>
          {t('link.done', { title: caseTitle(linked, lang) })}
        </View>
      ) : null}
      {failure ? <ErrorNotice error={failure} onRetry={() => void submit()} /> : null}
      <Button type='primary' block loading={busy} disabled={busy} onClick={() => void submit()}>
        {t('link.submit')}
      </Button>
    </View>
  )
}
