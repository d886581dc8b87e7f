/** Mini-program version of wechatLogin.ts: the login code comes from wx.login. */
import Taro from '@tarojs/taro'
import { toWeChatLoginError, WeChatLoginError } from './wechatLoginError'

export const wechatSignInAvailable: boolean = true

/** WeChat answers at once when it can; past this the person is told and can tap again. */
const LOGIN_TIMEOUT_MS = 10000

export async function wechatLoginCode(): Promise<string> {
  let code: string | undefined
  try {
    code = (await Taro.login({ timeout: LOGIN_TIMEOUT_MS })).code
  } catch (error) {
    throw toWeChatLoginError(error)
  }
  if (!code) throw new WeChatLoginError('failed', 'login:fail no code')
  return code
}
