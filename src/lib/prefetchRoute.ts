import type { RouteName } from '@/routes'

/** H5 only (prefetchRoute.h5.ts): the mini-program has every page's code on the phone already. */
export function prefetchRoute(_name: RouteName): void {}
