/**
 * Whether this device has a network at all, as the platform reports it. This file is the browser's (H5,
 * and jsdom in tests); network.weapp.ts asks WeChat.
 *
 * Why the app needs it: the embedded mock backend runs inside the page, so without this check a phone
 * in flight mode would still "reach" it, and the app would never show what a real outage looks like.
 * The error notice also uses it to tell "your phone is offline" from "the service does not answer".
 */
export function isDeviceOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}

/** Calls `listener` each time the device gets a network back; returns the unsubscribe function. */
export function onNetworkBack(listener: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => undefined
  window.addEventListener('online', listener)
  return () => window.removeEventListener('online', listener)
}
