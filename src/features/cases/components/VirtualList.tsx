/**
 * A windowing list over ScrollView: only the rows in view (plus a few either side) are rendered, with
 * spacers standing in for the rest, so 5,000 cases scroll as smoothly as 50. Rows have one fixed height.
 */
import { useMemo, useState, type ReactNode } from 'react'
import { ScrollView } from '@tarojs/components'
import { PlainBox } from '@/components/PlainBox'

export interface WindowRange {
  start: number
  /** Exclusive. */
  end: number
}

/** Rows to render for a scroll position: the visible ones plus `overscan` either side. */
export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 4): WindowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 }
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const visible = Math.ceil(viewportHeight / rowHeight) + 1
  const start = Math.max(0, Math.min(count - 1, first) - overscan)
  const end = Math.min(count, first + visible + overscan)
  return { start, end: Math.max(start, end) }
}

export interface VirtualListProps<T> {
  items: readonly T[]
  rowHeight: number
  /** Height of the scrolling viewport, px. */
  height: number
  overscan?: number
  keyOf: (item: T) => string
  renderRow: (item: T, index: number) => ReactNode
  /** Accessible name of the list. */
  label: string
  className?: string
}

export function VirtualList<T>({ items, rowHeight, height, overscan = 4, keyOf, renderRow, label, className }: VirtualListProps<T>) {
  // The first row in view, not the scroll offset: most scroll events move the list by less than a row, and
  // then the state stays the same and nothing renders again.
  const [firstRow, setFirstRow] = useState(0)
  const range = useMemo(
    () => visibleRange(firstRow * rowHeight, height, rowHeight, items.length, overscan),
    [firstRow, height, rowHeight, items.length, overscan]
  )
  return (
    <ScrollView
      className={className}
      scrollY
      style={{ height: `${height}px` }}
      onScroll={(e) => setFirstRow(Math.floor(Math.max(0, e.detail.scrollTop) / rowHeight))}
    >
      <PlainBox style={{ height: `${range.start * rowHeight}px` }} />
      <PlainBox role='list' aria-label={label}>
        {items.slice(range.start, range.end).map((item, i) => (
          <PlainBox
            key={keyOf(item)}
            role='listitem'
            style={{ height: `${rowHeight}px`, overflow: 'hidden' }}
            aria-setsize={items.length}
            aria-posinset={range.start + i + 1}
          >
            {renderRow(item, range.start + i)}
          </PlainBox>
        ))}
      </PlainBox>
      <PlainBox style={{ height: `${(items.length - range.end) * rowHeight}px` }} />
    </ScrollView>
  )
}
