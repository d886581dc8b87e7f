/**
 * Region data: everything a region's policy documents say that a user acts on.
 * Plain data (no Taro): validated by these schemas at load time and in tests, so a
 * broken region file fails loudly instead of showing a half-empty guide.
 */
// zod/mini (functional API): it tree-shakes, where classic zod's methods cannot.
import * as z from 'zod/mini'

/** A text in both languages. zh is the source (the documents are Chinese); en must be good English. */
const NonEmpty = z.string().check(z.minLength(1))
export const Text = z.object({ zh: NonEmpty, en: NonEmpty })
export type Text = z.infer<typeof Text>

const PositiveInt = z.number().check(z.int(), z.positive())

/**
 * Where a fact comes from: a seed of the region (its id in core.json `seeds`), or a national source
 * (src/domain/regions/sources.ts: a law, a national standard, or 'demo' for data the documents do not give).
 * Every fact carries one: regions/sources.ts refuses a file where one is missing (the schema leaves the
 * core's cites optional because the shipped core is stripped of them: they travel in the `sources` part,
 * src/content/regions/sources.ts, to the pages that show them).
 */
export const Cite = z.object({
  doc: NonEmpty,
  /** Article or section, e.g. 第五条 / art. 5. */
  at: z.optional(Text),
  /** The document's words (zh) and their English. */
  quote: z.optional(Text)
})
export type Cite = z.infer<typeof Cite>

export const MatterKind = z.enum(['work_permit', 'residence_permit', 'social_insurance', 'title_review', 'e_ssc', 'talent_certification', 'talent_visa'])
export type MatterKind = z.infer<typeof MatterKind>

/** 'change' is 变更 (new post, employer name ...); 'renew' is 换发 (a new card for a valid permit); 'reissue' is 补发. */
export const MatterAction = z.enum(['issue', 'change', 'extend', 'cancel', 'reissue', 'renew', 'register', 'review', 'apply'])
export type MatterAction = z.infer<typeof MatterAction>

/** Opening hours per weekday, Beijing time, 'HH:mm'. Lunch breaks are gaps between periods. */
const ClockTime = z.string().check(z.regex(/^\d\d:\d\d$/))
export const Period = z.object({ from: ClockTime, to: ClockTime })
export const Hours = z.object({
  /** ISO weekday 1 = Monday ... 7 = Sunday. Working days only by default. */
  weekdays: z.array(z.number().check(z.int(), z.gte(1), z.lte(7))),
  periods: z.array(Period).check(z.minLength(1)),
  /** Closed on State Council public holidays. */
  followsWorkingDayCalendar: z._default(z.boolean(), true),
  /**
   * Open on adjusted working weekends (调休) too. Off unless the office's document says so: Beihai's says
   * Monday to Friday except public holidays, and no shipped document mentions adjusted weekends.
   */
  openOnAdjustedWorkingDays: z._default(z.boolean(), false),
  note: z.optional(Text),
  cite: z.optional(Cite)
})
export type Hours = z.infer<typeof Hours>

export const Phone = z.object({ label: Text, number: z.string().check(z.regex(/^[0-9+\-() ]{5,20}$/)), cite: z.optional(Cite) })

export const Office = z.object({
  id: z.string(),
  name: Text,
  address: Text,
  /** GCJ-02 coordinates for Taro.openLocation. */
  location: z.optional(z.object({ latitude: z.number(), longitude: z.number(), cite: z.optional(Cite) })),
  hours: z.optional(Hours),
  phones: z._default(z.array(Phone), []),
  web: z.optional(z.string().check(z.url())),
  /** Required with `web` (regions/sources.ts). */
  webCite: z.optional(Cite),
  note: z.optional(Text),
  /** The office's name, address and note. */
  cite: z.optional(Cite)
})
export type Office = z.infer<typeof Office>

/** One material: where it comes from and in what form it is handed in. */
export const Material = z.object({
  id: z.string(),
  name: Text,
  source: z.optional(Text),
  form: z.optional(z.enum(['original', 'copy', 'original_and_copy', 'electronic', 'original_or_electronic'])),
  medium: z.optional(z.enum(['paper', 'electronic', 'paper_or_electronic'])),
  copies: z.optional(PositiveInt),
  required: z.boolean(),
  /** When it is required only in some cases (e.g. "if the passport was reported lost"). */
  condition: z.optional(Text),
  /** Validity rule applied when uploaded, e.g. issued within 6 months. */
  validity: z.optional(z.enum(['issued_within_6_months', 'valid_for_6_months'])),
  /**
   * The seed that states the validity rule, and where in it. With it the rule is a requirement (the form
   * stops); without it the rule is advice ("not in the region's documents: general practice") that lets the
   * user go on (DOMAIN.md: a rule not in the seeds is never a hard block).
   */
  validitySource: z.optional(z.object({ seed: z.string(), where: Text })),
  note: z.optional(Text),
  /** Where the material, its form and its condition are asked for. */
  cite: Cite
})
export type Material = z.infer<typeof Material>

export const Step = z.object({ title: Text, detail: Text, who: z.optional(Text), inPerson: z._default(z.boolean(), false) })

export const Faq = z.object({ q: Text, a: Text })

export const LegalBasis = z.object({ title: Text, article: z.optional(Text) })

export const TimeLimit = z.object({
  /** Working days set by law (法定办结时限). */
  legalDays: z.optional(PositiveInt),
  /** Working days promised (承诺办结时限), or the document's "in principle" (原则上) limit. */
  promisedDays: z.optional(PositiveInt),
  /** The document says 原则上 ("in principle"): a target, not a legal limit. */
  inPrinciple: z._default(z.boolean(), false),
  /**
   * Other day counts the note or the guide names (a bundle's parts, a routing time, a review period), so each
   * number is written once: the guide's prose names them as placeholders (src/domain/regions/checks.ts).
   */
  extraDays: z._default(z.record(z.string(), PositiveInt), {}),
  /** May use {{legalDays}} and {{promisedDays}}: a literal number of days must agree with them (regions/sources.ts). */
  note: z.optional(Text),
  cite: z.optional(Cite)
})

/**
 * A region ships as two files: `<id>/core.json` (what the backend, forms and pickers need) and
 * `<id>/guide.json` (long reading text: only the guides subpackage loads it). At build time core.json is
 * split once more: the main package gets each matter's materials by id only (`MatterCore`), and the
 * materials themselves (half of the file: bilingual names, conditions, rules) load with the pages that
 * show them (src/content/regions/materials.ts).
 */

/** A matter as written in core.json, materials included. */
export const MatterFile = z.object({
  id: z.string(),
  kind: MatterKind,
  actions: z.array(MatterAction).check(z.minLength(1)),
  name: Text,
  decidedBy: Text,
  timeLimit: TimeLimit,
  fees: z.optional(Text),
  officeIds: z._default(z.array(z.string()), []),
  materials: z._default(z.array(Material), []),
  /** Required with `fees` (regions/sources.ts). */
  feesCite: z.optional(Cite),
  /** Extensions should be filed at least this many days before expiry: advice, with its source named. */
  extendAtLeastDaysBeforeExpiry: z.optional(PositiveInt),
  /** Required with `extendAtLeastDaysBeforeExpiry`. */
  extendCite: z.optional(Cite),
  /** Only open after this many months of work in the province (title review: 6). */
  minMonthsWorkedInProvince: z.optional(PositiveInt),
  /** Required with `minMonthsWorkedInProvince`. */
  minMonthsCite: z.optional(Cite)
})
export type MatterFile = z.infer<typeof MatterFile>

/** A material named by a matter, without its details (those: content/regions/materials.ts). */
export interface MaterialRef {
  id: string
  required: boolean
}

/** A matter as the app holds it: its materials as references, in the file's order. */
export type MatterCore = Omit<MatterFile, 'materials'> & { materialRefs: MaterialRef[] }

/** A "one thing" bundle: several matters, one form, one window (core). */
export const BundleCore = z.object({
  id: z.string(),
  name: Text,
  seed: z.string(),
  matters: z.array(z.object({ matterId: z.string(), required: z.boolean() })).check(z.minLength(1)),
  timeLimit: TimeLimit,
  officeIds: z._default(z.array(z.string()), []),
  /** Only for holders of the talent certificate (Beihai 2023). */
  certifiedTalentOnly: z._default(z.boolean(), false)
})
export type BundleCore = z.infer<typeof BundleCore>

export const PerkKind = z.enum(['one_window_permits', 'hospital', 'school', 'childcare', 'theatre', 'events', 'research', 'talent_programme', 'mobile_vip'])
export type PerkKind = z.infer<typeof PerkKind>

export const PerkCore = z.object({
  id: z.string(),
  kind: PerkKind,
  name: Text,
  officeIds: z._default(z.array(z.string()), []),
  phones: z._default(z.array(Phone), []),
  /** Kind-specific settings, e.g. theatre discountPercent, school window dates. */
  settings: z._default(z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])), {}),
  /** Which work-permit category the perk needs, if any (mobile VIP: A). */
  requiresPermitCategory: z.optional(z.enum(['A', 'B', 'C'])),
  /** The perk's terms and settings. */
  cite: z.optional(Cite)
})
export type PerkCore = z.infer<typeof PerkCore>

/** core.json as written. */
export const RegionCoreFile = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  name: Text,
  province: Text,
  /** 'national' content (the 2018 talent-visa notice) is shown alongside every region and is not pickable. */
  scope: z.enum(['city', 'province', 'national']),
  /** Sort order in pickers. */
  order: z._default(z.number().check(z.int()), 100),
  seeds: z
    .array(
      z.object({
        id: z.string(),
        title: Text,
        issuedBy: Text,
        date: z.string(),
        /** An earlier document this one repeals (废止), with the article that says so. */
        repeals: z.optional(z.object({ title: Text, date: z.string(), cite: z.optional(Cite) }))
      })
    )
    .check(z.minLength(1)),
  /** Work-permit points: the province's local encouraging points (0-10) and whether the location earns the 10 location points. */
  points: z.object({
    localPoints: z.number().check(z.int(), z.gte(0), z.lte(10)),
    locationPoints: z.union([z.literal(0), z.literal(10)]),
    /** Pay multiples of the local average wage for A (encouraged post) and B; the 2018 notice leaves them to each locality. */
    payMultipleA: z._default(z.number().check(z.positive()), 6),
    payMultipleB: z._default(z.number().check(z.positive()), 4),
    note: z.optional(Text),
    cite: z.optional(Cite)
  }),
  offices: z.array(Office),
  matters: z.array(MatterFile),
  bundles: z.array(BundleCore),
  perks: z._default(z.array(PerkCore), [])
})
export type RegionCoreFile = z.infer<typeof RegionCoreFile>

/** A region as the app holds it: core.json with each matter's materials by id. */
export type RegionCore = Omit<RegionCoreFile, 'matters'> & { matters: MatterCore[] }

/** The materials of one region's matters (the other half of core.json). */
export interface RegionMaterials {
  regionId: string
  byMatter: Record<string, Material[]>
}

/** Long reading text for one matter or bundle. */
export const GuideSection = z.object({
  summary: Text,
  /** Who it is for / who may apply. */
  eligibility: z._default(z.array(Text), []),
  /** Concrete promises (one form, one window, material given once ...). */
  promises: z._default(z.array(Text), []),
  /** Before/after figures, e.g. visits 2 -> 1 (Gansu's efficiency table). */
  efficiency: z._default(z.array(z.object({ item: Text, before: Text, after: Text })), []),
  steps: z._default(z.array(Step), []),
  legalBasis: z._default(z.array(LegalBasis), []),
  faq: z._default(z.array(Faq), []),
  /** The document the section retells. */
  cite: Cite
})
export type GuideSection = z.infer<typeof GuideSection>

export const RegionGuide = z.object({
  regionId: z.string(),
  intro: Text,
  /** Keyed by matter id and bundle id of the core file. */
  matters: z.record(z.string(), GuideSection),
  bundles: z.record(z.string(), GuideSection),
  /** Keyed by perk id: the rules, and a checklist where the document gives one (research: 11 attachments). */
  perks: z._default(z.record(z.string(), z.object({ rules: z.array(Text).check(z.minLength(1)), checklist: z._default(z.array(Text), []), cite: Cite })), {}),
  faq: z._default(z.array(Faq), []),
  /** The intro and the region-wide FAQ. */
  cite: Cite
})
export type RegionGuide = z.infer<typeof RegionGuide>
