/**
 * Adding a city is data only: a new folder with core.json and guide.json appears in the region registry, the
 * guide library and the Guides tab, with no code change. The test adds the folder to a copy of the regions
 * folder (WIC_REGIONS_DIR), never to src/, which other test workers read at the same time.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createElement } from 'react'

const id = `zz-testville-${process.pid}`
const regionsCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'wic-regions-'))
const dir = path.join(regionsCopy, id)
const t = (en: string, zh: string) => ({ en, zh })
/** Every fact names its source (src/domain/regions/sources.ts): here the city's own plan. */
const seed = { doc: 'testville-2026' }

const core = {
  id,
  name: t('Testville', '测试市'),
  province: t('Test Province', '测试省'),
  scope: 'city',
  order: 999,
  seeds: [
    { id: 'testville-2026', title: t('Testville one-thing plan', '测试市一件事方案'), issuedBy: t('Testville government', '测试市政府'), date: '2026-01-01' }
  ],
  points: { localPoints: 5, locationPoints: 10, cite: seed },
  offices: [
    {
      id: 'tv-window',
      name: t('Testville service window', '测试市服务窗口'),
      address: t('1 Test Road', '测试路1号'),
      location: { latitude: 30, longitude: 120, cite: { doc: 'demo' } },
      hours: {
        weekdays: [1, 2, 3, 4, 5],
        periods: [
          { from: '09:00', to: '12:00' },
          { from: '14:00', to: '17:00' }
        ],
        cite: seed
      },
      phones: [{ label: t('Enquiries', '咨询'), number: '0000-1234567', cite: seed }],
      cite: seed
    }
  ],
  matters: [
    {
      id: 'tv-work-permit',
      kind: 'work_permit',
      actions: ['issue'],
      name: t('Testville work permit', '测试市工作许可'),
      decidedBy: t('Testville S&T bureau', '测试市科技局'),
      timeLimit: { legalDays: 20, promisedDays: 3, cite: seed },
      officeIds: ['tv-window'],
      materials: [{ id: 'tv-passport', name: t('Passport', '护照'), required: true, cite: seed }]
    }
  ],
  bundles: [
    {
      id: 'tv-bundle',
      name: t('Testville one thing', '测试市一件事'),
      seed: 'testville-2026',
      matters: [{ matterId: 'tv-work-permit', required: true }],
      timeLimit: { legalDays: 20, promisedDays: 2, cite: seed },
      officeIds: ['tv-window']
    }
  ]
}

const guide = {
  regionId: id,
  intro: t('Testville intro', '测试市简介'),
  matters: { 'tv-work-permit': { summary: t('Work permit in Testville', '测试市工作许可'), cite: seed } },
  bundles: { 'tv-bundle': { summary: t('Everything at one window in Testville', '测试市一窗办理'), cite: seed } },
  cite: seed
}

beforeAll(() => {
  fs.cpSync(path.join(__dirname, '..', '..', 'src', 'content', 'regions'), regionsCopy, { recursive: true })
  process.env.WIC_REGIONS_DIR = regionsCopy
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'core.json'), JSON.stringify(core))
  fs.writeFileSync(path.join(dir, 'guide.json'), JSON.stringify(guide))
})

afterAll(() => {
  delete process.env.WIC_REGIONS_DIR
  fs.rmSync(regionsCopy, { recursive: true, force: true })
})

it('appears in the registry, the guide library and the Guides tab without code changes', async () => {
  await jest.isolateModulesAsync(async () => {
    // Fresh modules: every loader reads the folder again, as the bundler would at build time.
    const { regionRegistry } = require('@/features/regions/useRegion')
    const { regionLoadErrors } = require('@/content/regions/load')
    const { guideLibrary, guideLoadErrors } = require('@/packages/guides/content/load')
    const { regionEntries } = require('@/features/guides/content')
    expect(regionLoadErrors).toEqual([])
    expect(guideLoadErrors).toEqual([])
    expect(regionRegistry.pickable().map((r: { id: string }) => r.id)).toContain(id)
    const entries = regionEntries(regionRegistry, id)
    expect(entries.bundles.map((e: { id: string }) => e.id)).toEqual(['tv-bundle'])
    expect(entries.matters.map((e: { id: string }) => e.id)).toEqual(['tv-work-permit'])
    expect(guideLibrary.section(id, 'bundle', 'tv-bundle').summary.en).toBe('Everything at one window in Testville')

    // The 'pure' entry registers no hooks (not allowed inside a test); we clean up ourselves.
    const { render, screen, fireEvent, cleanup } = require('@testing-library/react/pure')
    const { initI18n } = require('@/i18n')
    initI18n('en')
    const GuidesPage = require('@/pages/guides/index').default
    const { unmount } = render(createElementIsolated(GuidesPage))
    fireEvent.click(screen.getByRole('radio', { name: 'Testville' }))
    expect(screen.getByRole('link', { name: /Testville one thing/ })).toBeInTheDocument()
    expect(screen.getByText('Promised: 2 working days')).toBeInTheDocument()
    unmount()

    const { __setRouterParams } = require('@tarojs/taro')
    __setRouterParams({ region: id, type: 'bundle', id: 'tv-bundle' })
    const DetailPage = require('@/packages/guides/pages/detail/index').default
    render(createElementIsolated(DetailPage))
    expect(screen.getByText('Everything at one window in Testville')).toBeInTheDocument()
    // The offices are further down the guide, drawn once the first screen has painted.
    expect(await screen.findByRole('button', { name: 'Call Enquiries 0000-1234567' })).toBeInTheDocument()
    cleanup()
  })
})

/** React from the isolated registry, so hooks and the renderer share one copy. */
function createElementIsolated(component: () => unknown) {
  const react = require('react') as { createElement: typeof createElement }
  return react.createElement(component as never)
}
