/** The same discovery as ./load.ts, from disk: for jest (see jest.config.js). */
import fs from 'node:fs'
import path from 'node:path'
import { GuideLibrary } from '../../../features/guides/guides'
import { parseRegionGuides } from '../../../features/guides/parseGuides'

export function readRegionGuideFiles(root = path.join(__dirname, '..', '..', '..', 'content', 'regions')): unknown[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, 'guide.json')))
    .map((entry) => JSON.parse(fs.readFileSync(path.join(root, entry.name, 'guide.json'), 'utf8')) as unknown)
}

const loaded = parseRegionGuides(readRegionGuideFiles())

export const guideLibrary = new GuideLibrary(loaded.guides)
export const guideLoadErrors = loaded.errors
