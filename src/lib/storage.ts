import Taro from '@tarojs/taro'
import type { StateStorage } from 'zustand/middleware'

/** zustand persist over Taro's sync storage: localStorage on H5, wx storage on weapp. */
export const taroStateStorage: StateStorage = {
  getItem: (name) => {
    try {
      const value = Taro.getStorageSync(name)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    try {
      Taro.setStorageSync(name, value)
    } catch {
      // Storage full or unavailable: state stays in memory for this run.
    }
  },
  removeItem: (name) => {
    try {
      Taro.removeStorageSync(name)
    } catch {
      /* nothing stored */
    }
  }
}

export function readJson<T>(key: string): T | null {
  const raw = taroStateStorage.getItem(key)
  if (typeof raw !== 'string') return null
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}

export function writeJson(key: string, value: unknown): void {
  taroStateStorage.setItem(key, JSON.stringify(value))
}
