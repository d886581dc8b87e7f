import { MockBackend } from '@mock/backend'
import { regionCores } from '@/content/regions/load'
import { followDemoClock } from '@/lib/demoClock'
import { isDeviceOffline } from '@/lib/network'
import { nextTask } from '@/lib/nextTask'
import { secureRandomBytes } from '@/lib/random'
import { mockRandomReady, seedMockRandom } from '@mock/random'
import { exchangeAdapter } from './adapter'
import { sealedMockPersistence } from './mockPersistence'
import { TransportFailure, type Transport, type TransportRequest, type TransportResponse, type UploadRequest } from './types'

export const MOCK_STORAGE_KEY = 'wic.mock.v1'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The embedded default: requests go to the mock backend in this process, through the same contract
 * checks as HTTP, with the backend's fault settings (latency, error rate, offline, fail-after-commit)
 * applied here so that the app's behaviour under faults can be exercised in a browser. Swapping the axios
 * adapter is all that separates it from HTTP; `send` is the same exchange without axios.
 */
export type MockTransport = Transport & { backend: MockBackend; send: (request: TransportRequest) => Promise<TransportResponse> }

export function createMockTransport(backend: MockBackend = createPersistentMockBackend()): MockTransport {
  async function exchange(request: TransportRequest): Promise<TransportResponse> {
    const faults = backend.faults
    const isDevRoute = request.path.startsWith('/dev/')
    if (!isDevRoute) {
      // The backend lives in this page, but stands for a server far away: with no network on the device
      // (flight mode, the browser offline) it is as unreachable as the real one would be. The officer
      // simulator's dev routes stay reachable so faults can always be switched off again.
      if (isDeviceOffline()) throw new TransportFailure('network', 'This device is offline')
      if (faults.latencyMs > 0) {
        await sleep(faults.latencyMs)
        // The network may have gone while the answer was on its way.
        if (isDeviceOffline()) throw new TransportFailure('network', 'This device is offline')
      }
      if (faults.offline) throw new TransportFailure('network', 'Mock backend is offline')
      if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
        return { status: 503, data: { error: { code: 'unavailable', message: 'Injected failure' } } }
      }
    }
    // WeChat has no synchronous secure random source: the backend's is seeded once from the asynchronous one.
    if (!mockRandomReady()) seedMockRandom(await secureRandomBytes(32))
    if (!backend.isOpen) {
      // Opening the saved world (unsealing and reading it) is the backend's heaviest step: a task of its own,
      // apart from the page's work before it and the request after it.
      await nextTask()
      void backend.state
      await nextTask()
    }
    // A deep copy each way: the app must never share objects with the backend's state.
    const response = backend.handle({ ...request, body: request.body === undefined ? undefined : JSON.parse(JSON.stringify(request.body)) })
    // One clock: the app counts days on the time the backend answered at (the officer simulator moves it).
    followDemoClock(backend.state.clock)
    if (!isDevRoute && faults.failAfterCommit && request.method !== 'GET') {
      throw new TransportFailure('timeout', 'Injected timeout after the server accepted the request')
    }
    const data: unknown = JSON.parse(JSON.stringify(response.data))
    // A server's answer reaches the page as a task of its own; so does this one, and the page's work on it
    // (checking it, rendering) does not run in one piece with the backend's.
    await nextTask()
    return { status: response.status, data }
  }

  const transport: MockTransport = {
    kind: 'mock',
    backend,
    // Through `send`, looked up per request: tests wrap it to watch or reshape what the backend answers.
    adapter: exchangeAdapter((request: TransportRequest) => transport.send(request)),
    send: exchange,
    upload(request: UploadRequest) {
      return exchange({
        method: 'POST',
        path: '/uploads',
        headers: request.headers,
        body: { name: request.name, mime: request.mime, size: request.size, filePath: request.filePath }
      })
    }
  }
  return transport
}

export function createPersistentMockBackend(): MockBackend {
  const backend = new MockBackend({
    regions: regionCores,
    // Sealed at rest: the demo world is full of passport numbers.
    persistence: sealedMockPersistence(MOCK_STORAGE_KEY)
  })
  // The benchmark loads thousands of cases straight into the demo backend (more than browser storage holds).
  ;(globalThis as { __wicMockBackend?: MockBackend }).__wicMockBackend = backend
  return backend
}
