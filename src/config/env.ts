/**
 * Build-time configuration (TARO_APP_* variables from .env.* files, inlined by the build).
 * Checked once here so a bad value fails loudly at start-up instead of somewhere later.
 */
export interface AppEnv {
  api: 'mock' | 'http'
  apiBaseUrl: string
  subscribeTemplateIds: string[]
  /** The dev-only officer simulator and outbox are reachable. */
  devTools: boolean
}

export function parseEnv(raw: {
  api?: string
  apiBaseUrl?: string
  subscribeTemplates?: string
  nodeEnv?: string
}): AppEnv {
  const api = raw.api === 'http' ? 'http' : 'mock'
  const apiBaseUrl = (raw.apiBaseUrl ?? '').trim()
  if (api === 'http' && !/^https?:\/\/[^\s]+$/.test(apiBaseUrl)) {
    throw new Error(`TARO_APP_API_BASE_URL must be an http(s) URL when TARO_APP_API=http (got "${apiBaseUrl}")`)
  }
  return {
    api,
    apiBaseUrl: apiBaseUrl.replace(/\/+$/, ''),
    subscribeTemplateIds: (raw.subscribeTemplates ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    devTools: api === 'mock'
  }
}

export const env: AppEnv = parseEnv({
  api: process.env.TARO_APP_API,
  apiBaseUrl: process.env.TARO_APP_API_BASE_URL,
  subscribeTemplates: process.env.TARO_APP_SUBSCRIBE_TEMPLATES,
  nodeEnv: process.env.NODE_ENV
})
