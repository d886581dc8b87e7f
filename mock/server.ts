/**
 * The mock backend over HTTP on 127.0.0.1, for a weapp build pointed at it
 * (TARO_APP_API=http TARO_APP_API_BASE_URL=http://127.0.0.1:4010). State lives in memory; POST /dev/reset
 * restores the seed. Fault settings (POST /dev/faults) apply here as in the embedded mock.
 */
import http from 'node:http'
import { MockBackend } from './backend'
import { regionCores } from './node/regionsFromDisk'

async function uploadBody(bytes: Buffer, contentType: string): Promise<unknown> {
  try {
    const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData()
    const file = form.get('file')
    return {
      name: form.get('name'),
      mime: form.get('mime'),
      size: Number(form.get('size')),
      filePath: file && typeof file === 'object' && 'name' in file ? file.name : undefined
    }
  } catch {
    return undefined
  }
}

export function startMockServer(
  port = Number(process.env.PORT ?? 4010),
  host = '127.0.0.1'
): Promise<{ url: string; close: () => void; backend: MockBackend }> {
  const backend = new MockBackend({ regions: regionCores })
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', `http://${host}`)
        res.setHeader('Access-Control-Allow-Origin', '*')
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key')
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS')
        if (req.method === 'OPTIONS') return void res.writeHead(204).end()
        const isDev = url.pathname.startsWith('/dev/')
        const faults = backend.faults
        if (!isDev) {
          if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs))
          if (faults.offline) return void req.socket.destroy()
          if (faults.errorRate && Math.random() < faults.errorRate) {
            res.writeHead(503, { 'Content-Type': 'application/json' })
            return void res.end(JSON.stringify({ error: { code: 'unavailable', message: 'Injected failure' } }))
          }
        }
        let body: unknown
        const bytes = Buffer.concat(chunks)
        const raw = bytes.toString('utf8')
        const contentType = String(req.headers['content-type'] ?? '')
        if (contentType.startsWith('multipart/form-data')) {
          // wx.uploadFile / Taro.uploadFile: the file and its form fields, as a server receives them.
          body = await uploadBody(bytes, contentType)
        } else if (raw) {
          try {
            body = JSON.parse(raw)
          } catch {
            res.writeHead(400, { 'Content-Type': 'application/json' })
            return void res.end(JSON.stringify({ error: { code: 'validation', message: 'Body is not JSON' } }))
          }
        }
        const query = Object.fromEntries(url.searchParams.entries())
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
        const result = backend.handle({ method: req.method ?? 'GET', path: url.pathname, query, body, headers })
        if (!isDev && faults.failAfterCommit && req.method !== 'GET') return void req.socket.destroy()
        res.writeHead(result.status, { 'Content-Type': 'application/json; charset=utf-8' })
        res.end(JSON.stringify(result.data))
      })()
    })
  })
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      resolve({ url: `http://${host}:${actualPort}`, close: () => server.close(), backend })
    })
  })
}

if (require.main === module) {
  void startMockServer().then(({ url }) => {
    console.log(`Mock backend: ${url} (POST ${url}/dev/reset to restore the demo data)`)
  })
}
