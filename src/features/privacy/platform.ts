/**
 * The platform's own privacy authorisation. H5 (and tests) have none: the in-app notice is the whole
 * flow. platform.weapp.ts is WeChat's (wx.onNeedPrivacyAuthorization, wx.requirePrivacyAuthorize,
 * wx.openPrivacyContract), picked by the Taro build for the mini-program only.
 */
// Typed as boolean, not `false`: the mini-program's file says true, and callers are checked against this one.
export const hasPlatformPrivacyFlow: boolean = false

/** Registers the platform's "needs authorisation" listener; call once at launch. */
export function installPlatformPrivacy(): void {
  /* no platform flow */
}

/** Resolves true when the platform lets privacy APIs (chooseMedia, ...) run. */
export async function requirePlatformPrivacy(): Promise<boolean> {
  return true
}

/** Opens the platform's privacy guide; false when there is none. */
export function openPlatformPrivacyGuide(): boolean {
  return false
}
