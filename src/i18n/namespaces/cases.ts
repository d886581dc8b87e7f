/** The 'cases' namespace, registered by the subpackage that uses it (see ../resources.ts). */
import en from '@locales/en/cases.json'
import zh from '@locales/zh-CN/cases.json'
import { registerNamespace } from '../index'

registerNamespace('cases', en, zh)
