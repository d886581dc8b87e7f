/**
 * A TextEncoder for runtimes without one (WeChat's does not promise it): the mini-program build gives
 * it to libraries that expect the global (config/index.ts, ProvidePlugin). UTF-8 only, like the real one.
 */
import { utf8EncodeLoop } from '@/domain/certificate/encoding'

export class Utf8TextEncoder {
  readonly encoding = 'utf-8'
  encode(text = ''): Uint8Array {
    return utf8EncodeLoop(String(text))
  }
}
