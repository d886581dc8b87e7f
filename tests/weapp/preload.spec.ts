/**
 * preloadRule: on Wi-Fi, entering a tab fetches the subpackages its tiles, links and buttons lead to, so a
 * tap there never waits for a download. Each tab is opened by each role and every control on it is tapped.
 */
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { tabRoutes } from '@/routes'
import type { MiniProgram } from './harness/miniProgram'
import { textOf, type WxElement } from './harness/tree'
import { ROLE_ACCOUNT, builtOrSkip, launch, localeText, signIn, type Role } from './support'

/** Controls a person taps: buttons, links, tiles (role=button / link). */
function controls(app: MiniProgram): WxElement[] {
  const signOut = localeText('en', 'common', 'actions.signOut')
  return app.elements().filter((el) => (el.tag === 'button' || el.attrs.role === 'button' || el.attrs.role === 'link') && textOf(el) !== signOut)
}

describe('weapp: preloadRule fetches, on Wi-Fi, the subpackages each tab leads to', { skip: builtOrSkip('embedded') }, () => {
  for (const role of ['guest', 'talent', 'hr', 'verifier'] as Role[]) {
    test(role, async () => {
      const { app, device } = await launch('embedded', 'en')
      try {
        if (role !== 'guest') await signIn(app, device, ROLE_ACCOUNT[role])
        const reached: string[] = []
        for (const tab of Object.values(tabRoutes)) {
          await app.navigate('reLaunch', `/${tab.path}`)
          const count = controls(app).length
          for (let i = 0; i < count; i++) {
            // A phone with no subpackage yet, entering the tab (WeChat applies the rule then).
            app.downloadedPackages.clear()
            app.coldPackageOpens.length = 0
            await app.navigate('reLaunch', `/${tab.path}`)
            const control = controls(app)[i]
            if (!control) continue
            await app.tap(control)
            const route = app.current!.route
            const pkg = app.packageOf(route)
            if (!pkg || route === tab.path) continue
            reached.push(`${tab.path} -> ${route}`)
            assert.deepEqual(app.coldPackageOpens, [], `${role}: "${textOf(control)}" on ${tab.path} opened ${route} before ${pkg} was fetched`)
          }
        }
        assert.ok(reached.length > 0, `${role}: no control on a tab leads to a subpackage`)
        assert.deepEqual(app.errors, [])
      } finally {
        app.kill()
      }
    })
  }
})
