/** The 'apply' namespace, registered by the subpackage that uses it (see ../resources.ts). */
import en from '@locales/en/apply.json'
import zh from '@locales/zh-CN/apply.json'
import { registerNamespace } from '../index'

registerNamespace('apply', en, zh)
