/** Props that give Taro components their roles' keyboard and screen-reader behaviour, on every platform. */

/** Taro's View types lack tabIndex, but H5 passes it on: Views acting as buttons, links, radios, tabs become reachable by keyboard. */
export const focusable = { tabIndex: 0 } as object

type Aria = Record<string, string | boolean | undefined>
type AriaStrings<T extends Aria> = { [K in keyof T]?: string }

/**
 * Aria attributes for a Taro Input or Switch. On H5 the native control sits inside Taro's custom element, so
 * they must reach it through `nativeProps`; there booleans become "true"/"false" (a bare `true` would be set
 * as an empty attribute, which reads as false), and undefined ones are left out.
 */
export function controlAria<T extends Aria>(aria: T): AriaStrings<T> & { nativeProps: AriaStrings<T> } {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(aria)) {
    if (value === undefined) continue
    out[key] = typeof value === 'boolean' ? String(value) : value
  }
  const strings = out as AriaStrings<T>
  return { ...strings, nativeProps: strings }
}
