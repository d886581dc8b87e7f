/**
 * Region data: everything a region's policy documents say that a user acts on.
 * Plain data (no Taro): validated by these schemas at load time and in tests, so a
 * broken region file fails loudly instead of showing a half-empty guide.
 */
import { z } from 'zod'

/** A text in both languages. zh is the source (the documents are Chinese); en must be good English. */
export const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) })
export type Text = z.infer<typeof Text>

export const MatterKind = z.enum([
  'work_permit',
  'residence_permit',
  'social_insurance',
  'title_review',
  'e_ssc',
  'talent_certification',
  'talent_visa'
])
export type MatterKind = z.infer<typeof MatterKind>

export const MatterAction = z.enum(['issue', 'change', 'extend', 'cancel', 'reissue', 'register', 'review', 'apply'])
export type MatterAction = z.infer<typeof MatterAction>

/** Opening hours per weekday, Beijing time, 'HH:mm'. Lunch breaks are gaps between periods. */
export const Period = z.object({ from: z.string().regex(/^\d\d:\d\d$/), to: z.string().regex(/^\d\d:\d\d$/) })
export const Hours = z.object({
  /** ISO weekday 1 = Monday ... 7 = Sunday. Working days only by default. */
  weekdays: z.array(z.number().int().min(1).max(7)),
  periods: z.array(Period).min(1),
  /** Closed on State Council public holidays, open on adjusted working weekends. */
  followsWorkingDayCalendar: z.boolean().default(true),
  note: Text.optional()
})
export type Hours = z.infer<typeof Hours>

export const Phone = z.object({ label: Text, number: z.string().regex(/^[0-9+\-() ]{5,20}$/) })

export const Office = z.object({
  id: z.string(),
  name: Text,
  address: Text,
  /** GCJ-02 coordinates for Taro.openLocation. */
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  hours: Hours.optional(),
  phones: z.array(Phone).default([]),
  web: z.string().url().optional(),
  note: Text.optional()
})
export type Office = z.infer<typeof Office>

/** One material: where it comes from and in what form it is handed in. */
export const Material = z.object({
  id: z.string(),
  name: Text,
  source: Text.optional(),
  form: z.enum(['original', 'copy', 'original_and_copy', 'electronic', 'original_or_electronic']).optional(),
  medium: z.enum(['paper', 'electronic', 'paper_or_electronic']).optional(),
  copies: z.number().int().positive().optional(),
  required: z.boolean(),
  /** When it is required only in some cases (e.g. "if the passport was reported lost"). */
  condition: Text.optional(),
  /** Validity rule applied when uploaded, e.g. issued within 6 months. */
  validity: z.enum(['issued_within_6_months', 'valid_for_6_months']).optional(),
  note: Text.optional()
})
export type Material = z.infer<typeof Material>

export const Step = z.object({ title: Text, detail: Text, who: Text.optional(), inPerson: z.boolean().default(false) })

export const Faq = z.object({ q: Text, a: Text })

export const LegalBasis = z.object({ title: Text, article: Text.optional() })

export const TimeLimit = z.object({
  /** Working days. */
  legalDays: z.number().int().positive().optional(),
  promisedDays: z.number().int().positive().optional(),
  note: Text.optional()
})

/**
 * A region ships as two files: `<id>/core.json` (what the backend, forms and pickers need: small, may sit in
 * the main package) and `<id>/guide.json` (long reading text: only the guides subpackage loads it).
 */

/** A matter as this region handles it (core). */
export const MatterCore = z.object({
  id: z.string(),
  kind: MatterKind,
  actions: z.array(MatterAction).min(1),
  name: Text,
  decidedBy: Text,
  timeLimit: TimeLimit,
  fees: Text.optional(),
  officeIds: z.array(z.string()).default([]),
  materials: z.array(Material).default([]),
  /** Extensions must be filed at least this many days before expiry. */
  extendAtLeastDaysBeforeExpiry: z.number().int().positive().optional(),
  /** Only open after this many months of work in the province (title review: 6). */
  minMonthsWorkedInProvince: z.number().int().positive().optional()
})
export type MatterCore = z.infer<typeof MatterCore>

/** A "one thing" bundle: several matters, one form, one window (core). */
export const BundleCore = z.object({
  id: z.string(),
  name: Text,
  seed: z.string(),
  matters: z.array(z.object({ matterId: z.string(), required: z.boolean() })).min(1),
  timeLimit: TimeLimit,
  officeIds: z.array(z.string()).default([]),
  /** Only for holders of the talent certificate (Beihai 2023). */
  certifiedTalentOnly: z.boolean().default(false)
})
export type BundleCore = z.infer<typeof BundleCore>

export const PerkKind = z.enum([
  'one_window_permits',
  'hospital',
  'school',
  'childcare',
  'theatre',
  'events',
  'research',
  'talent_programme',
  'mobile_vip'
])
export type PerkKind = z.infer<typeof PerkKind>

export const PerkCore = z.object({
  id: z.string(),
  kind: PerkKind,
  name: Text,
  officeIds: z.array(z.string()).default([]),
  phones: z.array(Phone).default([]),
  /** Kind-specific settings, e.g. theatre discountPercent / maxTicketsPerShow, school window dates. */
  settings: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).default({}),
  /** Which work-permit category the perk needs, if any (mobile VIP: A). */
  requiresPermitCategory: z.enum(['A', 'B', 'C']).optional()
})
export type PerkCore = z.infer<typeof PerkCore>

export const RegionCore = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: Text,
  province: Text,
  /** 'national' content (the 2018 talent-visa notice) is shown alongside every region and is not pickable. */
  scope: z.enum(['city', 'province', 'national']),
  /** Sort order in pickers. */
  order: z.number().int().default(100),
  seeds: z.array(z.object({ id: z.string(), title: Text, issuedBy: Text, date: z.string() })).min(1),
  /** Work-permit points: the province's local encouraging points (0-10) and whether the location earns the 10 location points. */
  points: z.object({
    localPoints: z.number().int().min(0).max(10),
    locationPoints: z.union([z.literal(0), z.literal(10)]),
    note: Text.optional()
  }),
  offices: z.array(Office),
  matters: z.array(MatterCore),
  bundles: z.array(BundleCore),
  perks: z.array(PerkCore).default([])
})
export type RegionCore = z.infer<typeof RegionCore>

/** Long reading text for one matter or bundle. */
export const GuideSection = z.object({
  summary: Text,
  /** Who it is for / who may apply. */
  eligibility: z.array(Text).default([]),
  /** Concrete promises (one form, one window, material given once ...). */
  promises: z.array(Text).default([]),
  /** Before/after figures, e.g. visits 2 -> 1 (Gansu's efficiency table). */
  efficiency: z.array(z.object({ item: Text, before: Text, after: Text })).default([]),
  steps: z.array(Step).default([]),
  legalBasis: z.array(LegalBasis).default([]),
  faq: z.array(Faq).default([])
})
export type GuideSection = z.infer<typeof GuideSection>

export const RegionGuide = z.object({
  regionId: z.string(),
  intro: Text,
  /** Keyed by matter id and bundle id of the core file. */
  matters: z.record(z.string(), GuideSection),
  bundles: z.record(z.string(), GuideSection),
  /** Keyed by perk id: the rules, and a checklist where the document gives one (research: 11 attachments). */
  perks: z.record(z.string(), z.object({ rules: z.array(Text).min(1), checklist: z.array(Text).default([]) })).default({}),
  faq: z.array(Faq).default([])
})
export type RegionGuide = z.infer<typeof RegionGuide>
