/** The 'validation' namespace, registered by the subpackages that use it (see ../resources.ts). */
import en from '@locales/en/validation.json'
import zh from '@locales/zh-CN/validation.json'
import { registerNamespace } from '../index'

registerNamespace('validation', en, zh)
