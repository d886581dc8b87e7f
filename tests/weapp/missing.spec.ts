/**
 * A page opened with a missing or unknown id (an old link, a shared one that was cut short) says so and
 * offers a way back: back to the page before, or to where such things are listed when it was opened alone.
 */
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { routeUrl, type RouteName, type RouteParams } from '@/routes'
import { textOf } from './harness/tree'
import { builtOrSkip, launch, localeText, signIn } from './support'

const CASES: [RouteName, RouteParams, 'hr' | 'talent'][] = [
  ['caseDetail', { id: 'case-does-not-exist' }, 'hr'],
  ['caseDetail', {}, 'hr'],
  ['appointment', { id: 'case-does-not-exist' }, 'hr'],
  ['appointment', {}, 'hr'],
  ['guideDetail', { region: 'gansu', type: 'bundle', id: 'no-such-guide' }, 'hr'],
  ['guideDetail', {}, 'hr'],
  ['applyForm', { draftId: 'no-such-draft' }, 'hr'],
  ['perkService', { id: 'no-such-perk' }, 'talent'],
  ['perkService', {}, 'talent']
]

describe('weapp: a missing or unknown id is said, with a way back', { skip: builtOrSkip('embedded') }, () => {
  for (const role of ['hr', 'talent'] as const) {
    test(`${role}: every page that takes an id`, async () => {
      const { app, device } = await launch('embedded', 'en')
      try {
        await signIn(app, device, role === 'hr' ? 'hr.gansu' : 'alice')
        device.privacyAgreed = true
        for (const [name, params] of CASES.filter((c) => c[2] === role)) {
          const where = `${name} ${JSON.stringify(params)}`
          // Opened from the home page, as a link in a chat would be.
          await app.navigate('switchTab', '/pages/home/index')
          await app.navigate('navigateTo', routeUrl(name, params))
          const agree = app.queryByText(localeText('en', 'privacy', 'notice.agree'))
          if (agree) await app.tap(agree)
          await app.waitFor(() => app.elements().some((el) => el.attrs.role === 'alert' || el.attrs.role === 'status'))
          const notice = app.elements().find((el) => el.attrs.role === 'alert' || el.attrs.role === 'status')!
          assert.ok(textOf(notice).length > 10, `${where}: says what is wrong (${textOf(notice)})`)
          const back = app.elements().filter((el) => el.tag === 'button' && textOf(el) && !/Try again/.test(textOf(el)))
          assert.ok(back.length, `${where}: a way back\n${app.current!.outline().slice(0, 1500)}`)
          const depth = app.stack.length
          await app.tap(back[back.length - 1])
          await app.waitFor(() => app.stack.length < depth || app.current!.route !== routePathOf(name))
          assert.deepEqual(app.errors, [], where)
        }
      } finally {
        app.kill()
      }
    })
  }
})

function routePathOf(name: RouteName): string {
  return routeUrl(name).replace(/^\//, '')
}
