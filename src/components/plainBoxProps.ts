import type { CSSProperties, ReactNode } from 'react'

/** What a box of long content is given: an id, a class, a fixed style, a role and its aria, and a tap. */
export interface PlainBoxProps {
  id?: string
  className?: string
  style?: CSSProperties
  role?: string
  tabIndex?: number
  onClick?: () => void
  children?: ReactNode
  [aria: `aria-${string}`]: string | number | boolean | undefined
}
