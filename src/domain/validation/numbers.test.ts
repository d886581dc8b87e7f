import { validateNumber } from './numbers'

describe('validateNumber', () => {
  const rule = { min: 0, max: 12 }
  it.each([
    ['7', 7],
    [' 7.5 ', 7.5],
    ['.5', 0.5],
    ['12', 12],
    ['0', 0],
    [3, 3],
    ['９', 9]
  ])('%p -> %p', (raw, value) => expect(validateNumber(raw, rule)).toEqual({ ok: true, value }))

  it.each([
    ['', 'number.required'],
    [undefined, 'number.required'],
    [null, 'number.required'],
    ['seven', 'number.notNumber'],
    ['1e1', 'number.notNumber'],
    [Number.NaN, 'number.notNumber'],
    [Number.POSITIVE_INFINITY, 'number.notNumber'],
    ['-1', 'number.negative']
  ])('%p -> %s', (raw, code) => expect(validateNumber(raw, rule)).toEqual({ ok: false, code }))

  it('reports the range', () => {
    expect(validateNumber('13', rule)).toEqual({ ok: false, code: 'number.outOfRange', params: { min: 0, max: 12 } })
    expect(validateNumber('-5', { min: -10, max: -1 })).toEqual({ ok: true, value: -5 })
  })

  it('can require whole numbers', () => {
    expect(validateNumber('3.5', { ...rule, integer: true })).toEqual({ ok: false, code: 'number.notInteger' })
    expect(validateNumber('3.0', { ...rule, integer: true })).toEqual({ ok: true, value: 3 })
  })
})
