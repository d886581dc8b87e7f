import 'i18next'
import type { Resources } from '../src/i18n/resources'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: Resources
  }
}
