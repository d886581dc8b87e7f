/** H5: a new version is announced, and the page reloads only when the reader chooses to. */
import { initI18n, setLanguage } from '@/i18n'
import { announceUpdate, reloadWhenUpdated, setWebAppLanguage, watchForUpdates } from '@/lib/webApp.h5'

type Listener = () => void

function fakeServiceWorkers(controller: object | null) {
  const listeners: Record<string, Listener[]> = {}
  const container = {
    controller,
    addEventListener: (type: string, fn: Listener) => (listeners[type] ??= []).push(fn),
    emit: (type: string) => (listeners[type] ?? []).forEach((fn) => fn())
  }
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true })
  return container
}

function fakeWorker(state = 'installed') {
  const listeners: Listener[] = []
  return {
    state,
    postMessage: jest.fn(),
    addEventListener: (_: string, fn: Listener) => listeners.push(fn),
    become(next: string) {
      this.state = next
      listeners.forEach((fn) => fn())
    }
  }
}

function fakeRegistration(waiting: ReturnType<typeof fakeWorker> | null = null) {
  const listeners: Listener[] = []
  return {
    waiting,
    installing: null as ReturnType<typeof fakeWorker> | null,
    update: jest.fn(() => Promise.resolve()),
    addEventListener: (_: string, fn: Listener) => listeners.push(fn),
    found(worker: ReturnType<typeof fakeWorker>) {
      this.installing = worker
      listeners.forEach((fn) => fn())
    }
  }
}

const banner = () => document.getElementById('wic-update')
const button = (name: string) => Array.from(document.querySelectorAll('#wic-update button')).find((b) => b.textContent === name) as HTMLButtonElement

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  banner()?.remove()
})

describe('a new version of the H5 app', () => {
  it('is announced when it has installed beside the running one, and takes over only when the reader reloads', () => {
    const container = fakeServiceWorkers({})
    const reload = jest.fn()
    reloadWhenUpdated(reload)
    const registration = fakeRegistration()
    watchForUpdates(registration as unknown as ServiceWorkerRegistration)
    const next = fakeWorker('installing')
    registration.found(next)
    expect(banner()).toBeNull()
    next.become('installed')

    expect(banner()).toHaveAttribute('role', 'status')
    expect(banner()).toHaveTextContent('A new version is ready.')
    // Another tab's choice (a take-over the reader did not ask for) does not reload this one.
    container.emit('controllerchange')
    expect(reload).not.toHaveBeenCalled()

    button('Reload now').click()
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
    container.emit('controllerchange')
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('says nothing on the first install (no running version to replace)', () => {
    fakeServiceWorkers(null)
    const registration = fakeRegistration(fakeWorker())
    watchForUpdates(registration as unknown as ServiceWorkerRegistration)
    expect(banner()).toBeNull()
  })

  it('can be put off, and speaks the reader’s language', () => {
    fakeServiceWorkers({})
    const waiting = fakeWorker()
    announceUpdate(waiting as unknown as ServiceWorker)
    setLanguage('zh-CN')
    expect(banner()).toHaveTextContent('新版本已就绪。')
    button('稍后').click()
    expect(banner()).toBeNull()
    expect(waiting.postMessage).not.toHaveBeenCalled()
  })
})

describe('the web app manifest', () => {
  it('follows the reader’s language', () => {
    document.head.innerHTML = '<link rel="manifest" href="./manifest.en.webmanifest">'
    setWebAppLanguage('zh-CN')
    expect(document.querySelector('link[rel="manifest"]')).toHaveAttribute('href', './manifest.zh-CN.webmanifest')
  })
})
