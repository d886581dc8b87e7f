/**
 * @jest-environment node
 */
import { startMockServer } from '@mock/server'

describe('the mock server over HTTP takes uploads as wx.uploadFile sends them (multipart)', () => {
  it('stores the file named in the form and refuses a form without one', async () => {
    const server = await startMockServer(0)
    try {
      const signIn = await fetch(`${server.url}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'hr.gansu', password: 'demo1234' })
      })
      const { token } = (await signIn.json()) as { token: string }
      const form = new FormData()
      form.append('name', 'passport.jpg')
      form.append('mime', 'image/jpeg')
      form.append('size', '2048')
      form.append('file', new Blob([new Uint8Array(2048)]), 'tmp-passport.jpg')
      const res = await fetch(`${server.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })
      expect(res.status).toBe(201)
      expect(await res.json()).toMatchObject({ name: 'passport.jpg', mime: 'image/jpeg', size: 2048 })

      const empty = await fetch(`${server.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: new FormData() })
      expect(empty.status).toBe(422)
    } finally {
      server.close()
    }
  })
})
