/**
 * Every `<id>/core.json` under this folder, found by the bundler: adding a region is adding a folder.
 * (Tests and the Node mock server read the same folder from disk: mock/node/regionsFromDisk.ts.)
 */
import { parseRegionCores } from '@/domain/regions/registry'

const context = require.context('./', true, /^\.\/[a-z0-9-]+\/core\.json$/)

export const { regions: regionCores, errors: regionLoadErrors } = parseRegionCores(context.keys().map((key) => context(key)))
