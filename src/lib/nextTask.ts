/**
 * Resolves in a new task, ahead of timers (a MessageChannel message, not setTimeout's clamped delay), so
 * that what runs after it is not part of the current long task: the browser can paint and answer input
 * in between. Where there is no MessageChannel (the mini-program's logic thread, which never blocks
 * painting; jsdom in tests) it resolves as a microtask.
 */
let channel: MessageChannel | null = null
const waiting: Array<() => void> = []

export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return Promise.resolve()
  if (!channel) {
    channel = new MessageChannel()
    channel.port1.onmessage = () => waiting.shift()?.()
  }
  const port = channel.port2
  return new Promise<void>((resolve) => {
    waiting.push(resolve)
    port.postMessage(null)
  })
}
