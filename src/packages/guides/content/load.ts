/**
 * Every `<id>/guide.json` under src/content/regions, found by the bundler. Only the guides subpackage imports
 * this module, so the long texts stay out of the main package. (Jest maps it to ./loadFromDisk.ts.)
 *
 * The files arrive checked: config/contentLoader.cjs parses each one against the schema at build time
 * (a broken file fails the build) and emits the parsed result, defaults filled in. Parsing ~170 KB of
 * guide text with zod on a phone at every open is what that saves.
 */
import type { RegionGuide } from '@/domain/regions/schema'
import { GuideLibrary } from '@/features/guides/guides'

const context = require.context('../../../content/regions', true, /^\.\/[a-z0-9-]+\/guide\.json$/)

export const guideLibrary = new GuideLibrary(context.keys().map((key) => context(key) as RegionGuide))
/** Always empty in a build: a broken file stops the build instead. */
export const guideLoadErrors: string[] = []
