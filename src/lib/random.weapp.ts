import Taro from '@tarojs/taro'

/** WeChat: wx.getRandomValues is asynchronous, so callers draw the bytes first and hand them to the key generator. */
export async function secureRandomBytes(length: number): Promise<Uint8Array> {
  const res = await Taro.getRandomValues({ length })
  const bytes = new Uint8Array(res.randomValues)
  if (bytes.length !== length) throw new Error('Random source returned the wrong length')
  return bytes
}
