/** @jest-environment jsdom */
// H5's prefetch of a likely next page (src/lib/prefetchRoute.h5.ts), against the route map index.html provides.
import { prefetchRoute } from '@/lib/prefetchRoute.h5'

const files: Record<string, string[]> = {
  'packages/cases/pages/dashboard/index': ['./js/dash.js', './js/shared.js', './css/dash.css'],
  'pages/certificate/index': ['./js/cert.js', './js/shared.js']
}

beforeEach(() => {
  document.head.innerHTML = '<script src="./js/shared.js"></script>'
  ;(globalThis as { __wicRouteFiles?: (page: string) => string[] }).__wicRouteFiles = (page) => files[page] ?? []
})

const prefetched = () => Array.from(document.querySelectorAll('link[rel="prefetch"]'), (l) => l.getAttribute('href'))

describe('prefetchRoute (H5)', () => {
  it("asks for the route's files the page does not already have, once", () => {
    prefetchRoute('dashboard')
    expect(prefetched()).toEqual(['./js/dash.js', './css/dash.css'])
    prefetchRoute('dashboard')
    expect(prefetched()).toHaveLength(2)
  })

  it('does nothing where index.html gave no route map (e.g. a page opened from an older build)', () => {
    delete (globalThis as { __wicRouteFiles?: unknown }).__wicRouteFiles
    prefetchRoute('certificate')
    expect(prefetched()).toEqual([])
  })
})
