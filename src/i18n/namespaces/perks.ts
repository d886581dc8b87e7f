/** The 'perks' namespace, registered by the subpackage that uses it (see ../resources.ts). */
import en from '@locales/en/perks.json'
import zh from '@locales/zh-CN/perks.json'
import { registerNamespace } from '../index'

registerNamespace('perks', en, zh)
