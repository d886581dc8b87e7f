/**
 * The phone the mini-program runs on: what outlives a launch (storage, the clipboard, what the user was
 * shown) and what a test sets up (system language, network, what the camera scans, what WeChat's login
 * returns, the answers to dialogs).
 */

export type WxLanguage = 'en' | 'zh_CN'

/** What a scripted user does when the app asks for something. */
export type ScanAnswer = { result: string } | { cancel: true }
export type LoginAnswer = { code: string } | { fail: string }

export interface UiEvent {
  kind: 'toast' | 'modal' | 'loading' | 'actionSheet' | 'navigationTitle'
  text: string
  at: number
}

export class Device {
  /** WeChat keeps storage as JSON text; a kill and relaunch keeps it. */
  readonly storage = new Map<string, string>()
  clipboard = ''
  network: 'wifi' | '4g' | 'none' = 'wifi'
  readonly scans: ScanAnswer[] = []
  readonly logins: LoginAnswer[] = []
  /** WeChat's own record that the user agreed to the mini-program's privacy guide (not app storage). */
  privacyAgreed = false
  /** Answers to showModal, in order; without one the user taps the confirm button. */
  readonly modalAnswers: boolean[] = []
  readonly ui: UiEvent[] = []
  readonly phoneCalls: string[] = []
  readonly locationsOpened: { latitude: number; longitude: number; name?: string; address?: string }[] = []
  readonly subscribeRequests: string[][] = []
  /** Every wx API the app called, over all launches: the app's platform surface. */
  readonly apisUsed = new Set<string>()
  onApiUsed: (name: string) => void = () => {}

  useApi(name: string): void {
    this.apisUsed.add(name)
    this.onApiUsed(name)
  }

  constructor(public language: WxLanguage = 'en') {}

  lastToast(): string | undefined {
    return [...this.ui].reverse().find((e) => e.kind === 'toast')?.text
  }

  uiTexts(kind?: UiEvent['kind']): string[] {
    return this.ui.filter((e) => !kind || e.kind === kind).map((e) => e.text)
  }
}
