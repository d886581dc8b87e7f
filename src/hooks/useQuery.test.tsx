import { act, renderHook } from '@testing-library/react'
import { useQuery } from './useQuery'

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('useQuery', () => {
  it('a change made here wins over a load that started before it (a refresh on coming back to the page)', async () => {
    const loads = [deferred<string>(), deferred<string>()]
    let n = 0
    const { result } = renderHook(() => useQuery('case:1', () => loads[n++].promise))
    await act(async () => loads[0].resolve('as loaded'))
    expect(result.current.data).toBe('as loaded')

    act(() => result.current.reload())
    act(() => result.current.mutate('as changed'))
    // The reload's answer was read before the change was made: it must not bring the old state back.
    await act(async () => loads[1].resolve('before the change'))
    expect(result.current.data).toBe('as changed')
    expect(result.current.loading).toBe(false)
  })

  it('a newer load wins over a slower older one', async () => {
    const loads = [deferred<string>(), deferred<string>()]
    let n = 0
    const { result } = renderHook(() => useQuery('k', () => loads[n++].promise))
    act(() => result.current.reload())
    await act(async () => loads[1].resolve('newer'))
    await act(async () => loads[0].resolve('older'))
    expect(result.current.data).toBe('newer')
  })
})
