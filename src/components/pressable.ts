/**
 * On H5, Taro's View renders a plain `div`, and Taro's Button a `div.taro-button-core`, with
 * no role and no tab stop: a keyboard cannot reach or press them. These props give one the button role,
 * a tab stop, and Enter/Space. Other platforms get nothing (their buttons are native).
 */
export function pressable(onPress: () => void): object {
  if (process.env.TARO_ENV !== 'h5') return {}
  return {
    role: 'button',
    tabIndex: 0,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault()
      onPress()
    }
  }
}
