/**
 * Shared settings and arbitraries of the fuzz suites (tests/fuzz/*.fuzz.test.ts).
 *
 * Every property runs NUM_RUNS generated inputs with fast-check's random seed, so each run explores new
 * inputs; a failure prints its seed and path. Replay one with
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx jest tests/fuzz -t '<test name>'
 * FUZZ_RUNS raises the number of runs (never below NUM_RUNS) for a longer local session.
 */
import assert from 'node:assert/strict'
import { inspect, isDeepStrictEqual } from 'node:util'
import fc, { type Parameters } from 'fast-check'
import enApply from '@locales/en/apply.json'
import zhApply from '@locales/zh-CN/apply.json'
import enValidation from '@locales/en/validation.json'
import zhValidation from '@locales/zh-CN/validation.json'

export const NUM_RUNS = 1000

const envNumber = (name: string): number | undefined => {
  const raw = process.env[name]
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : undefined
}

/**
 * fast-check parameters for one property: at least NUM_RUNS runs, plus a seed/path to replay from the
 * environment. The property's own type types `examples` (hence NoInfer).
 */
export function runs<T>(extra: NoInfer<Parameters<T>> = {}): Parameters<T> {
  const seed = envNumber('FUZZ_SEED')
  const path = process.env.FUZZ_PATH
  return {
    numRuns: Math.max(NUM_RUNS, envNumber('FUZZ_RUNS') ?? 0),
    ...(seed !== undefined ? { seed } : {}),
    ...(seed !== undefined && path ? { path } : {}),
    ...extra
  }
}

/** Generous: a property runs a thousand inputs, some of them through Ed25519. */
export const FUZZ_TIMEOUT_MS = 120_000

// ---------------------------------------------------------------- strings people (and programs) type

/** Characters that break naive validators: whitespace of every kind, full-width forms, marks, emoji, CJK. */
export const TRICKY_CHARS = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0', // no-break space
  '\u3000', // ideographic space (Chinese input methods)
  '\u200b', // zero-width space
  '\u200e', // left-to-right mark
  '\u202e', // right-to-left override
  '\ufeff', // byte-order mark
  '\u0000',
  '\u0301', // combining acute accent
  '０',
  '９',
  'Ａ',
  'ｚ',
  '－', // full-width hyphen
  '＋',
  '（',
  '）',
  '٣', // Arabic-Indic digit three
  '𝟕', // mathematical bold seven
  'Ⅻ',
  '😀',
  '👩🏽‍💻',
  '🇨🇳',
  '中',
  '转',
  '号',
  '<',
  '-',
  '+',
  '.',
  '/',
  '#',
  '%',
  '\\',
  '"',
  "'",
  '\ud800' // lone surrogate
] as const

/**
 * One Unicode character (any plane, mostly the BMP), and one UTF-16 unit (lone surrogates included). Own units
 * rather than fast-check's 'grapheme' / 'binary': those build a table of every code point (about a second)
 * in each test file. Emoji sequences and combining marks come from TRICKY_CHARS.
 */
export const unicodeChar: fc.Arbitrary<string> = fc
  .oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }) }, { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }) })
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c))
export const utf16Unit: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))

const shortStrings: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: unicodeChar, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: utf16Unit, maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY_CHARS), maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789-+ .<ABCXabcx'), maxLength: 24 }) }
)

/** A pasted wall of text: a short piece repeated to thousands of characters. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: unicodeChar, minLength: 1, maxLength: 8 }), fc.integer({ min: 500, max: 5_000 }))
  .map(([piece, times]) => piece.repeat(times))

/** Any string: unicode graphemes, raw UTF-16 (lone surrogates), tricky characters, and now and then a huge one. */
export const anyString: fc.Arbitrary<string> = fc.oneof({ weight: 12, arbitrary: shortStrings }, { weight: 1, arbitrary: hugeString })

/** For values inside a larger generated structure (a whole form): huge ones rarer, so a run stays fast. */
export const fieldString: fc.Arbitrary<string> = fc.oneof({ weight: 40, arbitrary: shortStrings }, { weight: 1, arbitrary: hugeString })

/** Values a form field may hold when its type is unknown: strings, numbers (NaN, -0, Infinity), booleans, nulls, objects, arrays. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fieldString },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withBoxedValues: true,
      withNullPrototype: true,
      withObjectString: true,
      withBigInt: true,
      withMap: true,
      withSet: true
    })
  },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, '', 0, -0, NaN, Infinity, -Infinity) }
)

/** Surrounds a string with whitespace a user might paste (ASCII and ideographic spaces, tabs, newlines). */
export const padded = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000'), maxLength: 3 }),
      inner,
      fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000'), maxLength: 3 })
    )
    .map(([before, value, after]) => before + value + after)

/** The same text as a Chinese input method types it: ASCII letters and digits in full width. */
export const toFullWidth = (text: string): string => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))

/** Inserts `ch` at a position of `text` chosen by `at` (0..1). */
export const insertAt = (text: string, ch: string, at: number): string => {
  const i = Math.min(text.length, Math.floor(at * (text.length + 1)))
  return text.slice(0, i) + ch + text.slice(i)
}

// ---------------------------------------------------------------- locale messages

type Tree = { [key: string]: string | Tree }

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined
    node = node[part]
  }
  return typeof node === 'string' && node.trim() !== '' ? node : undefined
}

/**
 * Whether a code a form shows has a message in English AND Chinese: the app says a code from the
 * 'validation' namespace, else from 'apply:codes.' (files, extension window), as useApplyText does.
 */
export function hasFormMessage(code: string): boolean {
  const inValidation = lookup(enValidation as Tree, code) !== undefined && lookup(zhValidation as Tree, code) !== undefined
  const inApply = lookup(enApply as Tree, `codes.${code}`) !== undefined && lookup(zhApply as Tree, `codes.${code}`) !== undefined
  return inValidation || inApply
}

/** A message in both languages at `key` of the given locale trees. */
export function hasMessage(en: unknown, zh: unknown, key: string): boolean {
  return lookup(en as Tree, key) !== undefined && lookup(zh as Tree, key) !== undefined
}

// ---------------------------------------------------------------- fast assertions for hot loops

/**
 * A small subset of jest's `expect`, on node:assert. Jest's matchers cost about 0.3 ms a call; a property
 * checks a dozen things a thousand times, so inside properties the suites use `ensure(...)` instead.
 * Like jest's toEqual, toEqual and toMatchObject ignore object keys whose value is undefined.
 */
export function ensure(actual: unknown) {
  const show = (value: unknown) => inspect(value, { depth: 6, maxStringLength: 300, maxArrayLength: 30, breakLength: 160 })
  const fail = (what: string, expected?: unknown): never => {
    throw new assert.AssertionError({ message: `expected ${show(actual)} ${what}${expected !== undefined ? ` ${show(expected)}` : ''}`, actual, expected })
  }
  const throws = (): unknown => {
    const run = actual as () => unknown
    try {
      run()
    } catch (error) {
      return error ?? new Error(`threw ${String(error)}`)
    }
    return undefined
  }
  return {
    toBe: (expected: unknown) => void (Object.is(actual, expected) || fail('to be', expected)),
    toEqual: (expected: unknown) => assert.deepStrictEqual(withoutUndefined(actual), withoutUndefined(expected)),
    toMatchObject: (expected: Record<string, unknown>) => matchObject(actual, expected, show),
    toContain: (item: unknown) => void ((actual as { includes(x: unknown): boolean }).includes(item) || fail('to contain', item)),
    toMatch: (pattern: RegExp) => void (pattern.test(String(actual)) || fail('to match', pattern)),
    toBeNull: () => void (actual === null || fail('to be null')),
    toHaveLength: (length: number) => void ((actual as { length: number }).length === length || fail('to have length', length)),
    toBeGreaterThanOrEqual: (n: number) => void ((actual as number) >= n || fail('to be >=', n)),
    toBeLessThan: (n: number) => void ((actual as number) < n || fail('to be <', n)),
    toThrow: (type?: new (...args: never[]) => unknown) => {
      const error = throws()
      if (error === undefined) fail('to throw')
      if (type && !(error instanceof type)) fail(`to throw a ${type.name}, threw`, error)
    },
    not: {
      toThrow: () => {
        const error = throws()
        if (error !== undefined) fail('not to throw, threw', error)
      },
      toContain: (item: unknown) => void (!(actual as { includes(x: unknown): boolean }).includes(item) || fail('not to contain', item))
    }
  }
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined)
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)])
  )
}

function matchObject(actual: unknown, expected: Record<string, unknown>, show: (value: unknown) => string): void {
  if (actual === null || typeof actual !== 'object')
    throw new assert.AssertionError({ message: `expected an object like ${show(expected)}, got ${show(actual)}` })
  for (const [key, want] of Object.entries(expected)) {
    const got = (actual as Record<string, unknown>)[key]
    if (want !== null && typeof want === 'object' && !Array.isArray(want)) matchObject(got, want as Record<string, unknown>, show)
    else if (!isDeepStrictEqual(withoutUndefined(got), withoutUndefined(want))) {
      throw new assert.AssertionError({ message: `expected ${show(actual)} to match ${show(expected)} (at ${key})`, actual, expected })
    }
  }
}
