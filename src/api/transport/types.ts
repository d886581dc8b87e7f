import type { AxiosAdapter } from 'axios'
import type { Method } from '../contract'

export interface TransportRequest {
  method: Method
  /** Path with parameters filled in, e.g. /cases/c-1. */
  path: string
  query?: Record<string, unknown>
  body?: unknown
  headers: Record<string, string>
}

export interface TransportResponse {
  status: number
  data: unknown
}

export interface UploadRequest {
  filePath: string
  name: string
  mime: string
  size: number
  headers: Record<string, string>
}

/**
 * How requests reach a backend: the axios adapter behind the client's one axios instance (Taro.request, or
 * the embedded mock in this process), and file uploads, which stay on Taro.uploadFile.
 */
export interface Transport {
  readonly kind: 'http' | 'mock'
  readonly adapter: AxiosAdapter
  upload(request: UploadRequest): Promise<TransportResponse>
}

/** Thrown by an exchange when no HTTP answer arrived at all. */
export class TransportFailure extends Error {
  constructor(
    readonly reason: 'network' | 'timeout',
    message: string
  ) {
    super(message)
    this.name = 'TransportFailure'
  }
}
