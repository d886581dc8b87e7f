import Taro from '@tarojs/taro'
import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { noAnswer, settle, transportRequest } from './adapter'
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
function failureReason(error: unknown): { reason: TransportFailure['reason']; message: string } {
  const message = String((error as { errMsg?: string }).errMsg ?? error)
  return { reason: /timeout|timed out/i.test(message) ? 'timeout' : 'network', message }
}

/**
 * axios over the platform's own request API (wx.request on weapp, fetch on H5): no XMLHttpRequest shim in the
 * mini-program. Any HTTP status is an answer; the client's interceptor reads the error body of 4xx/5xx.
 */
export function taroRequestAdapter(baseURL: string, timeoutMs: number): AxiosAdapter {
  return async (config: InternalAxiosRequestConfig) => {
    const request = transportRequest(config)
    let response: Taro.request.SuccessCallbackResult
    try {
      response = await Taro.request({
        url: `${baseURL}${request.path}${queryString(request.query)}`,
        method: request.method as keyof Taro.request.Method,
        data: request.body,
        header: request.headers,
        timeout: config.timeout || timeoutMs,
        dataType: 'json'
      })
    } catch (error) {
      const { reason, message } = failureReason(error)
      throw noAnswer(config, reason, message)
    }
    return settle(config, { status: response.statusCode, data: response.data, headers: response.header as Record<string, string> })
  }
}

/** A real backend over HTTP. Files go through Taro.uploadFile (multipart, which wx.request cannot send). */
export function createHttpTransport(baseURL: string, timeoutMs = 15000): Transport {
  return {
    kind: 'http',
    adapter: taroRequestAdapter(baseURL, timeoutMs),
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
        const { reason, message } = failureReason(error)
        throw new TransportFailure(reason, message)
      }
    }
  }
}
