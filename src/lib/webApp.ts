/**
 * The installable web app (H5 only: webApp.h5.ts). The mini-program is installed and updated by WeChat,
 * so here there is nothing to do.
 */
import type { Language } from '@/i18n'

export function installWebApp(): void {}

export function setWebAppLanguage(_language: Language): void {}
