/**
 * H5: every sub-page gets a header with a way back and its title in the reader's language. A browser has no
 * navigation bar of the mini-program's kind, and a page opened from a shared link has no page to go back to.
 *
 * Back goes to the page before when the app has one (browser history, through the router), else home. The
 * title is the one the page sets with `usePageTitle`, passed up through `PageTitleContext` before the first
 * paint. It is not a heading: each page has its own level-1 heading, which says more (the case, the perk).
 */
import { useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { goBack } from '@/lib/navigation'
import { PageTitleContext } from '@/hooks/pageTitleContext'
import './BackHeader.h5.scss'

function BackHeader({ title }: { title: string }) {
  const { t } = useTranslation('common')
  return (
    <div className='back-header'>
      <button type='button' className='back-header__back' onClick={() => goBack('home')}>
        <span className='back-header__arrow' aria-hidden='true'>
          ‹
        </span>
        {t('actions.back')}
      </button>
      <div className='back-header__title'>{title}</div>
    </div>
  )
}

export function withBackHeader<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function SubPage(props: P) {
    const [title, setTitle] = useState('')
    return (
      <PageTitleContext.Provider value={setTitle}>
        <BackHeader title={title} />
        <Page {...props} />
      </PageTitleContext.Provider>
    )
  }
  SubPage.displayName = `withBackHeader(${Page.displayName ?? Page.name ?? 'Page'})`
  return SubPage
}
