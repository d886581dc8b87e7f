/**
 * Every `<id>/guide.json` under src/content/regions, found by the bundler. Only the guides subpackage imports
 * this module, so the long texts stay out of the main package. (Jest maps it to ./loadFromDisk.ts.)
 */
import { GuideLibrary, parseRegionGuides } from '@/features/guides/guides'

const context = require.context('../../../content/regions', true, /^\.\/[a-z0-9-]+\/guide\.json$/)

const loaded = parseRegionGuides(context.keys().map((key) => context(key)))

export const guideLibrary = new GuideLibrary(loaded.guides)
export const guideLoadErrors = loaded.errors
