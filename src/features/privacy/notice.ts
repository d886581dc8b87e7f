/**
 * The privacy notice shown before passport data or photos of documents are collected
 * (locales/<lang>/privacy.json, `notice.*`). Bump the version whenever the notice says something new:
 * everyone who agreed to an older version is asked again before the next form.
 */
export const PRIVACY_NOTICE_VERSION = 1

/** What the notice lists as collected, in order (keys under `privacy:notice.collect`). */
export const COLLECTED = ['passport', 'identity', 'photos', 'other'] as const

/** Sections of the notice after the list (heading and text keys under `privacy:notice`). */
export const NOTICE_SECTIONS = ['why', 'where', 'kept', 'choices'] as const

/** The id WeChat checks when the app answers its privacy request with "agree". */
export const AGREE_BUTTON_ID = 'agree-btn'
