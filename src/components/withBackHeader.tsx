/**
 * A sub-page (not a tab). On the mini-program WeChat draws the navigation bar with its back arrow and the
 * title `usePageTitle` sets, so the page is used as it is; H5 adds a header of its own (./withBackHeader.h5.tsx).
 */
import type { ComponentType } from 'react'

export function withBackHeader<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  return Page
}
