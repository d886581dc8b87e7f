import Taro from '@tarojs/taro'

/** Brings a field into view (the keyboard and a long form can hide it). A convenience: never fails. */
export function scrollToField(id: string): void {
  try {
    if (typeof Taro.pageScrollTo === 'function') void Taro.pageScrollTo({ selector: `#${id}`, duration: 200, offsetTop: -80 } as Taro.pageScrollTo.Option).catch(() => undefined)
  } catch {
    /* not supported here */
  }
}
