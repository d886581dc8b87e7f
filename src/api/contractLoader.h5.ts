/**
 * H5: the contract's schemas are built at the first call, in a task of their own. Building them all takes
 * ~10 ms, which a page's module loading and first render need not wait for (./contractLoader.ts).
 */
import { nextTask } from '@/lib/nextTask'

export type Contract = Pick<typeof import('./contract'), 'ApiErrorBody' | 'endpoints' | 'fillPath'>

let contract: Contract | null = null

export const builtContract = (): Contract | null => contract

export async function loadContract(): Promise<Contract> {
  if (!contract) {
    await nextTask()
    contract ??= require('./contract') as Contract
  }
  return contract
}
