import type { CSSProperties, ReactNode } from 'react'

/** What a box of a long list is given: a class, a fixed style, a role and its aria, and a tap. */
export interface PlainBoxProps {
  className?: string
  style?: CSSProperties
  role?: string
  tabIndex?: number
  onClick?: () => void
  children?: ReactNode
  [aria: `aria-${string}`]: string | number | boolean | undefined
}
