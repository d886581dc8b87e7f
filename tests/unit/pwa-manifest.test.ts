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
  it('name the app in each language', () => {
    expect(LANGUAGES).toEqual(['en', 'zh-CN'])
    expect(manifestFor('en')).toMatchObject({ name: 'Work in China', short_name: 'Work in China', lang: 'en', start_url: './', display: 'standalone' })
    expect(manifestFor('zh-CN')).toMatchObject({ name: '来华工作一件事', short_name: '来华工作', lang: 'zh-CN' })
  })

  it('list icons an install prompt accepts (192 and 512, one maskable) that are the size they say', () => {
    const { icons } = manifestFor('en') as { icons: { src: string; sizes: string; purpose: string }[] }
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true)
    for (const icon of icons) expect(pngSize(icon.src)).toBe(icon.sizes)
  })
})
