/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    /** 'mock' (default): the embedded mock backend runs in-process. 'http': a real backend at TARO_APP_API_BASE_URL. */
    TARO_APP_API?: 'mock' | 'http'
    TARO_APP_API_BASE_URL?: string
    /** Comma-separated WeChat subscribe-message template ids. */
    TARO_APP_SUBSCRIBE_TEMPLATES?: string
    TARO_APP_ID?: string
  }
}
