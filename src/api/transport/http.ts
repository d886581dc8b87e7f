import axios, { type AxiosInstance } from 'axios'
import Taro from '@tarojs/taro'
import { TransportFailure, type Transport, type TransportRequest, type TransportResponse, type UploadRequest } from './types'

/**
 * A real backend over HTTP: one axios instance (on weapp @tarojs/plugin-http turns it into wx.request),
 * files through Taro.uploadFile because that plugin disables FormData/Blob.
 */
export function createHttpTransport(baseURL: string, timeoutMs = 15000): Transport {
  const instance: AxiosInstance = axios.create({
    baseURL,
    timeout: timeoutMs,
    // Status codes are the client's business: it reads the error body of 4xx/5xx.
    validateStatus: () => true
  })

  return {
    kind: 'http',
    async send(request: TransportRequest): Promise<TransportResponse> {
      try {
        const response = await instance.request({
          method: request.method,
          url: request.path,
          params: request.query,
          data: request.body,
          headers: request.headers
        })
        return { status: response.status, data: response.data }
      } catch (error) {
        const code = (error as { code?: string }).code
        throw new TransportFailure(code === 'ECONNABORTED' || code === 'ETIMEDOUT' ? 'timeout' : 'network', String(error))
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
        throw new TransportFailure('network', String((error as { errMsg?: string }).errMsg ?? error))
      }
    }
  }
}
