/**
 * WeChat subscribe messages (订阅消息). Only the mini-program has them: this file is the H5 build's (and
 * the tests') version, which says so; subscribe.weapp.ts asks WeChat. The asking must come from a tap,
 * and each acceptance allows one message per template.
 */
export type SubscribeResult =
  /** At least one template accepted. */
  | 'accepted'
  /** The user declined every template (or turned them off in settings). */
  | 'rejected'
  /** Not in the mini-program, or no template ids configured: the in-app inbox is the channel. */
  | 'unsupported'
  | 'failed'

export async function requestCaseSubscriptions(_templateIds: readonly string[]): Promise<SubscribeResult> {
  return 'unsupported'
}
