/**
 * The guide page where guide text is fetched per region on first read (the H5 build, src/packages/guides/content/load.h5.ts):
 * the title at once, the text when it arrives, and a failed fetch said plainly with a retry that works.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { initI18n } from '@/i18n'
import DetailPage from '@/packages/guides/pages/detail/index'
import { useSettings } from '@/stores/settings'
import { __setRouterParams } from '../doubles/taro'

const mockDisk = jest.requireActual<typeof import('@/packages/guides/content/loadFromDisk')>('@/packages/guides/content/loadFromDisk')

// Nothing in memory yet; each fetch is settled by the test.
const mockFetches: { regionId: string; resolve: () => void; reject: (e: unknown) => void }[] = []
jest.mock('@/packages/guides/content/load', () => ({
  peekRegionGuide: () => undefined,
  loadRegionGuide: (regionId: string) =>
    new Promise((resolve, reject) => {
      mockFetches.push({ regionId, resolve: () => resolve(mockDisk.guideLibrary.region(regionId)), reject })
    })
}))

beforeAll(() => initI18n('en'))
beforeEach(() => {
  mockFetches.length = 0
  act(() => useSettings.getState().setLanguage('en'))
})

const openBeihaiBundle = () => {
  __setRouterParams({ region: 'beihai', type: 'bundle', id: 'bh-one-window-2020' })
  return render(<DetailPage />)
}

describe('guide detail, text fetched on first read', () => {
  it('shows the title and a loading status first, then the guide, fetching only that region', async () => {
    openBeihaiBundle()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/One-window work and residence permits/)
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    expect(screen.queryByRole('region', { name: 'Overview' })).not.toBeInTheDocument()
    expect(mockFetches.map((f) => f.regionId)).toEqual(['beihai'])

    await act(async () => mockFetches[0].resolve())
    expect(screen.getByRole('region', { name: 'Overview' })).toHaveTextContent(/one window/)
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument()
  })

  it('says when the text could not be fetched, and Try again fetches it', async () => {
    openBeihaiBundle()
    await act(async () => mockFetches[0].reject(new Error('ChunkLoadError')))
    expect(screen.getByRole('alert')).toHaveTextContent('The guide text could not be loaded. Check your connection and try again.')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/One-window work and residence permits/)

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(mockFetches).toHaveLength(2)
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    await act(async () => mockFetches[1].resolve())
    expect(screen.getByRole('region', { name: 'Overview' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
