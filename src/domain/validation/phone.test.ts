import { validatePhone } from './phone'

describe('validatePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-13800138000', '13800138000'],
    ['0086 13877950830', '13877950830'],
    ['19912345678', '19912345678'],
    ['１３８００１３８０００', '13800138000']
  ])('Chinese mobile %p -> %p', (input, normalized) => {
    expect(validatePhone(input)).toEqual({ ok: true, value: { kind: 'cn_mobile', normalized } })
  })

  it.each([
    ['0779-2038430', '0779-2038430'],
    ['07792038430', '0779-2038430'],
    ['0779 2038430', '0779-2038430'],
    ['(0779) 2038430', '0779-2038430'],
    ['010-62345678', '010-62345678'],
    ['021 6234 5678', '021-62345678'],
    ['0779-2038430-801', '0779-2038430-801'],
    ['0779-2038430转801', '0779-2038430-801'],
    ['0779-2038430 ext. 801', '0779-2038430-801'],
    ['+86 779 2038430', '0779-2038430'],
    ['+86 10 62345678', '010-62345678']
  ])('Chinese landline %p -> %p', (input, normalized) => {
    expect(validatePhone(input)).toEqual({ ok: true, value: { kind: 'cn_landline', normalized } })
  })

  it.each([
    ['+44 7911 123456', '+447911123456'],
    ['+1 (202) 555-0143', '+12025550143'],
    ['0044 7911 123456', '+447911123456'],
    ['+49 30 1234567', '+49301234567'],
    ['+12345678', '+12345678'],
    ['+123456789012345', '+123456789012345']
  ])('international %p -> %p', (input, normalized) => {
    expect(validatePhone(input)).toEqual({ ok: true, value: { kind: 'international', normalized } })
  })

  it.each(['', '   '])('empty %p', (input) => expect(validatePhone(input)).toEqual({ ok: false, code: 'phone.empty' }))

  it.each([
    '12800138000', // no mobile prefix 12
    '1380013800', // 10 digits
    '138001380001', // 12 digits
    '2020070', // local number without area code
    '0779-1038430', // local numbers do not start with 1
    '0779-203843', // 6-digit local number
    '+1234567', // 7 digits
    '+1234567890123456', // 16 digits
    '+0123456789', // country code cannot start with 0
    '+86 12345', // +86 but neither mobile nor landline
    'call me',
    '138OO138000'
  ])('invalid %p', (input) => expect(validatePhone(input)).toEqual({ ok: false, code: 'phone.invalid' }))
})
