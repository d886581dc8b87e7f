/** Mini-program version of subscribe.ts: asks WeChat for subscribe-message permission (call from a tap). */
import Taro from '@tarojs/taro'
import type { SubscribeResult } from './subscribe'

export type { SubscribeResult } from './subscribe'

/** WeChat accepts at most 3 template ids per request. */
const MAX_TEMPLATES_PER_REQUEST = 3

export async function requestCaseSubscriptions(templateIds: readonly string[]): Promise<SubscribeResult> {
  const tmplIds = templateIds.slice(0, MAX_TEMPLATES_PER_REQUEST)
  if (tmplIds.length === 0) return 'unsupported'
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as unknown as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as Record<string, string>
    return tmplIds.some((id) => result[id] === 'accept') ? 'accepted' : 'rejected'
  } catch {
    return 'failed'
  }
}
