import { clockSetting, instantOf, now, parseClockSetting, REAL_TIME, setClock, subscribeClock, today } from './now'

const REAL = Date.parse('2026-11-20T15:30:00.000Z') // 23:30 in Beijing

beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(REAL)
  setClock(REAL_TIME)
})
afterEach(() => jest.restoreAllMocks())

describe('the app clock', () => {
  it('reads the device time until a setting moves it', () => {
    expect(now()).toBe(REAL)
    expect(today()).toBe('2026-11-20')
  })

  it('counts the Beijing day of a frozen instant, whatever the device says', () => {
    setClock({ frozenAt: '2027-03-01T16:00:00.000Z', offsetMs: 0 })
    expect(today()).toBe('2027-03-02')
    ;(Date.now as jest.Mock).mockReturnValue(REAL + 3_600_000)
    expect(now()).toBe(Date.parse('2027-03-01T16:00:00.000Z'))
  })

  it('runs on from an offset, and turns the Beijing day at 16:00 UTC', () => {
    setClock({ frozenAt: null, offsetMs: 30 * 60_000 })
    expect(today()).toBe('2026-11-21')
  })

  it('tells its listeners when, and only when, the setting changes', () => {
    const heard = jest.fn()
    const stop = subscribeClock(heard)
    setClock({ frozenAt: null, offsetMs: 0 })
    expect(heard).not.toHaveBeenCalled()
    setClock({ frozenAt: '2027-01-01T00:00:00.000Z', offsetMs: 0 })
    expect(heard).toHaveBeenCalledTimes(1)
    stop()
    setClock(REAL_TIME)
    expect(heard).toHaveBeenCalledTimes(1)
    expect(clockSetting()).toEqual(REAL_TIME)
  })

  it('treats a malformed setting as the real time rather than a clock at NaN', () => {
    expect(parseClockSetting({ frozenAt: '2027-13-45T99:00', offsetMs: 'x' })).toEqual(REAL_TIME)
    expect(parseClockSetting(null)).toEqual(REAL_TIME)
    expect(instantOf({ frozenAt: 'garbage', offsetMs: Number.NaN }, REAL)).toBe(REAL)
    expect(parseClockSetting({ frozenAt: null, offsetMs: 5 })).toEqual({ frozenAt: null, offsetMs: 5 })
  })
})
