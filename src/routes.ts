/**
 * The one route table. app.config.ts builds pages, subpackages and the tab bar from it, and every
 * navigation goes through `navigate()` with a route name, so no page path is written twice.
 * Plain data: app.config.ts is evaluated at build time in Node.
 */

export interface TabRoute {
  path: string
  /** Its text is `common:tabs.<textKey>` in each language (app.json holds the Chinese one). */
  tab: { textKey: 'home' | 'guides' | 'certificate' | 'me' }
  /** The pages this tab's tiles, links and buttons open: their subpackages are fetched ahead on Wi-Fi (preloadRule). */
  leadsTo: readonly SubRouteName[]
}

export interface SubRoute {
  root: string
  page: string
}

export const tabRoutes = {
  home: {
    path: 'pages/home/index',
    tab: { textKey: 'home' },
    leadsTo: ['signIn', 'caseList', 'dashboard', 'applyStart', 'inbox', 'perks', 'verify', 'pointsCheck']
  },
  guides: { path: 'pages/guides/index', tab: { textKey: 'guides' }, leadsTo: ['guideDetail', 'pointsCheck', 'talentCheck'] },
  certificate: { path: 'pages/certificate/index', tab: { textKey: 'certificate' }, leadsTo: ['signIn', 'verify', 'talentCheck'] },
  me: { path: 'pages/me/index', tab: { textKey: 'me' }, leadsTo: ['signIn', 'privacy', 'officer'] }
} as const satisfies Record<string, TabRoute>

/** Subpackages: each domain's pages under its root (the code only they use goes with them: mini.optimizeMainPackage). */
export const subRoutes = {
  signIn: { root: 'packages/account', page: 'pages/sign-in/index' },
  privacy: { root: 'packages/account', page: 'pages/privacy/index' },
  officer: { root: 'packages/dev', page: 'pages/officer/index' },
  // Guides and eligibility self-checks
  guideDetail: { root: 'packages/guides', page: 'pages/detail/index' },
  pointsCheck: { root: 'packages/guides', page: 'pages/points/index' },
  talentCheck: { root: 'packages/guides', page: 'pages/talent/index' },
  // Applications
  applyStart: { root: 'packages/apply', page: 'pages/start/index' },
  applyForm: { root: 'packages/apply', page: 'pages/form/index' },
  applyDrafts: { root: 'packages/apply', page: 'pages/drafts/index' },
  // Progress
  caseList: { root: 'packages/cases', page: 'pages/list/index' },
  caseDetail: { root: 'packages/cases', page: 'pages/detail/index' },
  dashboard: { root: 'packages/cases', page: 'pages/dashboard/index' },
  inbox: { root: 'packages/cases', page: 'pages/inbox/index' },
  appointment: { root: 'packages/cases', page: 'pages/appointment/index' },
  // Verification
  verify: { root: 'packages/verify', page: 'pages/scan/index' },
  // Perks for certified talents
  perks: { root: 'packages/perks', page: 'pages/hub/index' },
  theatre: { root: 'packages/perks', page: 'pages/theatre/index' },
  hospital: { root: 'packages/perks', page: 'pages/hospital/index' },
  school: { root: 'packages/perks', page: 'pages/school/index' },
  perkService: { root: 'packages/perks', page: 'pages/service/index' }
} as const satisfies Record<string, SubRoute>

export type TabRouteName = keyof typeof tabRoutes
export type SubRouteName = keyof typeof subRoutes
export type RouteName = TabRouteName | SubRouteName

export function isTabRoute(name: RouteName): name is TabRouteName {
  return name in tabRoutes
}

export function routePath(name: RouteName): string {
  if (isTabRoute(name)) return `/${tabRoutes[name].path}`
  const route = subRoutes[name as SubRouteName]
  return `/${route.root}/${route.page}`
}

export type RouteParams = Record<string, string | number | boolean | undefined>

export function routeUrl(name: RouteName, params?: RouteParams): string {
  const query = Object.entries(params ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return query ? `${routePath(name)}?${query}` : routePath(name)
}

/** Subpackages in app.config shape. */
export function subPackages(): { root: string; pages: string[] }[] {
  const byRoot = new Map<string, string[]>()
  for (const route of Object.values(subRoutes) as SubRoute[]) byRoot.set(route.root, [...(byRoot.get(route.root) ?? []), route.page])
  return [...byRoot.entries()].map(([root, pages]) => ({ root, pages }))
}

/** WeChat's preloadRule: entering a tab on Wi-Fi fetches the subpackages its pages lead to. */
export function preloadRule(): Record<string, { network: 'wifi'; packages: string[] }> {
  return Object.fromEntries(
    (Object.values(tabRoutes) as TabRoute[]).map((route) => [
      route.path,
      { network: 'wifi', packages: [...new Set(route.leadsTo.map((name) => subRoutes[name].root))] }
    ])
  )
}
