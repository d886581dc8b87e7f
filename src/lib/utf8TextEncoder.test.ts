import fc from 'fast-check'
import { TextEncoder as NodeTextEncoder } from 'util'
import { Utf8TextEncoder } from './utf8TextEncoder'

it('encodes exactly as the platform TextEncoder does, lone surrogates included', () => {
  const ours = new Utf8TextEncoder()
  const platform = new NodeTextEncoder()
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(Array.from(ours.encode(text))).toEqual(Array.from(platform.encode(text)))
    }),
    { numRuns: 1000 }
  )
  expect(ours.encode()).toEqual(new Uint8Array(0))
  expect(ours.encoding).toBe('utf-8')
})
