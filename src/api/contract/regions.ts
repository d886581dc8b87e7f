import * as z from 'zod/mini'
import { Text } from './common'

/** What the backend says about the regions it serves; the guides themselves ship with the app (offline). */
export const RegionSummary = z.object({
  id: z.string(),
  name: Text,
  scope: z.enum(['city', 'province', 'national']),
  /** Content version of the region files the backend serves. */
  contentVersion: z.string()
})
export type RegionSummary = z.infer<typeof RegionSummary>
