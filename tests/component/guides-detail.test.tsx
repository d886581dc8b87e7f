import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { holdNextPaint } from '../support/heldPaint'
import { initI18n } from '@/i18n'
import DetailPage from '@/packages/guides/pages/detail/index'
import { useSettings } from '@/stores/settings'
import { __setRouterParams, navigation, platformCalls, toasts } from '../doubles/taro'

jest.mock('@/lib/afterPaint', () => jest.requireActual('../support/heldPaint').afterPaintDouble)

beforeAll(() => initI18n('en'))
beforeEach(() => act(() => useSettings.getState().setLanguage('en')))
afterEach(() => jest.useRealTimers())

/** Renders the page with every section drawn (they follow the first screen in later tasks). */
const open = async (params: Record<string, string>) => {
  __setRouterParams(params)
  const view = render(<DetailPage />)
  for (let part = 0; part < 10; part++) await act(async () => undefined)
  return view
}

describe('guide detail', () => {
  it('names the source of each time limit, with the words on tap, and "in principle" where the document says 原则上', async () => {
    await open({ region: 'beihai', type: 'matter', id: 'bh-talent-certification' })
    const time = screen.getByRole('region', { name: 'How long it takes' })
    expect(within(time).getByText('Time limit in principle (not a legal limit)')).toBeInTheDocument()
    const source = within(time).getByRole('button', { name: /^Source: Notice on the Beihai measures .*, art\. 5 · show the words$/ })
    fireEvent.click(source)
    expect(within(time).getByText('“从受理到办结原则上不超过5个工作日”')).toBeInTheDocument()
  })

  it('gives the extension advice with its national source (Exit and Entry Administration Law art. 32)', async () => {
    await open({ region: 'beihai', type: 'matter', id: 'bh-residence-permit' })
    expect(screen.getByText(/Apply for an extension at least 30 days before the permit expires \(a national rule: advice/)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: /^Source: Exit and Entry Administration Law of the PRC, art\. 32 · show the words$/ }))
    expect(screen.getByText(/^“在中国境内居留的外国人申请延长居留期限的，应当在居留证件有效期限届满三十日前/)).toBeInTheDocument()
  })

  it("lists the region's documents, with the standard Beihai's 2023 measures repeal", async () => {
    await open({ region: 'beihai', type: 'region', id: 'beihai' })
    expect(screen.getByText('Repeals: Beihai standard for certifying foreign high-level and urgently-needed talents (2022-11-16)')).toBeInTheDocument()
    expect(screen.getByText(/Source: Notice on the Beihai measures .*, art\. 15/)).toBeInTheDocument()
  })

  it("shows Gansu's one-thing bundle: legal vs promised time, efficiency, materials, flow, legal basis, FAQ", async () => {
    await open({ region: 'gansu', type: 'bundle', id: 'gs-one-thing-2025' })
    expect(screen.getByRole('heading', { level: 1, name: "Working in China: the 'One Thing' bundle" })).toBeInTheDocument()
    const time = screen.getByRole('region', { name: 'How long it takes' })
    expect(within(time).getByText('Statutory time limit (法定办结时限)').nextSibling).toHaveTextContent('90 working days')
    expect(within(time).getByText('Promised time limit').nextSibling).toHaveTextContent('15 working days')

    const efficiency = screen.getByRole('table', { name: 'Before and after' })
    expect(within(efficiency).getByRole('row', { name: /Visits in person 2 visits 1 visit/ })).toBeInTheDocument()

    const materials = within(screen.getByRole('region', { name: 'Materials checklist' })).getAllByRole('listitem')
    expect(materials.length).toBeGreaterThanOrEqual(15)
    const contract = materials.find((m) => m.getAttribute('aria-label')?.startsWith('Employment contract'))
    // Handed in once, it serves the work permit and the title review.
    expect(contract).toHaveTextContent(/Work Permit for Foreigners in China; Review of eligibility/)
    expect(contract).toHaveTextContent('Prepared by the applicant')
    expect(contract).toHaveTextContent('Electronic')

    const steps = within(screen.getByRole('region', { name: 'Step by step' })).getAllByRole('listitem')
    expect(steps[0]).toHaveAccessibleName('Step 1: Apply online')
    expect(within(screen.getByRole('region', { name: 'Legal basis' })).getAllByRole('listitem').length).toBeGreaterThan(1)
    expect(within(screen.getByRole('region', { name: 'Questions and answers' })).getAllByRole('heading', { level: 3 }).length).toBe(7)

    fireEvent.click(screen.getByRole('link', { name: /Social insurance registration.*Optional/ }))
    expect(navigation.calls[0].url).toBe('/packages/guides/pages/detail/index?region=gansu&type=matter&id=gs-social-insurance')
  })

  it('calls, copies and opens the map for an office', async () => {
    await open({ region: 'beihai', type: 'bundle', id: 'bh-one-window-2020' })
    const office = screen.getAllByRole('group').find((g) => g.getAttribute('aria-label')?.startsWith('Beihai Work and Residence Service Window')) as HTMLElement
    await act(async () => fireEvent.click(within(office).getByRole('button', { name: 'Call Work permit enquiries 0779-3211041' })))
    await act(async () => fireEvent.click(within(office).getByRole('button', { name: 'Copy Work permit enquiries number' })))
    await act(async () => fireEvent.click(within(office).getByRole('button', { name: 'Open in map' })))
    expect(platformCalls).toEqual([
      { api: 'makePhoneCall', args: { phoneNumber: '0779-3211041' } },
      { api: 'setClipboardData', args: { data: '0779-3211041' } },
      expect.objectContaining({ api: 'openLocation', args: expect.objectContaining({ latitude: 21.4731, longitude: 109.1304 }) })
    ])
    expect(toasts).toContain('Copied')
    expect(within(office).getByText('Lunch break 12:00–15:00')).toBeInTheDocument()
  })

  it('says open / lunch break / closed for a holiday in Beijing time', async () => {
    jest.useFakeTimers({ now: Date.parse('2025-03-12T05:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] }) // Wed 13:00 Beijing
    const first = await open({ region: 'beihai', type: 'matter', id: 'bh-work-permit' })
    expect(screen.getAllByText('Lunch break · opens again at 15:00').length).toBeGreaterThan(0)
    first.unmount()
    jest.setSystemTime(Date.parse('2025-03-12T01:00:00Z')) // 09:00 Beijing
    const second = await open({ region: 'beihai', type: 'matter', id: 'bh-work-permit' })
    expect(screen.getAllByText('Open now · closes at 12:00').length).toBeGreaterThan(0)
    second.unmount()
    jest.setSystemTime(Date.parse('2025-10-01T02:00:00Z')) // National Day
    await open({ region: 'beihai', type: 'matter', id: 'bh-work-permit' })
    expect(screen.getAllByText(/^Closed for .+ · opens .+ at 08:30$/).length).toBeGreaterThan(0)
  })

  it('falls back to copying when the map cannot open', async () => {
    const Taro = (await import('@tarojs/taro')).default as unknown as Record<string, unknown>
    const original = Taro.openLocation
    Taro.openLocation = async () => {
      throw { errMsg: 'openLocation:fail not supported' }
    }
    try {
      await open({ region: 'beihai', type: 'matter', id: 'bh-work-permit' })
      await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Open in map' })[0]))
      expect(platformCalls[0].api).toBe('setClipboardData')
      expect(toasts).toContain("The map can't open here. The address was copied instead.")
    } finally {
      Taro.openLocation = original
    }
  })

  it('shows the national talent-visa path and a region overview with perks', async () => {
    const first = await open({ region: 'national', type: 'bundle', id: 'national-talent-visa-path' })
    expect(screen.getByRole('heading', { level: 1, name: 'The talent visa (R visa) path' })).toBeInTheDocument()
    first.unmount()
    await open({ region: 'beihai', type: 'region', id: 'beihai' })
    expect(screen.getByRole('heading', { level: 1, name: 'About Beihai' })).toBeInTheDocument()
    const perks = screen.getByRole('region', { name: 'Perks for certified talents' })
    expect(within(perks).getByRole('button', { name: /Call Outpatient appointments 0779-2038430/ })).toBeInTheDocument()
  })

  it('draws the first screen at once and the sections below it after that has painted', async () => {
    const painted = holdNextPaint()
    __setRouterParams({ region: 'gansu', type: 'bundle', id: 'gs-one-thing-2025' })
    render(<DetailPage />)
    expect(screen.getByRole('heading', { level: 1, name: "Working in China: the 'One Thing' bundle" })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'How long it takes' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Materials checklist' })).not.toBeInTheDocument()
    await act(async () => painted())
    for (let part = 0; part < 10; part++) await act(async () => undefined)
    expect(screen.getByRole('region', { name: 'Materials checklist' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Questions and answers' })).toBeInTheDocument()
  })

  it('says so plainly when a guide does not exist', async () => {
    await open({ region: 'gansu', type: 'bundle', id: 'nope' })
    expect(screen.getByRole('alert')).toHaveTextContent('This guide could not be found')
  })

  it('reads in Chinese', async () => {
    act(() => useSettings.getState().setLanguage('zh-CN'))
    await open({ region: 'gansu', type: 'bundle', id: 'gs-one-thing-2025' })
    expect(screen.getByRole('region', { name: '办理时限' })).toHaveTextContent('90 个工作日')
    expect(screen.getByRole('region', { name: '材料清单' })).toBeInTheDocument()
  })
})
