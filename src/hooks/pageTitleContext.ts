import { createContext } from 'react'

/**
 * Where a page's title goes besides the platform's navigation bar: on H5 the back header around each
 * sub-page (src/components/withBackHeader.h5.tsx) provides it; on the mini-program nothing does.
 */
export const PageTitleContext = createContext<((title: string) => void) | null>(null)
