/** The same discovery as ./load.ts, from disk: for jest (see jest.config.js). */
import fs from 'node:fs'
import path from 'node:path'
import { GuideLibrary } from '../../../features/guides/guides'
import { parseRegionGuides } from '../../../features/guides/parseGuides'
import { parseRegionCoreFiles } from '../../../domain/regions/parse'

/** WIC_REGIONS_DIR: as in mock/node/regionsFromDisk.ts. */
const ROOT = process.env.WIC_REGIONS_DIR ?? path.join(__dirname, '..', '..', '..', 'content', 'regions')

export function readRegionGuideFiles(root = ROOT): unknown[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, 'guide.json')))
    .map((entry) => JSON.parse(fs.readFileSync(path.join(root, entry.name, 'guide.json'), 'utf8')) as unknown)
}

const coreOf = (regionId: string) => {
  const file = path.join(ROOT, regionId, 'core.json')
  return fs.existsSync(file) ? parseRegionCoreFiles([JSON.parse(fs.readFileSync(file, 'utf8'))]).regions[0] : undefined
}

const loaded = parseRegionGuides(readRegionGuideFiles(), coreOf)

export const guideLibrary = new GuideLibrary(loaded.guides)
export const guideLoadErrors = loaded.errors
