/** Taro components as plain DOM for @testing-library: same props that matter (onClick, onInput, value). */
import type { PropsWithChildren } from 'react'

type Props = PropsWithChildren<Record<string, unknown>>

function pass(props: Props): Record<string, unknown> {
  const { className, children: _c, onClick, ...rest } = props
  const out: Record<string, unknown> = { className }
  for (const [k, v] of Object.entries(rest)) if (k.startsWith('aria-') || k === 'role' || k === 'id' || k === 'lang' || k.startsWith('data-')) out[k] = v
  if (onClick) out.onClick = onClick
  return out
}

export const View = (props: Props) => <div {...pass(props)}>{props.children}</div>
export const Text = (props: Props) => <span {...pass(props)}>{props.children}</span>
// As on H5, where the img sits in a wrapper and takes its attributes from `imgProps`.
export const Image = (props: Props) => <img {...pass(props)} src={props.src as string} alt={(props.imgProps as { alt?: string } | undefined)?.alt ?? ''} />
export const ScrollView = View
export const Input = (props: Props) => (
  <input
    {...pass(props)}
    type={props.password ? 'password' : 'text'}
    placeholder={props.placeholder as string}
    value={(props.value as string) ?? ''}
    onChange={(e) => (props.onInput as ((e: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: e.target.value } })}
  />
)
export const Switch = (props: Props) => (
  <input
    {...pass(props)}
    type='checkbox'
    checked={!!props.checked}
    onChange={(e) => (props.onChange as ((e: { detail: { value: boolean } }) => void) | undefined)?.({ detail: { value: e.target.checked } })}
  />
)
/**
 * Taro's Button as a person meets it on H5: a button, announced disabled or busy. NutUI's Button draws one
 * and marks those states with classes only (it keeps `disabled` and `loading` to itself and blocks the tap);
 * src/lib/a11y.h5.ts turns the classes into aria-disabled and aria-busy in the app, and so does this double.
 */
export const Button = (props: Props) => {
  const classes = String(props.className ?? '').split(/\s+/)
  const busy = classes.includes('nut-button-loading') || !!props.loading
  const disabled = busy || classes.includes('nut-button-disabled') || !!props.disabled
  return (
    <button type='button' {...pass(props)} aria-disabled={disabled || undefined} aria-busy={busy || undefined}>
      {props.children}
    </button>
  )
}
