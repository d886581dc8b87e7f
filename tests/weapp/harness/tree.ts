/**
 * Taro's data tree (a page's `data.root`) as elements a test can query: tag, class, id, text and the
 * attributes Taro passes (the template's own, decoded from their short keys, plus the props Taro sends under
 * their own names, such as role and aria-*).
 */
import type { TemplateMap } from './templates'

export interface RawNode {
  nn?: string
  sid?: string
  uid?: string
  cl?: string
  st?: string
  v?: string
  cn?: RawNode[]
  [key: string]: unknown
}

export interface WxElement {
  tag: string
  sid: string
  /** `id` as WeChat renders it (the element's own id, else its sid). */
  id: string
  className: string
  attrs: Record<string, unknown>
  children: WxElement[]
  parent: WxElement | null
  /** Text nodes directly inside. */
  ownText: string
  /** Events the template binds, with bind or catch. */
  events: Record<string, 'bind' | 'catch'>
  raw: RawNode
}

const SKIP = new Set(['nn', 'sid', 'uid', 'cl', 'st', 'v', 'cn'])

/** ariaLabel -> aria-label, tabIndex -> tabindex, as the attribute would be written. */
function attributeName(key: string): string {
  if (key.startsWith('aria')) return 'aria-' + key.slice(4).replace(/[A-Z]/g, (c) => c.toLowerCase())
  return key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())
}

export function buildTree(root: RawNode | undefined, templates: TemplateMap): WxElement {
  const top: WxElement = {
    tag: 'page',
    sid: 'root',
    id: 'root',
    className: '',
    attrs: {},
    children: [],
    parent: null,
    ownText: '',
    events: {},
    raw: root ?? {}
  }
  const walk = (raw: RawNode, parent: WxElement) => {
    for (const child of raw.cn ?? []) {
      if (child.nn === templates.textNodeName) {
        parent.ownText += child.v ?? ''
        continue
      }
      const template = templates.byNodeName.get(String(child.nn))
      // A CustomWrapper's subtree is updated through the wrapper component's own setData, which this harness
      // does not route yet; the app uses none. Fail plainly rather than show a subtree that never updates.
      if (template?.tag === 'custom-wrapper') throw new Error('custom-wrapper in the data tree: the harness does not apply its setData yet')
      const attrs: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(child)) {
        if (SKIP.has(key) || value === undefined) continue
        const name = template?.props[key] ?? attributeName(key)
        attrs[name] = value
      }
      if (child.st) attrs.style = child.st
      const element: WxElement = {
        tag: template?.tag ?? `unknown-${String(child.nn)}`,
        sid: String(child.sid ?? ''),
        id: String(child.uid ?? child.sid ?? ''),
        className: child.cl ?? '',
        attrs,
        children: [],
        parent,
        ownText: '',
        events: template?.events ?? {},
        raw: child
      }
      parent.children.push(element)
      walk(child, element)
    }
  }
  if (root) walk(root, top)
  return top
}

export function textOf(element: WxElement): string {
  const parts: string[] = []
  const walk = (el: WxElement) => {
    if (el.ownText.trim()) parts.push(el.ownText.trim())
    el.children.forEach(walk)
  }
  walk(element)
  return parts.join(' ')
}

export function allElements(element: WxElement): WxElement[] {
  const out: WxElement[] = []
  const walk = (el: WxElement) => {
    out.push(el)
    el.children.forEach(walk)
  }
  element.children.forEach(walk)
  return out
}

/** The accessible name: aria-label, else the text inside. */
export function nameOf(element: WxElement): string {
  const label = element.attrs['aria-label']
  return typeof label === 'string' && label ? label : textOf(element)
}

/** An indented outline of the tree, for failure messages. */
export function outline(element: WxElement, depth = 0, out: string[] = []): string {
  for (const child of element.children) {
    const role = child.attrs.role ? ` role=${String(child.attrs.role)}` : ''
    const text = child.ownText.trim() ? ` "${child.ownText.trim()}"` : ''
    out.push(`${'  '.repeat(depth)}<${child.tag}${child.className ? ` .${child.className.trim().split(/\s+/)[0]}` : ''}${role}>${text}`)
    outline(child, depth + 1, out)
  }
  return out.join('\n')
}
