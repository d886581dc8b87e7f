import { ApiError } from '@/api'
import { refusalOf } from './refusal'

const conflict = (message: string) => new ApiError('conflict', message, { status: 409 })

describe('refusalOf', () => {
  it('names the backend refusals with their numbers', () => {
    expect(refusalOf(conflict('Only 3 seats left'))).toEqual({ key: 'seatsLeft', params: { count: 3 } })
    expect(refusalOf(conflict('You already have a visit in this department on that day'))).toEqual({ key: 'doubleBooking', params: {} })
    expect(refusalOf(conflict('School applications are accepted 06-01 to 06-25 (Beijing time); the next window opens on 2027-06-01'))).toEqual({
      key: 'windowClosed',
      params: { date: '2027-06-01' }
    })
    expect(refusalOf(new ApiError('forbidden', 'A valid talent certificate with the theatre entitlement is required', { status: 403 }))?.key).toBe(
      'notEntitled'
    )
  })

  it('leaves other failures to the generic error notice', () => {
    expect(refusalOf(new ApiError('network', 'offline'))).toBeNull()
    expect(refusalOf(conflict('Something new'))).toBeNull()
    expect(refusalOf(new Error('boom'))).toBeNull()
  })
})
