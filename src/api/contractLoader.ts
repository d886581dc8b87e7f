/**
 * The API contract's schemas, as the client gets them. In the mini-program (and in tests) they are built
 * with the app: its logic thread never holds up painting, and bundled this way they cost its main package
 * least. H5 builds them at the first call instead (./contractLoader.h5.ts).
 */
import { ApiErrorBody, endpoints, fillPath } from './contract'

/** What the client needs of the contract. */
export type Contract = Pick<typeof import('./contract'), 'ApiErrorBody' | 'endpoints' | 'fillPath'>

const contract: Contract = { ApiErrorBody, endpoints, fillPath }

/** The contract once built, else null. */
export const builtContract = (): Contract | null => contract

export const loadContract = (): Promise<Contract> => Promise.resolve(contract)
