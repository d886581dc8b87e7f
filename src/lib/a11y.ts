/**
 * Keyboard and screen-reader support shared by every screen. The mini-program renders native components, so
 * here there is nothing to install; the H5 build resolves `a11y.h5.ts` instead.
 */

export { focusable, controlAria, switchAria, imageAlt } from './a11yProps'

/** H5 only: Enter/Space on focusable Views, roles and tab stops for Taro's buttons, landmarks. */
export function installA11y(): void {}

/** H5 only: the accessible name of the tab bar, in the current language. */
export function setTabBarLabel(_label: string): void {}
