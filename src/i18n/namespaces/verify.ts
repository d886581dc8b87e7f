/** The 'verify' namespace, registered by the subpackage that uses it (see ../resources.ts). */
import en from '@locales/en/verify.json'
import zh from '@locales/zh-CN/verify.json'
import { registerNamespace } from '../index'

registerNamespace('verify', en, zh)
