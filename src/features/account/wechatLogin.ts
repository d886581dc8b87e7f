/**
 * WeChat sign-in. Only the mini-program has `wx.login`: this file is the H5 build's (and the tests'
 * default), where there is none; wechatLogin.weapp.ts asks WeChat.
 */
import { WeChatLoginError } from './wechatLoginError'

/** Whether this build signs in with WeChat (the sign-in screen's main action) instead of a password. */
export const wechatSignInAvailable: boolean = false

/** A login code from WeChat, for the backend's session endpoint (POST /session/wechat). */
export async function wechatLoginCode(): Promise<string> {
  throw new WeChatLoginError('unsupported', 'login:fail not in WeChat')
}
