/**
 * Domain modules hand the UI i18n keys as plain strings (eligibility reasons, improvement hints). The typed
 * `t` accepts only literal keys, so those go through this one loosely typed door; the locale tests in
 * src/domain/eligibility prove every such key exists in both languages.
 */
export type LooseT = (key: string, options?: Record<string, unknown>) => string

export const loose = (t: unknown): LooseT => t as LooseT
