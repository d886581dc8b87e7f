/**
 * Platform files match their default, checked by tsc (this file is never imported by the app).
 *
 * The Taro build picks `foo.h5.ts` or `foo.weapp.ts` over `foo.ts` for its platform, while tsc, jest and
 * every caller see only `foo.ts`. So a platform file must export everything its default exports, with a
 * type the default's callers accept, and nothing else: an export only one platform has is either dead or
 * reached by a path the other platform's build cannot resolve.
 *
 * One line per platform file; tests/unit/platform-variants.test.ts fails when a platform file on disk has
 * no line here. A platform file with no default (`verify/qrDecoder.h5.ts`) is imported by its full name
 * from other files of the same platform only, so it has nothing to match.
 */

/**
 * Compiles when `V` has every export of `Base`, each with a type `Base`'s callers accept, and no other.
 * `TestOnly` names exports that one side has for its own tests only: they are not compared.
 */
type Variant<Base, V extends Omit<Base, TestOnly> & NoOtherExports<Base, V, TestOnly>, TestOnly extends PropertyKey = never> = V
type NoOtherExports<Base, V, TestOnly> = { [K in Exclude<keyof V, keyof Base | TestOnly>]: never }

// One line per platform file, however long, so adding or removing a file touches one line.
// prettier-ignore
export type PlatformVariants = [
  Variant<typeof import('@/api/transport/embedded'), typeof import('@/api/transport/embedded.h5')>,
  Variant<typeof import('@/components/PlainBox'), typeof import('@/components/PlainBox.h5')>,
  Variant<typeof import('@/components/withBackHeader'), typeof import('@/components/withBackHeader.h5')>,
  Variant<typeof import('@/features/account/wechatLogin'), typeof import('@/features/account/wechatLogin.weapp')>,
  Variant<typeof import('@/features/cases/subscribe'), typeof import('@/features/cases/subscribe.weapp')>,
  Variant<typeof import('@/features/certificate/deviceKey'), typeof import('@/features/certificate/deviceKey.h5')>,
  Variant<typeof import('@/features/certificate/screen'), typeof import('@/features/certificate/screen.h5')>,
  Variant<typeof import('@/features/privacy/platform'), typeof import('@/features/privacy/platform.weapp')>,
  Variant<typeof import('@/features/verify/scan'), typeof import('@/features/verify/scan.h5'), 'scanWithCamera'>,
  Variant<typeof import('@/lib/a11y'), typeof import('@/lib/a11y.h5')>,
  Variant<typeof import('@/lib/network'), typeof import('@/lib/network.weapp')>,
  Variant<typeof import('@/lib/prefetchRoute'), typeof import('@/lib/prefetchRoute.h5')>,
  Variant<typeof import('@/lib/random'), typeof import('@/lib/random.h5')>,
  Variant<typeof import('@/lib/random'), typeof import('@/lib/random.weapp')>,
  Variant<typeof import('@/lib/tabBar'), typeof import('@/lib/tabBar.h5')>,
  Variant<typeof import('@/lib/webApp'), typeof import('@/lib/webApp.h5'), 'watchForUpdates' | 'announceUpdate' | 'reloadWhenUpdated'>,
]
