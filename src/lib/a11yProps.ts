/** Props that give Taro components their roles' keyboard and screen-reader behaviour, on every platform. */

/** Taro's View types lack tabIndex, but H5 passes it on: Views acting as buttons, links, radios, tabs become reachable by keyboard. */
export const focusable = { tabIndex: 0 } as object

type Aria = Record<string, string | boolean | undefined>
type AriaStrings<T extends Aria> = { [K in keyof T]?: string }

/**
 * Aria attributes for a Taro Input (on H5 the native `input` itself). Booleans become "true"/"false" (a bare
 * `true` would be set as an empty attribute, which reads as false); undefined ones are left out.
 */
export function controlAria<T extends Aria>(aria: T): AriaStrings<T> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(aria)) {
    if (value === undefined) continue
    out[key] = typeof value === 'boolean' ? String(value) : value
  }
  return out as AriaStrings<T>
}

/**
 * Aria attributes for a Taro Switch. On H5 it is still a web component with the native control inside, so
 * they must also reach that control through `nativeProps`.
 */
export function switchAria<T extends Aria>(aria: T): AriaStrings<T> & { nativeProps: AriaStrings<T> } {
  const strings = controlAria(aria)
  return { ...strings, nativeProps: strings }
}

/** A Taro Image's text alternative: on H5 the `img` is inside a wrapper and takes its attributes from `imgProps`. */
export function imageAlt(alt: string): object {
  return { imgProps: { alt } }
}
