import type { PerkCore } from '@/domain/regions/schema'
import { discountedFen, hospitalBookingConflict, theatreDiscountPercent, theatreQuote, zheOf } from './terms'

const theatre = (settings: PerkCore['settings']): PerkCore => ({
  id: 'p',
  kind: 'theatre',
  name: { zh: '剧场', en: 'Theatre' },
  officeIds: [],
  phones: [],
  settings,
  cite: { doc: 'demo' }
})

describe('perk terms shared by the app and the mock', () => {
  it('takes the discount from the region data, else the document’s 50% (beihai-2023 art. 9: 5折)', () => {
    expect(theatreDiscountPercent(theatre({ discountPercent: 30 }))).toBe(30)
    expect(theatreDiscountPercent(theatre({}))).toBe(50)
    expect(theatreDiscountPercent(undefined)).toBe(50)
  })

  it('prices every ticket at the discount, however many are reserved (no cap per show)', () => {
    expect(theatreQuote(theatre({ discountPercent: 50 }), 18000, 7)).toEqual({ perTicketFen: 9000, totalFen: 63000 })
    expect(theatreQuote(theatre({ discountPercent: 50 }), 12345, 3)).toEqual({ perTicketFen: discountedFen(12345, 50), totalFen: 6173 * 3 })
  })

  it('says the discount the Chinese way: 50% off is 5折, 20% off is 8折', () => {
    expect(zheOf(50)).toBe(5)
    expect(zheOf(20)).toBe(8)
  })
})

describe('the in-app hospital channel', () => {
  const slot = { id: 's2', departmentId: 'im', date: '2026-06-11', booked: 0, capacity: 2 }
  it('allows one visit per department and day, and a free place', () => {
    expect(hospitalBookingConflict([], slot)).toBeNull()
    expect(hospitalBookingConflict([{ slotId: 's2', departmentId: 'im', date: '2026-06-11' }], slot)).toBe('slotHeld')
    expect(hospitalBookingConflict([{ slotId: 's1', departmentId: 'im', date: '2026-06-11' }], slot)).toBe('sameDepartmentDay')
    expect(hospitalBookingConflict([{ slotId: 's9', departmentId: 'eye', date: '2026-06-11' }], slot)).toBeNull()
    expect(hospitalBookingConflict([], { ...slot, booked: 2 })).toBe('full')
  })
})
