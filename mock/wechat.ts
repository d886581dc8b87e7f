/**
 * WeChat identities in the mock. A real backend sends the code from `wx.login` to WeChat (code2Session)
 * and gets back the person's openid, the same for every login of that person in this mini-program. The
 * mock cannot ask WeChat, so it derives the openid from the code itself: the same code always stands for
 * the same person (a test harness can sign in again as someone), another code for someone else.
 *
 * DEMO ONLY: the code `demo:<username>` stands for the demo account of that name (the table is made from
 * the seed's users: demoWeChatAccounts). A real backend knows no such codes.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { base64UrlEncode } from '@/domain/certificate'
import { utf8Encode } from '@/domain/certificate/encoding'
import type { Text } from '@/api/contract'
import type { UserRecord } from './state'

/** DEMO ONLY: the prefix of the demo backend's made-up WeChat login codes. */
export const DEMO_WECHAT_CODE_PREFIX = 'demo:'

/** DEMO ONLY: the WeChat login code that stands for a demo account. */
export function demoWeChatCode(username: string): string {
  return `${DEMO_WECHAT_CODE_PREFIX}${username}`
}

export function isDemoWeChatCode(code: string): boolean {
  return code.startsWith(DEMO_WECHAT_CODE_PREFIX)
}

/** The openid the mock gives a login code: 28 characters starting with 'o', as WeChat's look. */
export function wechatOpenId(code: string): string {
  return `o${base64UrlEncode(sha256(utf8Encode(`wechat-login-code:${code}`))).slice(0, 27)}`
}

/** DEMO ONLY: openid -> user id for each demo account's code. */
export function demoWeChatAccounts(users: readonly UserRecord[]): Record<string, string> {
  return Object.fromEntries(users.filter((u) => !u.viaWeChat).map((u) => [wechatOpenId(demoWeChatCode(u.username)), u.user.id]))
}

/** The account a first WeChat sign-in makes: an applicant with no employer and no cases yet. */
export function newWeChatUser(userId: string, openId: string): UserRecord {
  const tag = openId.slice(-4).toUpperCase()
  const name: Text = { en: `WeChat user ${tag}`, zh: `微信用户 ${tag}` }
  return {
    username: `wx.${openId}`,
    // No password: this account signs in with WeChat only.
    password: '',
    viaWeChat: true,
    user: { id: userId, role: 'applicant', name, employerId: null, venue: null, regionId: '' },
    description: { en: 'Signed up with WeChat', zh: '通过微信注册' }
  }
}
