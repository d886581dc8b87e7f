/** The 'eligibility' namespace, registered by the subpackages that use it (see ../resources.ts). */
import en from '@locales/en/eligibility.json'
import zh from '@locales/zh-CN/eligibility.json'
import { registerNamespace } from '../index'

registerNamespace('eligibility', en, zh)
