/**
 * H5 as an installable app that opens offline (config/pwa.cjs builds the worker and the manifests).
 *
 * The service worker precaches the whole build. A new build's worker installs beside the running one and
 * waits; the reader is told "a new version is ready" and chooses when to reload, so a session in progress
 * (a form half filled, a code on show) is never reloaded under them. Reloading asks the waiting worker to
 * take over, and the page reloads once it has.
 */
import { i18n, type Language } from '@/i18n'

const BANNER_ID = 'wic-update'

export function installWebApp(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  // Watch builds have no worker (it would serve stale files while developing).
  if (process.env.NODE_ENV === 'development') return
  const register = () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(watchForUpdates)
      .catch(() => undefined)
  }
  // After the page has loaded: the worker's precaching must not compete with the first screen's files.
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}

/** The manifest in the reader's language, for the name an install prompt and home screen show. */
export function setWebAppLanguage(language: Language): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')
  const href = `./manifest.${language}.webmanifest`
  if (link && link.getAttribute('href') !== href) link.setAttribute('href', href)
}

export function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const container = navigator.serviceWorker
  // The first install has no worker to replace: nothing to announce.
  const isUpdate = () => container.controller !== null
  if (registration.waiting && isUpdate()) announceUpdate(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing
    if (!worker) return
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && isUpdate()) announceUpdate(worker)
    })
  })
  // A session left open for days still hears of a new version when it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined)
  })
}

let reloadWhenTakenOver = false

/** The waiting worker has the new version; the reader decides when it takes over. */
export function announceUpdate(waiting: ServiceWorker): void {
  if (document.getElementById(BANNER_ID)) return
  const banner = document.createElement('div')
  banner.id = BANNER_ID
  banner.setAttribute('role', 'status')
  banner.style.cssText =
    'position:fixed;left:12px;right:12px;bottom:calc(64px + env(safe-area-inset-bottom,0px));z-index:1000;display:flex;align-items:center;gap:8px;' +
    'padding:10px 12px;border-radius:8px;background:#0b5cad;color:#fff;font-size:15px;line-height:1.4;box-shadow:0 2px 8px rgba(0,0,0,.25)'
  const text = document.createElement('span')
  text.style.flex = '1'
  const reload = document.createElement('button')
  const later = document.createElement('button')
  const buttonStyle = 'min-height:44px;padding:0 12px;border-radius:6px;font-size:15px;border:1px solid #fff;'
  reload.style.cssText = buttonStyle + 'background:#fff;color:#0b5cad;font-weight:600'
  later.style.cssText = buttonStyle + 'background:transparent;color:#fff'
  reload.type = 'button'
  later.type = 'button'
  const say = () => {
    text.textContent = i18n.t('pwa.updateReady')
    reload.textContent = i18n.t('pwa.reload')
    later.textContent = i18n.t('pwa.later')
  }
  say()
  i18n.on('languageChanged', say)
  const close = () => {
    i18n.off('languageChanged', say)
    banner.remove()
  }
  reload.addEventListener('click', () => {
    reloadWhenTakenOver = true
    reload.disabled = true
    waiting.postMessage({ type: 'SKIP_WAITING' })
  })
  later.addEventListener('click', close)
  banner.append(text, reload, later)
  document.body.appendChild(banner)
}

/** Reloads once the new worker has taken over, if the reader asked for it (`reload` is replaceable in tests). */
export function reloadWhenUpdated(reload: () => void = () => window.location.reload()): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only the reader's own choice reloads the page; another tab's choice leaves this one as it is.
    if (reloadWhenTakenOver) reload()
  })
}

if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) reloadWhenUpdated()
