import { fireEvent, render, screen } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import { PassportNumber } from '@/components/PassportNumber'

beforeAll(() => initI18n('en'))
beforeEach(() => setLanguage('en'))

describe('a passport number on screen', () => {
  it('is masked by default and shown only while the toggle says so', () => {
    const toggled: boolean[] = []
    render(<PassportNumber full='e12345678' onToggle={(shown) => toggled.push(shown)} />)
    expect(screen.getByText('E1*****78')).toBeInTheDocument()
    expect(screen.queryByText('E12345678')).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Show passport number' }))
    expect(screen.getByText('E12345678')).toBeInTheDocument()
    expect(screen.queryByText('E1*****78')).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Hide passport number' }))
    expect(screen.getByText('E1*****78')).toBeInTheDocument()
    expect(toggled).toEqual([true, false])
  })

  it('has nothing to reveal when only the masked form is known', () => {
    render(<PassportNumber masked='19*****13' />)
    expect(screen.getByText('19*****13')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('names the toggle in Chinese too', () => {
    setLanguage('zh-CN')
    render(<PassportNumber full='TZ1234567' />)
    fireEvent.click(screen.getByRole('button', { name: '显示护照号码' }))
    expect(screen.getByRole('button', { name: '隐藏护照号码' })).toBeInTheDocument()
    expect(screen.getByText('TZ1234567')).toBeInTheDocument()
  })
})
