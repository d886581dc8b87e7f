import { render, screen, fireEvent } from '@testing-library/react'
import Taro, { navigation, __resetTaroDouble } from '../doubles/taro'
import { I18nextProvider } from 'react-i18next'
import { initI18n, i18n } from '@/i18n'
import { withBackHeader } from '@/components/withBackHeader.h5'
import { usePageTitle } from '@/hooks/usePageTitle'

function Page() {
  usePageTitle('Guide')
  return <div role='heading' aria-level={1}>Work permit</div>
}
const SubPage = withBackHeader(Page)

describe('H5 back header on a sub-page', () => {
  let pages: unknown[] = []
  beforeAll(() => {
    // The router's page stack: one page (opened directly) or two (opened from another page).
    (Taro as unknown as { getCurrentPages: () => unknown[] }).getCurrentPages = () => pages
  })
  beforeEach(() => {
    pages = [{}]
    __resetTaroDouble()
    initI18n('en')
  })

  test('shows the title the page sets, not as a second level-1 heading, and Back goes home when there is no page before', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <SubPage />
      </I18nextProvider>
    )
    expect(screen.getByText('Guide')).toBeTruthy()
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Work permit'])
    fireEvent.click(screen.getByRole('button', { name: 'Back' }))
    expect(navigation.calls).toEqual([{ kind: 'switchTab', url: '/pages/home/index' }])
  })

  test('Back goes to the page before when there is one', () => {
    pages = [{}, {}]
    render(
      <I18nextProvider i18n={i18n}>
        <SubPage />
      </I18nextProvider>
    )
    fireEvent.click(screen.getByRole('button', { name: 'Back' }))
    expect(navigation.calls).toEqual([{ kind: 'navigateBack', url: '' }])
  })

  test('speaks the reader language', () => {
    initI18n('zh-CN')
    render(
      <I18nextProvider i18n={i18n}>
        <SubPage />
      </I18nextProvider>
    )
    expect(screen.getByRole('button', { name: '返回' })).toBeTruthy()
  })
})
