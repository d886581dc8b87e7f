import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStateStorage } from '@/lib/storage'
import { isLanguage, languageFromDevice, setLanguage, type Language } from '@/i18n'

export interface SettingsState {
  language: Language
  /** null: follow the signed-in user's region. */
  regionId: string | null
  setLanguage: (language: Language) => void
  setRegion: (regionId: string | null) => void
}

export function deviceLanguage(): Language {
  try {
    // getAppBaseInfo, not getSystemInfoSync: the latter is deprecated on WeChat, and on H5 it measures the
    // window and parses the user agent (~3-7 ms at start-up) only for the language to be read from it.
    return languageFromDevice(Taro.getAppBaseInfo().language)
  } catch {
    return 'en'
  }
}

export const SETTINGS_STORAGE_KEY = 'wic.settings'

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      language: deviceLanguage(),
      regionId: null,
      setLanguage: (language) => {
        setLanguage(language)
        set({ language })
      },
      setRegion: (regionId) => set({ regionId })
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => taroStateStorage),
      partialize: (s) => ({ language: s.language, regionId: s.regionId }),
      migrate: (persisted) => {
        const p = (persisted ?? {}) as Partial<SettingsState>
        return { language: isLanguage(p.language) ? p.language : deviceLanguage(), regionId: typeof p.regionId === 'string' ? p.regionId : null }
      }
    }
  )
)
