/**
 * The main journeys on the embedded weapp build, in English, signed in the WeChat way, as people do them:
 * a holder's code that a verifier's phone reads and trusts, HR filing a Gansu bundle, a box office scanning
 * a code (and refusing a tampered one), and a draft that survives WeChat killing the app.
 */
import { after, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { signRevocationList } from '@/domain/certificate/revocation'
import { trustedKeysAt } from '@/domain/certificate/trust'
import { SHIPPED_ISSUER_KEY_LIST } from '@/domain/certificate/trustRoot'
import type { Purpose } from '@/domain/certificate/types'
import { verifyPresentation } from '@/domain/certificate/verify'
import { isSealed } from '@/lib/seal'
import { createIssuerKey } from '@mock/issuer'
import type { MiniProgram } from './harness/miniProgram'
import { readQrImage } from './harness/qrImage'
import { liveCodeFigures } from './measure'
import { allElements, textOf, type WxElement } from './harness/tree'
import { Device } from './harness/device'
import {
  MOCK_SERVER_PORT,
  SETDATA_BUDGET,
  builtOrSkip,
  printPlatformSurface,
  launch,
  localeText,
  open,
  signIn,
  weChatSignInButton,
  type BuildName
} from './support'
import { startMockServer } from '@mock/server'

const issuer = createIssuerKey()
/** A desk that has never been online (the keys shipped in the build) and holds a current revocation list. */
function verifyAtDesk(code: string, purpose: Purpose) {
  const nowMs = Date.now()
  const list = signRevocationList({ seq: 1, issuedAt: nowMs - 60_000, revoked: [] }, { secretKey: issuer.secretKey })
  return verifyPresentation(code, { issuerKeys: trustedKeysAt(SHIPPED_ISSUER_KEY_LIST, nowMs), revocationLists: [list], purpose, nowMs })
}

/** The holder's live code for a desk, as the verifier's camera reads it off the screen. */
async function holderCode(app: MiniProgram, purpose: 'theatre' | 'hospital'): Promise<string> {
  await app.navigate('switchTab', '/pages/certificate/index')
  const tab = () => app.elements().find((el) => el.attrs.role === 'tab' && textOf(el) === localeText('en', 'certificate', `purpose.${purpose}`))
  await app.waitFor(() => !!tab(), 8000)
  await app.tap(tab()!)
  const image = () => app.elements().find((el) => el.tag === 'image' && String(el.attrs.src ?? '').startsWith('data:image/svg+xml'))
  await app.waitFor(() => !!image())
  const text = readQrImage(String(image()!.attrs.src))
  assert.ok(text, 'the code on screen reads as a QR code')
  return text
}

function field(app: MiniProgram, label: string): WxElement {
  return app.getInput(label)
}

function button(app: MiniProgram, text: string): WxElement {
  const found = app.elements().filter((el) => el.tag === 'button' && textOf(el) === text)
  assert.ok(found.length, `a button "${text}" on ${app.current?.route}\n${app.current?.text().slice(0, 1200)}`)
  return found[found.length - 1]
}

/** HR answers a supplement with a photo after WeChat forgot the privacy agreement: asked again, 'Not now', then agreed. */
async function answerSupplementWithPhoto(build: BuildName): Promise<void> {
  const { app, device } = await launch(build, 'en')
  try {
    await signIn(app, device, 'hr.gansu')
    await open(app, 'caseDetail', { id: 'case-gs-1' })
    await app.tap(button(app, localeText('en', 'privacy', 'settings.read')))
    await app.tap(app.getByText(localeText('en', 'privacy', 'notice.agree')))
    const upload = () => button(app, localeText('en', 'cases', 'supplement.uploadMaterial'))
    await app.waitFor(() => !!upload())
    // The person removed the mini-program from WeChat's recent list: WeChat forgets the agreement, the app does not.
    device.privacyAgreed = false
    await app.tap(upload())
    // WeChat holds chooseMedia and asks the app, which shows its notice on the privacy page.
    await app.waitFor(() => app.current!.route.endsWith('account/pages/privacy/index'))
    await app.tap(button(app, localeText('en', 'privacy', 'notice.notNow')))
    await app.waitFor(() => app.current!.route.endsWith('cases/pages/detail/index'))
    await app.waitFor(localeText('en', 'cases', 'supplement.pickRefused'))
    assert.match(app.current!.text(), /Medical examination certificate/)

    await app.tap(upload())
    await app.waitFor(() => app.current!.route.endsWith('account/pages/privacy/index'))
    await app.tap(app.getByText(localeText('en', 'privacy', 'notice.agree')))
    await app.waitFor(() => app.current!.route.endsWith('cases/pages/detail/index'))
    // The photo is the answer to that item: it shows as answered, and stays so after the page is shown again.
    await app.waitFor(localeText('en', 'cases', 'supplement.resolved'))
    assert.equal(device.privacyAgreed, true)
    assert.ok(device.apisUsed.has('chooseMedia'))
    assert.deepEqual(app.errors, [])
  } finally {
    app.kill()
  }
}

describe('weapp journeys (embedded build, English)', { skip: builtOrSkip('embedded') }, () => {
  test('alice signs in with WeChat and opens her certificate; the code on screen verifies with the project verifier', async () => {
    const { app, device } = await launch('embedded', 'en')
    try {
      await signIn(app, device, 'alice')
      assert.match(app.current!.text(), /Alice Martin/)
      const code = await holderCode(app, 'theatre')
      const verdict = verifyAtDesk(code, 'theatre')
      assert.equal(verdict.code, 'valid', JSON.stringify(verdict))
      // The device key is sealed in WeChat storage: no plain secret in it.
      const storedKey = device.storage.get('wic.deviceKey')
      assert.ok(storedKey && isSealed(JSON.parse(storedKey)), 'the device key is stored sealed')
      // The live code on screen: its countdown redraws one line a second, not the code.
      const ticks = await liveCodeFigures(app, 3200)
      assert.ok(ticks.calls >= 2 && ticks.perSecond <= 1.25, `${ticks.calls} setData calls in 3.2 s`)
      assert.ok(ticks.largest <= SETDATA_BUDGET.liveCodeTickBytes, `the largest tick sent ${ticks.largest} bytes`)
      // Made for the theatre: the hospital desk refuses it.
      assert.notEqual(verifyAtDesk(code, 'hospital').code, 'valid')
      assert.deepEqual(app.errors, [])
    } finally {
      app.kill()
    }
  })

  test("boxoffice.bh scans alice's theatre code: genuine; a tampered code is refused; a cancelled scan loses nothing", async () => {
    const holder = await launch('embedded', 'en')
    const desk = await launch('embedded', 'en', { device: new Device('en') })
    try {
      await signIn(holder.app, holder.device, 'alice')
      const code = await holderCode(holder.app, 'theatre')

      await signIn(desk.app, desk.device, 'boxoffice.bh')
      await open(desk.app, 'verify')
      const scan = () => button(desk.app, localeText('en', 'verify', 'scan.button'))

      desk.device.scans.push({ cancel: true })
      await desk.app.tap(scan())
      assert.doesNotMatch(desk.app.current!.text(), /Genuine and current|Something went wrong/)

      desk.device.scans.push({ result: code })
      await desk.app.tap(scan())
      await desk.app.waitFor(localeText('en', 'verify', 'verdict.valid.title'))

      const i = code.length - 12
      const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1)
      desk.device.scans.push({ result: tampered })
      await desk.app.tap(scan())
      await desk.app.waitFor(() => !desk.app.current!.text().includes(localeText('en', 'verify', 'verdict.valid.title')))
      assert.match(desk.app.current!.text(), /Altered|Not genuine|Not a talent certificate/)
      assert.deepEqual(holder.app.errors, [])
      assert.deepEqual(desk.app.errors, [])
    } finally {
      holder.app.kill()
      desk.app.kill()
    }
  })

  test('hr.gansu files a Gansu bundle for John; WeChat kills the app midway; the draft is there on relaunch; submitted, the case shows with its timeline', async () => {
    const device = new Device('en')
    let { app } = await launch('embedded', 'en', { device })
    try {
      await signIn(app, device, 'hr.gansu')
      await open(app, 'applyStart')
      await app.tap(app.elements().find((el) => el.attrs.role === 'radio' && /John Smith/.test(textOf(el)))!)
      await app.tap(button(app, 'Start the form'))
      await app.waitFor(() => app.current!.route.endsWith('apply/pages/form/index'))
      await app.tap(app.getByText(localeText('en', 'privacy', 'notice.agree')))

      await app.waitFor('Step 1 of 5: Personal details')
      assert.equal(field(app, 'Full name (as in the passport)').attrs.value, 'John Smith')
      await app.tap(app.elements().find((el) => el.attrs.role === 'radio' && textOf(el) === 'Male')!)
      await app.input(field(app, 'Date of birth'), '1980-02-03')
      await app.input(field(app, "Applicant's phone"), '13912345678')
      await app.tap(button(app, 'Next'))

      await app.waitFor('Step 2 of 5: Passport')
      await app.input(field(app, 'Passport number'), '533380006')
      await app.input(field(app, 'Passport expiry date'), '2031-01-01')

      // WeChat kills the app in the background; the user opens it again from the chat list.
      await app.background()
      app.kill()
      ;({ app } = await launch('embedded', 'en', { device }))
      await open(app, 'applyDrafts')
      await app.waitFor(/John Smith/)
      await app.tap(button(app, 'Resume'))
      await app.waitFor('Step 2 of 5: Passport')
      assert.equal(field(app, 'Passport number').attrs.value, '533380006')
      await app.tap(button(app, 'Next'))

      await app.waitFor('Step 3 of 5: Work and stay')
      await app.input(field(app, 'Contract starts'), '2026-12-01')
      await app.input(field(app, 'Contract ends'), '2028-11-30')
      await app.input(field(app, 'Annual salary (10,000 RMB)'), '40')
      await app.input(field(app, 'Home address in China'), 'Room 1203, Building 5, Chengguan District, Lanzhou')
      await app.tap(button(app, 'Next'))

      await app.waitFor('Step 4 of 5: Materials')
      await app.tap(button(app, 'Next'))
      await app.waitFor('Step 5 of 5: Review and submit')
      await app.tap(button(app, 'Submit application'))
      // The materials were skipped: the form names the missing required ones and asks first.
      await app.waitFor('Submit without these required materials?')
      await app.tap(button(app, 'Submit anyway'))
      await app.waitFor('Application submitted')

      await open(app, 'caseList')
      await app.waitFor(/John Smith/)
      const row = allElements(app.current!.tree()).find((el) => el.attrs.role === 'listitem' && /John Smith/.test(textOf(el)))
      assert.ok(row, 'the case is in the list')
      await app.tap(row.children[0] ?? row)
      await app.waitFor(() => app.current!.route.endsWith('cases/pages/detail/index'))
      assert.match(app.current!.text(), /Submitted/)
      assert.deepEqual(app.errors, [])
    } finally {
      app.kill()
    }
  })

  test("WeChat's privacy record gone: adding a photo asks again; 'Not now' says why and keeps the case; agreeing uploads it", async () => {
    await answerSupplementWithPhoto('embedded')
  })

  test('the real-backend build uploads the photo to the server as wx.uploadFile sends it', { skip: builtOrSkip('http') }, async () => {
    const server = await startMockServer(MOCK_SERVER_PORT)
    try {
      await answerSupplementWithPhoto('http')
      assert.ok(server.backend.state.uploads.length > 0, 'the server holds the upload')
    } finally {
      server.close()
    }
  })

  test('a failed WeChat login says so in the user language, and the sign-in screen stays', async () => {
    const device = new Device('zh_CN')
    const { app } = await launch('embedded', 'zh_CN', { device })
    try {
      await open(app, 'signIn')
      device.logins.push({ fail: 'login:fail auth deny' })
      await app.tap(weChatSignInButton(app))
      assert.equal(app.current!.route, 'packages/account/pages/sign-in/index')
      const said = [...device.uiTexts('toast'), app.current!.text()].join(' ')
      assert.match(said, /[\u4e00-\u9fff]/)
      assert.doesNotMatch(said, /login:fail/)
      assert.deepEqual(app.errors, [])
    } finally {
      app.kill()
    }
  })
})

after(printPlatformSurface)
