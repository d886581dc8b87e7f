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
