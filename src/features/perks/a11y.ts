/** The shared helper; Enter/Space on these Views comes from installA11y (src/lib/a11y.h5.ts). */
export { focusable, imageAlt, switchAria } from '@/lib/a11y'
