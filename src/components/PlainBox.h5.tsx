/**
 * H5: a plain `div` for the boxes of long content (a windowed list's rows, a guide's cards). Taro's H5
 * View keeps three pieces of state and listens for touchstart, touchmove and touchend on every box, for
 * hover classes and long presses these boxes do not use: ~12 listeners a list row, added and removed as
 * rows scroll in and out of the window, hundreds on a long guide, and touch listeners that are not passive
 * make a phone wait for the page's thread before it scrolls. The same element and class either way, so
 * the styles hold.
 */
import type { PlainBoxProps } from './plainBoxProps'

export function PlainBox({ children, ...props }: PlainBoxProps) {
  return <div {...props}>{children}</div>
}
