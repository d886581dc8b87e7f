import fs from 'node:fs'
import path from 'node:path'
import { parseRegionCores } from '../../src/domain/regions/parse'

/**
 * The regions folder; WIC_REGIONS_DIR points at another (a test's copy with a region added), so that no test
 * writes into src/ while other test workers read it.
 */
export const REGIONS_DIR = process.env.WIC_REGIONS_DIR ?? path.join(__dirname, '..', '..', 'src', 'content', 'regions')

/** The same discovery as src/content/regions/load.ts, from disk: for jest and the Node mock server. */
export function readRegionCoreFiles(root = REGIONS_DIR): unknown[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, 'core.json')))
    .map((entry) => JSON.parse(fs.readFileSync(path.join(root, entry.name, 'core.json'), 'utf8')) as unknown)
}

const loaded = parseRegionCores(readRegionCoreFiles())
export const regionCores = loaded.regions
export const regionLoadErrors = loaded.errors
