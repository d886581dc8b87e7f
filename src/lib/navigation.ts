import Taro from '@tarojs/taro'
import { isTabRoute, routeUrl, type RouteName, type RouteParams } from '@/routes'

/** Every navigation goes through here, by route name. */
export function navigate(name: RouteName, params?: RouteParams): void {
  if (isTabRoute(name)) void Taro.switchTab({ url: routeUrl(name) })
  else void Taro.navigateTo({ url: routeUrl(name, params) })
}

export function replace(name: RouteName, params?: RouteParams): void {
  if (isTabRoute(name)) void Taro.switchTab({ url: routeUrl(name) })
  else void Taro.redirectTo({ url: routeUrl(name, params) })
}

/** Back to the page before, or to `fallback` when this page was opened on its own (a shared link, a relaunch). */
export function goBack(fallback: RouteName = 'home'): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else if (isTabRoute(fallback)) void Taro.switchTab({ url: routeUrl(fallback) })
  else void Taro.redirectTo({ url: routeUrl(fallback) })
}
