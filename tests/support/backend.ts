import { MockBackend } from '@mock/backend'
import { regionCores } from '@mock/node/regionsFromDisk'
import { ApiClient } from '@/api/client'
import { setApiClientForTests } from '@/api'
import { createMockTransport } from '@/api/transport/mock'

/** A fresh seeded backend and a client signed in as nobody; `as(username)` (or `asWeChat(code)`) signs in. */
export function freshBackend(nowIso = '2026-11-20T02:00:00.000Z') {
  const backend = new MockBackend({ regions: regionCores, realNow: () => Date.parse(nowIso) })
  const transport = createMockTransport(backend)
  let token: string | null = null
  const client = new ApiClient({ transport, getToken: () => token })
  setApiClientForTests(client)
  return {
    backend,
    client,
    transport,
    async as(username: string) {
      const session = await client.call('session.signIn', { body: { username, password: 'demo1234' } })
      token = session.token
      return session.user
    },
    /** Signs in with WeChat: `demo:<username>` for a demo account, any other code for a WeChat user of its own. */
    async asWeChat(code: string) {
      const session = await client.call('session.wechat', { body: { code } })
      token = session.token
      return session.user
    },
    signOut() {
      token = null
    }
  }
}

/** The body of an unsubmitted Gansu one-thing bundle (work and residence permit) that HR files for an employee. */
export function gansuBundleDraft(employeeId: string) {
  return {
    kind: 'bundle' as const,
    regionId: 'gansu',
    bundleId: 'gs-one-thing-2025',
    employeeId,
    matters: [
      { matterId: 'gs-work-permit', action: 'issue' as const },
      { matterId: 'gs-residence-permit', action: 'issue' as const }
    ],
    form: {},
    materials: [],
    submit: false
  }
}
