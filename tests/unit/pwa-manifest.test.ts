/** The H5 app's manifests: installable in both languages, with icons that exist at the sizes they claim. */
import fs from 'node:fs'
import path from 'node:path'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor, LANGUAGES } = require('../../config/pwa.cjs')

const ICONS = path.resolve(__dirname, '..', '..', 'src', 'pwa')

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): string {
  const bytes = fs.readFileSync(path.join(ICONS, file))
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

describe('web app manifests', () => {
  it('exist for every language the app speaks, each naming the app as its screens do, and open as an app', () => {
    const LOCALES = path.resolve(__dirname, '..', '..', 'locales')
    expect([...LANGUAGES].sort()).toEqual(fs.readdirSync(LOCALES).sort())
    for (const language of LANGUAGES) {
      const { appName } = JSON.parse(fs.readFileSync(path.join(LOCALES, language, 'common.json'), 'utf8')) as { appName: string }
      const manifest = manifestFor(language) as { name: string; short_name: string; lang: string; display: string; start_url: string }
      expect(manifest).toMatchObject({ name: appName, lang: language })
      expect(manifest.short_name.length).toBeGreaterThan(0)
      // An install prompt needs a start page and a display other than a browser tab.
      expect(['standalone', 'fullscreen', 'minimal-ui']).toContain(manifest.display)
      expect(manifest.start_url).toBeTruthy()
    }
  })

  it('list icons an install prompt accepts (192 and 512, one maskable) that are the size they say', () => {
    const { icons } = manifestFor('en') as { icons: { src: string; sizes: string; purpose: string }[] }
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true)
    for (const icon of icons) expect(pngSize(icon.src)).toBe(icon.sizes)
  })
})
