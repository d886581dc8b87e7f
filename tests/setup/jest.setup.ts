import '@testing-library/jest-dom'
import { TextDecoder, TextEncoder } from 'util'
import { __resetTaroDouble } from '../doubles/taro'

// Every browser has these (H5 uses them; the mini-program build brings its own, tested in src/lib); jsdom lacks them.
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder })

// NutUI's loading icon (@nutui/icons-react-taro) styles itself with a `-webkitMask` key; React warns once per
// render in development. Its own code, not ours, and nothing a person sees: not worth a stack per busy button.
const consoleError = console.error.bind(console)
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Warning: Unsupported style property %s') && args[1] === '-webkitMask') return
  consoleError(...args)
}

beforeEach(() => {
  __resetTaroDouble()
})
