/** What other features use of the regions feature. */
export { regionRegistry, useRegionId } from './useRegion'
