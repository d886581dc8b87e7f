/**
 * Every `<id>/core.json` under this folder, found by the bundler: adding a region is adding a folder.
 * (Tests and the Node mock server read the same folder from disk: mock/node/regionsFromDisk.ts.)
 *
 * The files arrive checked: config/contentLoader.cjs parses each one against the schema at build time
 * (a broken file fails the build) and emits the parsed result, defaults filled in. Checking them again
 * with zod at every start cost ~55 ms of main thread on a laptop, several times that on a phone.
 */
import type { RegionCore } from '@/domain/regions/schema'
import { sortRegions } from '@/domain/regions/registry'

const context = require.context('./', true, /^\.\/[a-z0-9-]+\/core\.json$/)

export const regionCores: RegionCore[] = sortRegions(context.keys().map((key) => context(key) as RegionCore))
/** Always empty in a build: a broken file stops the build instead. */
export const regionLoadErrors: string[] = []
