import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { initI18n } from '@/i18n'
import PointsPage from '@/packages/guides/pages/points/index'
import TalentPage from '@/packages/guides/pages/talent/index'
import { useSettings } from '@/stores/settings'
import { __setRouterParams, navigation } from '../doubles/taro'

beforeAll(() => initI18n('en'))
beforeEach(() => act(() => useSettings.getState().setLanguage('en')))

const type = (name: string | RegExp, value: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } })

describe('points self-check', () => {
  it('scores each item, totals, gives the category and what would raise it (Gansu: 10 location points)', () => {
    __setRouterParams({ region: 'gansu' })
    render(<PointsPage />)
    type('Annual salary', '30')
    fireEvent.click(screen.getByRole('radio', { name: "Master's degree" }))
    type('Relevant work experience', '4')
    type('Months a year working in China', '12')
    type('Age', '34')
    fireEvent.click(screen.getByRole('button', { name: 'Calculate my points' }))
    // 14 salary + 15 master + 7 experience + 15 months + 0 Chinese + 10 location + 15 age = 76 -> B
    const items = screen.getByRole('table', { name: 'Points per item' })
    expect(within(items).getByRole('row', { name: /Annual salary 14 \/ 20/ })).toBeInTheDocument()
    expect(within(items).getByRole('row', { name: /Work location 10 \/ 10/ })).toBeInTheDocument()
    expect(screen.getByText('76 of 120 points')).toBeInTheDocument()
    expect(screen.getByText('Category B: professional')).toBeInTheDocument()
    expect(screen.getByText('9 more points for category A.')).toBeInTheDocument()
    expect(screen.getByText('Earn at least RMB 350,000 a year from your employer in China.')).toBeInTheDocument()
  })

  it('counts the region: Qingdao has no location points', () => {
    __setRouterParams({ region: 'gansu' })
    render(<PointsPage />)
    type('Annual salary', '30')
    fireEvent.click(screen.getByRole('radio', { name: "Master's degree" }))
    type('Relevant work experience', '4')
    type('Months a year working in China', '12')
    type('Age', '34')
    fireEvent.click(screen.getByRole('button', { name: 'Calculate my points' }))
    fireEvent.click(screen.getByRole('radio', { name: 'Qingdao' }))
    expect(screen.getByText('66 of 120 points')).toBeInTheDocument()
  })

  it('names the points table’s source and fills the route texts from the region’s settings', () => {
    render(<PointsPage />)
    expect(screen.getByText(/^Source: Classification Standard for Foreigners Working in China \(trial, 2017\)/)).toBeInTheDocument()
    expect(screen.getByText('A market-oriented "encouraged" post paying at least 6 times the local average salary')).toBeInTheDocument()
    expect(screen.getByText('Pay of at least 4 times the local average salary')).toBeInTheDocument()
    expect(screen.getByText("A bachelor's degree or higher plus at least 2 years of relevant work experience")).toBeInTheDocument()
  })

  it('a route without points lifts the category', () => {
    render(<PointsPage />)
    type('Annual salary', '3')
    fireEvent.click(screen.getByRole('radio', { name: 'No degree' }))
    type('Relevant work experience', '0')
    type('Months a year working in China', '2')
    type('Age', '65')
    fireEvent.click(screen.getByRole('checkbox', { name: 'Outstanding young talent' }))
    fireEvent.click(screen.getByRole('button', { name: 'Calculate my points' }))
    expect(screen.getByText('Category A: high-end talent')).toBeInTheDocument()
    expect(screen.getByText('Category A through: Outstanding young talent')).toBeInTheDocument()
  })

  it('explains bad input next to each field and does not crash', () => {
    render(<PointsPage />)
    type('Annual salary', 'abc')
    type('Relevant work experience', '-3')
    type('Months a year working in China', '13')
    type('Age', '12')
    fireEvent.click(screen.getByRole('button', { name: 'Calculate my points' }))
    expect(screen.getByText('Please correct 5 fields marked below.')).toBeInTheDocument()
    expect(screen.getByText('Enter digits only, for example 25 or 7.5, without units, commas or letters.')).toBeInTheDocument()
    expect(screen.getByText("This can't be negative. Enter 0 or more.")).toBeInTheDocument()
    expect(screen.getByText('Enter a number from 0 to 12.')).toBeInTheDocument()
    expect(screen.getByText('Enter a number from 18 to 100.')).toBeInTheDocument()
    expect(screen.getByText('Choose one of the options.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Age' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByText(/^\d+ of 120 points$/)).not.toBeInTheDocument()
    // Correcting a field clears its message.
    type('Age', '30')
    expect(screen.queryByText('Enter a number from 18 to 100.')).not.toBeInTheDocument()
  })

  it('explains bad input in Chinese', () => {
    act(() => useSettings.getState().setLanguage('zh-CN'))
    render(<PointsPage />)
    fireEvent.click(screen.getByRole('button', { name: '计算我的积分' }))
    expect(screen.getAllByRole('alert').length).toBeGreaterThan(1)
  })
})

describe('talent self-check', () => {
  it('leads from answers to the criterion, its materials and the application', () => {
    render(<TalentPage />)
    const yes = (question: RegExp) => fireEvent.click(within(screen.getByRole('radiogroup', { name: question })).getByRole('radio', { name: 'Yes' }))
    const no = (question: RegExp) => fireEvent.click(within(screen.getByRole('radiogroup', { name: question })).getByRole('radio', { name: 'No' }))
    yes(/Do you work in Beihai/)
    no(/category A Foreigner's Work Permit/)
    yes(/talent visa \(R visa\)/)
    expect(screen.getByText('You appear to qualify under criterion 2: Talent visa (R visa).')).toBeInTheDocument()
    // The numbers come from Beihai's data: 4 working days (2023 bundle), 50% (theatre), in principle 5 days (art. 5).
    expect(screen.getByText(/from one window within 4 working days, .* 50% off theatre tickets/)).toBeInTheDocument()
    expect(screen.getByText(/a decision comes in principle within 5 working days\./)).toBeInTheDocument()
    const materials = screen.getAllByRole('listitem').map((li) => li.textContent)
    expect(materials.some((m) => m?.includes('Copy of your foreign talent visa (R visa)'))).toBe(true)
    expect(materials.some((m) => m?.includes('Copy of your passport'))).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Start the application' }))
    expect(navigation.calls[0].url).toBe('/packages/apply/pages/start/index?kind=talent_certification&criterion=c2')
  })

  it('says why not when no criterion is met', () => {
    render(<TalentPage />)
    const answer = (question: RegExp, name: string) => fireEvent.click(within(screen.getByRole('radiogroup', { name: question })).getByRole('radio', { name }))
    answer(/Do you work in Beihai/, 'No')
    expect(screen.getByText('The certification is only for foreign talent working in Beihai.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Start the application' })).not.toBeInTheDocument()
  })
})
