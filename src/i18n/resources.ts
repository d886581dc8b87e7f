/**
 * Every locale file, statically imported (lazy loading saves nothing in a mini-program).
 * English is the source language; Chinese is typed against it, so a key missing on either side
 * fails `npm run typecheck` with the key's name in the message.
 */
import enCommon from '@locales/en/common.json'
import enErrors from '@locales/en/errors.json'
import enAuth from '@locales/en/auth.json'
import enHome from '@locales/en/home.json'
import enMe from '@locales/en/me.json'
import enDev from '@locales/en/dev.json'
import enValidation from '@locales/en/validation.json'
import enEligibility from '@locales/en/eligibility.json'
import enGuides from '@locales/en/guides.json'
import enApply from '@locales/en/apply.json'
import enCases from '@locales/en/cases.json'
import enCertificate from '@locales/en/certificate.json'
import enVerify from '@locales/en/verify.json'
import enPerks from '@locales/en/perks.json'
import zhCommon from '@locales/zh-CN/common.json'
import zhErrors from '@locales/zh-CN/errors.json'
import zhAuth from '@locales/zh-CN/auth.json'
import zhHome from '@locales/zh-CN/home.json'
import zhMe from '@locales/zh-CN/me.json'
import zhDev from '@locales/zh-CN/dev.json'
import zhValidation from '@locales/zh-CN/validation.json'
import zhEligibility from '@locales/zh-CN/eligibility.json'
import zhGuides from '@locales/zh-CN/guides.json'
import zhApply from '@locales/zh-CN/apply.json'
import zhCases from '@locales/zh-CN/cases.json'
import zhCertificate from '@locales/zh-CN/certificate.json'
import zhVerify from '@locales/zh-CN/verify.json'
import zhPerks from '@locales/zh-CN/perks.json'

export const en = {
  common: enCommon,
  errors: enErrors,
  auth: enAuth,
  home: enHome,
  me: enMe,
  dev: enDev,
  validation: enValidation,
  eligibility: enEligibility,
  guides: enGuides,
  apply: enApply,
  cases: enCases,
  certificate: enCertificate,
  verify: enVerify,
  perks: enPerks
}

export const zhCN = {
  common: zhCommon,
  errors: zhErrors,
  auth: zhAuth,
  home: zhHome,
  me: zhMe,
  dev: zhDev,
  validation: zhValidation,
  eligibility: zhEligibility,
  guides: zhGuides,
  apply: zhApply,
  cases: zhCases,
  certificate: zhCertificate,
  verify: zhVerify,
  perks: zhPerks
}

export type Resources = typeof en
export const namespaces = Object.keys(en) as (keyof Resources)[]

type Leaves<T> = T extends string
  ? never
  : { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}` }[keyof T & string]

type MissingIn<Source, Target> = Exclude<Leaves<Source>, Leaves<Target>>

// If either line fails, the error names the keys one language lacks.
const zhLacksNone: [MissingIn<Resources, typeof zhCN>] extends [never] ? true : MissingIn<Resources, typeof zhCN> = true
const enLacksNone: [MissingIn<typeof zhCN, Resources>] extends [never] ? true : MissingIn<typeof zhCN, Resources> = true
void zhLacksNone
void enLacksNone
