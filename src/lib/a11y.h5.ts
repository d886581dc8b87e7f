/**
 * Keyboard and screen-reader support for the H5 build, in one place.
 *
 * Taro's H5 components render plain elements, its Button too (a `div.taro-button-core`): a View given a role
 * and a tab stop is announced and reachable, but Enter and Space do nothing on it, and NutUI's Button (a Taro
 * Button inside) has no role, no tab stop and no disabled state a screen reader could know. The page also has
 * no landmarks: the router's container and Taro's tab bar are plain elements.
 *
 * - Enter activates a focused element with the role button, link, radio, checkbox, tab, switch, menuitem or
 *   option; Space activates the same roles except link (as native links behave). A handler of a component's
 *   own that already took the key (`preventDefault`) wins.
 * - Every Taro button (`.taro-button-core`) gets role=button, a tab stop, and aria-disabled/aria-busy from
 *   NutUI's classes, kept in step as they change.
 * - The router container becomes the `main` landmark, the tab bar a labelled `navigation` with the current tab
 *   marked, and Taro's toast a polite live region so "Signed in as ..." is heard.
 */

import './a11y.h5.scss'

export { focusable, controlAria, switchAria, imageAlt } from './a11yProps'

const ON_ENTER = new Set(['button', 'link', 'radio', 'checkbox', 'tab', 'switch', 'menuitem', 'option'])
const ON_SPACE = new Set(['button', 'radio', 'checkbox', 'tab', 'switch', 'menuitem', 'option'])
const NATIVE = 'input, textarea, select, button, a[href], [contenteditable="true"]'

let tabBarLabel = ''
let installed = false

function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name)
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value)
  }
}

const TARO_BUTTON = 'taro-button-core'

/** NutUI marks a disabled or loading button with classes only; the Taro element carries `disabled` when set directly. */
function upgradeButton(el: Element): void {
  const busy = el.classList.contains('nut-button-loading') || el.hasAttribute('loading')
  const disabled = busy || el.classList.contains('nut-button-disabled') || el.hasAttribute('disabled')
  setAttr(el, 'role', 'button')
  setAttr(el, 'tabindex', disabled ? '-1' : '0')
  setAttr(el, 'aria-disabled', disabled ? 'true' : null)
  setAttr(el, 'aria-busy', busy ? 'true' : null)
}

function upgradeTabBar(bar: Element): void {
  setAttr(bar, 'role', 'navigation')
  setAttr(bar, 'aria-label', tabBarLabel || null)
  bar.querySelectorAll('.weui-tabbar__item').forEach((item) => setAttr(item, 'aria-current', item.classList.contains('weui-bar__item_on') ? 'page' : null))
}

function upgrade(root: Element): void {
  if (root.classList.contains(TARO_BUTTON)) upgradeButton(root)
  root.querySelectorAll(`.${TARO_BUTTON}`).forEach(upgradeButton)
  const bar = root.closest('taro-tabbar') ?? root.querySelector('taro-tabbar')
  if (bar) upgradeTabBar(bar)
  if (root.classList.contains('taro__toast') || root.querySelector('.taro__toast')) {
    const toast = root.classList.contains('taro__toast') ? root : root.querySelector('.taro__toast')!
    setAttr(toast, 'role', 'status')
    setAttr(toast, 'aria-live', 'polite')
  }
}

function landmarks(doc: Document): void {
  const app = doc.getElementById('app')
  if (app) setAttr(app, 'role', 'main')
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return
  if (event.key !== 'Enter' && event.key !== ' ') return
  const el = event.target
  if (!(el instanceof HTMLElement) || el.matches(NATIVE)) return
  const role = el.getAttribute('role') ?? ''
  if (!(event.key === 'Enter' ? ON_ENTER : ON_SPACE).has(role)) return
  // Space would scroll the page, Enter could submit something around it: the key is spent here either way.
  event.preventDefault()
  if (el.getAttribute('aria-disabled') === 'true') return
  el.click()
}

export function installA11y(): void {
  if (installed || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  installed = true
  // Bubbling phase on the document: React's own handlers (on the root inside it) run first.
  document.addEventListener('keydown', onKeyDown)
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const target = record.target as Element
        if (target.classList.contains(TARO_BUTTON)) upgradeButton(target)
        else if (target.classList.contains('weui-tabbar__item')) {
          const bar = target.closest('taro-tabbar')
          if (bar) upgradeTabBar(bar)
        }
        continue
      }
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1) upgrade(node as Element)
      })
    }
    landmarks(document)
  })
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'disabled', 'loading'] })
  landmarks(document)
  if (document.body) upgrade(document.body)
}

export function setTabBarLabel(label: string): void {
  tabBarLabel = label
  if (typeof document === 'undefined') return
  const bar = document.querySelector('taro-tabbar')
  if (bar) upgradeTabBar(bar)
}
