/**
 * H5: fetch a page's files into the browser's cache while the current page is idle, so the tap that opens it
 * does not wait for the network. index.html knows each route's files (config/routePreload.cjs).
 */
import { routePath, type RouteName } from '@/routes'

const requested = new Set<string>()

export function prefetchRoute(name: RouteName): void {
  if (requested.has(name) || typeof document === 'undefined') return
  const filesOf = (globalThis as { __wicRouteFiles?: (page: string) => string[] }).__wicRouteFiles
  if (typeof filesOf !== 'function') return
  requested.add(name)
  const present = new Set(Array.from(document.querySelectorAll('link[href], script[src]'), (el) => el.getAttribute('href') ?? el.getAttribute('src')))
  for (const href of filesOf(routePath(name).replace(/^\//, ''))) {
    if (present.has(href)) continue
    const link = document.createElement('link')
    link.rel = 'prefetch'
    link.href = href
    document.head.appendChild(link)
  }
}
