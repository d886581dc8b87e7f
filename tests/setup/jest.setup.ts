import '@testing-library/jest-dom'
import { TextDecoder, TextEncoder } from 'util'
import { __resetTaroDouble } from '../doubles/taro'

// Every browser has these (H5 uses them; the mini-program build brings its own, tested in src/lib); jsdom lacks them.
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder })

beforeEach(() => {
  __resetTaroDouble()
})
