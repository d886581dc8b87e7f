import { act, renderHook } from '@testing-library/react'
import { REAL_TIME, setClock } from '@/domain/time/now'
import { useNow, useToday } from './useClock'

const START = Date.parse('2026-11-20T02:00:00.000Z')

beforeEach(() => {
  jest.useFakeTimers({ now: START })
  setClock(REAL_TIME)
})
afterEach(() => {
  jest.useRealTimers()
  setClock(REAL_TIME)
})

describe('clock hooks', () => {
  it('useToday draws again when the day turns or the demo clock moves, not every minute', () => {
    let renders = 0
    const { result } = renderHook(() => {
      renders++
      return useToday()
    })
    expect(result.current).toBe('2026-11-20')
    const settled = renders
    act(() => jest.advanceTimersByTime(5 * 60_000))
    expect(renders).toBe(settled)

    act(() => setClock({ frozenAt: '2027-01-04T01:00:00.000Z', offsetMs: 0 }))
    expect(result.current).toBe('2027-01-04')

    act(() => setClock(REAL_TIME))
    // 14 hours on: past 16:00 UTC, a new day in Beijing.
    act(() => jest.advanceTimersByTime(14 * 3_600_000))
    expect(result.current).toBe('2026-11-21')
  })

  it('useNow follows the time every interval', () => {
    const { result } = renderHook(() => useNow(1000))
    expect(result.current).toBe(START)
    act(() => jest.advanceTimersByTime(3000))
    expect(result.current).toBe(START + 3000)
  })
})
