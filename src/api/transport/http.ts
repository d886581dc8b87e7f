import Taro from '@tarojs/taro'
import { TransportFailure, type Transport, type TransportRequest, type TransportResponse, type UploadRequest } from './types'

/** `?a=1&b=x` from the query object; undefined values are left out, arrays repeat the key. */
export function queryString(query: TransportRequest['query']): string {
  if (!query) return ''
  const parts: string[] = []
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(item))}`)
  }
  return parts.length ? `?${parts.join('&')}` : ''
}

/** wx.request / fetch failures carry only a message ('request:fail timeout', ...): a timeout or the network. */
function toFailure(error: unknown): TransportFailure {
  const message = String((error as { errMsg?: string }).errMsg ?? error)
  return new TransportFailure(/timeout|timed out/i.test(message) ? 'timeout' : 'network', message)
}

/**
 * A real backend over HTTP through the platform's own request API (wx.request on weapp, fetch on H5):
 * no HTTP library in the mini-program's main package. Files go through Taro.uploadFile.
 */
export function createHttpTransport(baseURL: string, timeoutMs = 15000): Transport {
  return {
    kind: 'http',
    async send(request: TransportRequest): Promise<TransportResponse> {
      try {
        const response = await Taro.request({
          url: `${baseURL}${request.path}${queryString(request.query)}`,
          method: request.method.toUpperCase() as keyof Taro.request.Method,
          data: request.body,
          header: { 'content-type': 'application/json', ...request.headers },
          timeout: timeoutMs,
          dataType: 'json'
        })
        // Status codes are the client's business: it reads the error body of 4xx/5xx.
        return { status: response.statusCode, data: response.data }
      } catch (error) {
        throw toFailure(error)
      }
    },
    async upload(request: UploadRequest): Promise<TransportResponse> {
      try {
        const result = await Taro.uploadFile({
          url: `${baseURL}/uploads`,
          filePath: request.filePath,
          name: 'file',
          header: request.headers,
          formData: { name: request.name, mime: request.mime, size: String(request.size) },
          timeout: timeoutMs * 4
        })
        let data: unknown = result.data
        try {
          data = JSON.parse(result.data)
        } catch {
          /* left as text: the contract check will reject it */
        }
        return { status: result.statusCode, data }
      } catch (error) {
        throw toFailure(error)
      }
    }
  }
}
