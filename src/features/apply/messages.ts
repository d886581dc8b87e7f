import { useTranslation } from 'react-i18next'
import { contentLang } from '@/i18n/content'
import '@/i18n/namespaces/apply'
import '@/i18n/namespaces/validation'
import '@/i18n/namespaces/eligibility'

export type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * Dynamic keys (field paths, codes from validators and the backend) checked at runtime: a code known to
 * the 'validation' namespace is said there, the app's own codes (files, extension window) in 'apply'.
 */
export function useApplyText() {
  const { t, i18n } = useTranslation(['apply', 'validation', 'common'])
  const tt = t as unknown as Translate
  const lang = contentLang(i18n.language)
  const message = (error: { code: string; params?: Record<string, string | number> } | undefined | null): string => {
    if (!error) return ''
    const params = { ...(error.params ?? {}) }
    if (i18n.exists(`validation:${error.code}`)) return tt(`validation:${error.code}`, params)
    if (i18n.exists(`apply:codes.${error.code}`)) return tt(`apply:codes.${error.code}`, params)
    return tt('validation:field.invalid')
  }
  return { t, tt, i18n, lang, message }
}

/** A DOM/Taro-safe id for a field path ('passport.number' -> 'field-passport-number'). */
export const fieldId = (path: string): string => `field-${path.replace(/[^a-zA-Z0-9]/g, '-')}`
