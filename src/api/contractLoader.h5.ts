/**
 * H5: the contract's schemas are built at the first call, off the page's module loading and first render
 * (./contractLoader.ts). zod builds a module's schemas as the module loads, so the contract's modules are
 * loaded one task at a time, in dependency order: no single task carries the whole contract (the holiday
 * calendar the case states depend on, then each group of schemas).
 */
import { nextTask } from '@/lib/nextTask'
import type { Contract } from './contractLoader'

export type { Contract }

const contractParts: ReadonlyArray<() => unknown> = [
  () => require('@/domain/time/calendarYears'),
  () => require('@/domain/case/stateMachine'),
  () => require('./contract/common'),
  () => require('./contract/session'),
  () => require('./contract/cases'),
  () => require('./contract/certificates'),
  () => require('./contract/perks'),
  () => require('./contract/officer')
]

let contract: Contract | null = null
let loading: Promise<Contract> | null = null

export const builtContract = (): Contract | null => contract

export function loadContract(): Promise<Contract> {
  loading ??= (async () => {
    for (const loadPart of contractParts) {
      await nextTask()
      loadPart()
    }
    await nextTask()
    const built = require('./contract') as Contract
    // The first call goes on in a task of its own: it fetches the transport's code (the embedded backend's).
    await nextTask()
    contract = built
    return built
  })()
  return loading
}
