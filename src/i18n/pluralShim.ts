/**
 * Mini-program JS engines may lack Intl.PluralRules, which i18next uses to pick `_one` / `_other`.
 * Without it i18next falls back to English rules for every language. This shim covers the two
 * languages we ship: Chinese has no plural forms; English has one/other.
 */
type PluralCategory = 'one' | 'other'

class MinimalPluralRules {
  private readonly chinese: boolean
  constructor(locale?: string | string[]) {
    const tag = (Array.isArray(locale) ? locale[0] : locale) ?? 'en'
    this.chinese = tag.toLowerCase().startsWith('zh')
  }
  select(count: number): PluralCategory {
    return !this.chinese && Math.abs(count) === 1 ? 'one' : 'other'
  }
  resolvedOptions(): { locale: string; pluralCategories: PluralCategory[] } {
    return this.chinese
      ? { locale: 'zh', pluralCategories: ['other'] }
      : { locale: 'en', pluralCategories: ['one', 'other'] }
  }
}

export function needsPluralShim(): boolean {
  return typeof Intl === 'undefined' || typeof (Intl as { PluralRules?: unknown }).PluralRules !== 'function'
}

export function installPluralShim(): void {
  if (!needsPluralShim()) return
  const g = globalThis as unknown as { Intl?: Record<string, unknown> }
  g.Intl = { ...(g.Intl ?? {}), PluralRules: MinimalPluralRules }
}
