/**
 * The embedded demo backend as a transport, loaded with the first request: its code (handlers, seed
 * world, issuing keys, ~60 KB gzip) then stays out of pages that ask nothing of the backend, such as a
 * guide, and out of every page's first paint.
 */
import { exchangeAdapter } from './adapter'
import type { MockTransport } from './mock'
import { TransportFailure, type Transport, type TransportRequest, type UploadRequest } from './types'

export function createEmbeddedTransport(): Transport {
  let loading: Promise<MockTransport> | null = null
  const backend = (): Promise<MockTransport> => {
    loading ??= import(/* webpackChunkName: "embedded-backend" */ './mock').then(
      (m) => m.createMockTransport(),
      () => {
        // The code did not arrive (offline before it was ever loaded): as unreachable as a server, and tried again next time.
        loading = null
        throw new TransportFailure('network', 'The demo backend could not be loaded')
      }
    )
    return loading
  }
  return {
    kind: 'mock',
    adapter: exchangeAdapter((request: TransportRequest) => backend().then((t) => t.send(request))),
    upload: (request: UploadRequest) => backend().then((t) => t.upload(request))
  }
}
