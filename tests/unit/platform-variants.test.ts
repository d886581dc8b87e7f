/** @jest-environment node */
// Every platform file (foo.h5.ts, foo.weapp.tsx) that has a default beside it is matched against that
// default by tsc in src/platform/variants.check.ts, so a new one cannot ship unchecked.
import { existsSync, readdirSync, readFileSync } from 'fs'
import { join, relative } from 'path'

const SRC = join(__dirname, '../../src')
const PLATFORM_FILE = /^(.*)\.(h5|weapp)\.(tsx?)$/

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

/** The pairs tsc must check, as module names: ['@/lib/random', '@/lib/random.h5']. */
function platformFilesWithDefault(): [string, string][] {
  return filesUnder(SRC).flatMap((path) => {
    const match = PLATFORM_FILE.exec(relative(SRC, path).split('\\').join('/'))
    if (!match || match[1].endsWith('.test')) return []
    const [, base, platform] = match
    const hasDefault = ['ts', 'tsx'].some((ext) => existsSync(join(SRC, `${base}.${ext}`)))
    return hasDefault ? [[`@/${base}`, `@/${base}.${platform}`] as [string, string]] : []
  })
}

describe('platform files', () => {
  it('are each matched against their default in src/platform/variants.check.ts', () => {
    const check = readFileSync(join(SRC, 'platform/variants.check.ts'), 'utf8')
    const pairs = platformFilesWithDefault()
    expect(pairs.length).toBeGreaterThan(0)
    const unchecked = pairs
      .filter(([base, variant]) => !check.includes(`Variant<typeof import('${base}'), typeof import('${variant}')`))
      .map(([, variant]) => variant)
    expect(unchecked).toEqual([])
  })
})
