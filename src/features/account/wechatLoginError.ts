/** Why WeChat did not give a login code: the user cancelled, WeChat failed (errMsg kept), or not in WeChat at all. */
export class WeChatLoginError extends Error {
  constructor(
    readonly reason: 'cancelled' | 'failed' | 'unsupported',
    message: string
  ) {
    super(message)
    this.name = 'WeChatLoginError'
  }
}

/** wx API failures carry only an errMsg ('login:fail cancel', 'login:fail timeout', ...). */
export function toWeChatLoginError(error: unknown): WeChatLoginError {
  if (error instanceof WeChatLoginError) return error
  const message = String((error as { errMsg?: unknown } | null)?.errMsg ?? (error instanceof Error ? error.message : error))
  return new WeChatLoginError(/cancel|deny|denied/i.test(message) ? 'cancelled' : 'failed', message)
}
