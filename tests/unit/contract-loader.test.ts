// H5's contract loader (src/api/contractLoader.h5.ts): the schemas are built at the first call, a part per task.
import * as contract from '@/api/contract'

const yields: Array<() => void> = []
jest.mock('@/lib/nextTask', () => ({ nextTask: () => new Promise<void>((resolve) => yields.push(resolve)) }))

const { builtContract, loadContract } = require('@/api/contractLoader.h5') as typeof import('@/api/contractLoader.h5')

/** Lets the loader run up to its next yield. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('loadContract (H5)', () => {
  it('yields between the parts, builds the contract once for concurrent callers, then answers synchronously', async () => {
    expect(builtContract()).toBeNull()
    const first = loadContract()
    const second = loadContract()
    let steps = 0
    while (builtContract() === null) {
      await settle()
      expect(yields.length).toBe(1)
      yields.shift()!()
      steps++
      await settle()
    }
    // The calendar, the case states, six schema groups and the endpoint table: nine tasks, not one; the
    // first call then goes on in a tenth.
    expect(steps).toBe(10)
    const [a, b] = await Promise.all([first, second])
    expect(a).toBe(b)
    expect(a.endpoints).toBe(contract.endpoints)
    expect(a.fillPath).toBe(contract.fillPath)
    expect(a.ApiErrorBody).toBe(contract.ApiErrorBody)
    expect(builtContract()).toBe(a)
    expect(await loadContract()).toBe(a)
    expect(yields).toHaveLength(0)
  })
})
