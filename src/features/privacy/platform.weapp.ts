/**
 * WeChat's privacy authorisation (《小程序隐私协议开发指南》, base library 2.32.3+): app.json declares
 * `__usePrivacyCheck__`; when a privacy API (chooseMedia, ...) runs before the user agreed, WeChat
 * calls our onNeedPrivacyAuthorization listener and holds the call until we answer through `resolve`.
 * The answer "agree" must name a tapped `<button open-type="agreePrivacyAuthorization">` by its id.
 *
 * Our own notice already uses such a button for its Agree, so agreeing in the app agrees with WeChat
 * too. The listener is for the rest: WeChat asking while the app's consent exists (the user removed the
 * mini-program from WeChat's recent list, which clears WeChat's record). It opens the privacy page,
 * which shows the notice and answers WeChat (./platformRequest.ts).
 */
import Taro from '@tarojs/taro'
import { navigate } from '@/lib/navigation'
import { privacyPageOpen, queuePlatformRequest } from './platformRequest'

export const hasPlatformPrivacyFlow = true

let installed = false

export function installPlatformPrivacy(): void {
  if (installed || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  installed = true
  try {
    Taro.onNeedPrivacyAuthorization((resolve) => {
      queuePlatformRequest(resolve)
      if (!privacyPageOpen()) navigate('privacy', { request: 1 })
    })
  } catch {
    // Base library older than 2.32.3: WeChat shows its own prompt.
    installed = false
  }
}

export function requirePlatformPrivacy(): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => {
    try {
      // Not promisified by Taro: callbacks only.
      Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) })
    } catch {
      resolve(true)
    }
  })
}

export function openPlatformPrivacyGuide(): boolean {
  if (typeof Taro.openPrivacyContract !== 'function') return false
  Taro.openPrivacyContract({ fail: () => undefined })
  return true
}
