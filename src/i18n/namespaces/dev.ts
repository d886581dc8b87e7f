/** The 'dev' namespace, registered by the subpackage that uses it (see ../resources.ts). */
import en from '@locales/en/dev.json'
import zh from '@locales/zh-CN/dev.json'
import { registerNamespace } from '../index'

registerNamespace('dev', en, zh)
