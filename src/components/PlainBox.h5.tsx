/**
 * H5: a plain `div` for the boxes of a long, windowed list. Taro's H5 View keeps three pieces of state
 * and listens for touchstart, touchmove and touchend on every box, for hover classes and long presses
 * these rows do not use: ~12 listeners a row, added and removed as rows scroll in and out of the window,
 * and touch listeners that are not passive make a phone wait for the page's thread before it scrolls.
 * The same element and class either way, so the styles hold.
 */
import type { PlainBoxProps } from './plainBoxProps'

export function PlainBox({ children, ...props }: PlainBoxProps) {
  return <div {...props}>{children}</div>
}
