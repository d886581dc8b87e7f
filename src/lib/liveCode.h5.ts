/**
 * The holder's live code on H5, made in a worker: signing the presentation, hashing its claim paths and
 * drawing the QR take ~100 ms of a cold page's JavaScript, and the certificate screen should answer
 * taps while the code is being made (and again every minute). Where a worker cannot be had (it failed
 * to start or to load), the code is made here instead, as the mini-program does.
 */
import { liveCodeImage, type LiveCodeImage, type LiveCodeRequest } from './liveCodeImage'

export type { LiveCodeImage, LiveCodeRequest }

type Reply = { id: number; code: LiveCodeImage; failed?: undefined } | { id: number; failed: true }

interface Pending {
  request: LiveCodeRequest
  resolve: (code: LiveCodeImage) => void
  reject: (error: Error) => void
}

let worker: Worker | null = null
let broken = false
let nextId = 0
const pending = new Map<number, Pending>()

function giveUpOnWorker(): void {
  broken = true
  worker?.terminate()
  worker = null
  // Whatever the worker was holding is made here instead.
  const waiting = [...pending.values()]
  pending.clear()
  for (const job of waiting) liveCodeImage(job.request).then(job.resolve, job.reject)
}

function startWorker(): Worker | null {
  if (worker || broken) return worker
  try {
    worker = new Worker(/* webpackChunkName: "live-code-worker" */ new URL('./liveCode.worker.ts', import.meta.url))
  } catch {
    broken = true
    return null
  }
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    const job = pending.get(data.id)
    if (!job) return
    pending.delete(data.id)
    if (data.failed) job.reject(new Error('The live code could not be made'))
    else job.resolve(data.code)
  }
  worker.onerror = giveUpOnWorker
  return worker
}

export function makeLiveCode(request: LiveCodeRequest): Promise<LiveCodeImage> {
  const target = startWorker()
  if (!target) return liveCodeImage(request)
  return new Promise((resolve, reject) => {
    const id = ++nextId
    pending.set(id, { request, resolve, reject })
    target.postMessage({ id, request })
  })
}

// Fetched and started while the certificate renders, so it is ready once the screen has painted.
if (typeof Worker === 'function') startWorker()
