import { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import type { Method } from '../contract'
import { TransportFailure, type TransportRequest, type TransportResponse } from './types'

/** The request in the contract's terms: method, filled-in path, query object, body object, headers. */
export function transportRequest(config: InternalAxiosRequestConfig): TransportRequest {
  return {
    method: (config.method ?? 'get').toUpperCase() as Method,
    path: config.url ?? '',
    query: config.params as Record<string, unknown> | undefined,
    body: config.data,
    headers: config.headers.toJSON(true)
  }
}

/** An answer arrived: resolved or rejected by the config's validateStatus, as axios's own adapters do. */
export function settle(config: InternalAxiosRequestConfig, answer: TransportResponse & { headers?: Record<string, string> }): AxiosResponse {
  const response: AxiosResponse = {
    data: answer.data,
    status: answer.status,
    statusText: '',
    headers: AxiosHeaders.from(answer.headers ?? {}),
    config,
    request: null
  }
  if (!config.validateStatus || config.validateStatus(response.status)) return response
  const code = response.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
  throw new AxiosError(`Request failed with status code ${response.status}`, code, config, null, response)
}

/** No answer arrived: axios's codes for a timeout and for the network. */
export function noAnswer(config: InternalAxiosRequestConfig, reason: TransportFailure['reason'], message: string): AxiosError {
  return new AxiosError(message, reason === 'timeout' ? AxiosError.ETIMEDOUT : AxiosError.ERR_NETWORK, config)
}

/** An axios adapter over a function that answers requests in-process: the embedded backend, a test's canned answers. */
export function exchangeAdapter(exchange: (request: TransportRequest) => Promise<TransportResponse>): AxiosAdapter {
  return async (config) => {
    let answer: TransportResponse
    try {
      answer = await exchange(transportRequest(config))
    } catch (error) {
      throw error instanceof TransportFailure ? noAnswer(config, error.reason, error.message) : error
    }
    return settle(config, answer)
  }
}
