/**
 * The locale files. Namespaces the main package's pages use are bundled here; those only one
 * subpackages use (apply, cases, perks, verify, dev, validation, eligibility) are imported by them and registered
 * when its first page loads (`./namespaces/*`), so the mini-program's main package does not carry them.
 * Every namespace is typed here either way. English is the source language; Chinese is typed against
 * it, so a key missing on either side fails `npm run typecheck` with the key's name in the message.
 */
import enCommon from '@locales/en/common.json'
import enErrors from '@locales/en/errors.json'
import enAuth from '@locales/en/auth.json'
import enHome from '@locales/en/home.json'
import enMe from '@locales/en/me.json'
import enPrivacy from '@locales/en/privacy.json'
import type enDev from '@locales/en/dev.json'
import type enValidation from '@locales/en/validation.json'
import type enEligibility from '@locales/en/eligibility.json'
import enGuides from '@locales/en/guides.json'
import type enApply from '@locales/en/apply.json'
import type enCases from '@locales/en/cases.json'
import enCertificate from '@locales/en/certificate.json'
import type enVerify from '@locales/en/verify.json'
import type enPerks from '@locales/en/perks.json'
import zhCommon from '@locales/zh-CN/common.json'
import zhErrors from '@locales/zh-CN/errors.json'
import zhAuth from '@locales/zh-CN/auth.json'
import zhHome from '@locales/zh-CN/home.json'
import zhMe from '@locales/zh-CN/me.json'
import zhPrivacy from '@locales/zh-CN/privacy.json'
import type zhDev from '@locales/zh-CN/dev.json'
import type zhValidation from '@locales/zh-CN/validation.json'
import type zhEligibility from '@locales/zh-CN/eligibility.json'
import zhGuides from '@locales/zh-CN/guides.json'
import type zhApply from '@locales/zh-CN/apply.json'
import type zhCases from '@locales/zh-CN/cases.json'
import zhCertificate from '@locales/zh-CN/certificate.json'
import type zhVerify from '@locales/zh-CN/verify.json'
import type zhPerks from '@locales/zh-CN/perks.json'

/** Bundled with the main package. */
export const en = {
  common: enCommon,
  errors: enErrors,
  auth: enAuth,
  home: enHome,
  me: enMe,
  privacy: enPrivacy,
  guides: enGuides,
  certificate: enCertificate
}

export const zhCN = {
  common: zhCommon,
  errors: zhErrors,
  auth: zhAuth,
  home: zhHome,
  me: zhMe,
  privacy: zhPrivacy,
  guides: zhGuides,
  certificate: zhCertificate
}

/** Registered by their subpackage (`registerNamespace`). */
interface LazyEn {
  eligibility: typeof enEligibility
  validation: typeof enValidation
  dev: typeof enDev
  apply: typeof enApply
  cases: typeof enCases
  verify: typeof enVerify
  perks: typeof enPerks
}
interface LazyZh {
  eligibility: typeof zhEligibility
  validation: typeof zhValidation
  dev: typeof zhDev
  apply: typeof zhApply
  cases: typeof zhCases
  verify: typeof zhVerify
  perks: typeof zhPerks
}

export type Resources = typeof en & LazyEn
export type LazyNamespace = keyof LazyEn

type Leaves<T> = T extends string
  ? never
  : { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}` }[keyof T & string]

type MissingIn<Source, Target> = Exclude<Leaves<Source>, Leaves<Target>>

// If either line fails, the error names the keys one language lacks.
const zhLacksNone: [MissingIn<Resources, typeof zhCN & LazyZh>] extends [never] ? true : MissingIn<Resources, typeof zhCN & LazyZh> = true
const enLacksNone: [MissingIn<typeof zhCN & LazyZh, Resources>] extends [never] ? true : MissingIn<typeof zhCN & LazyZh, Resources> = true
void zhLacksNone
void enLacksNone
