import Taro from '@tarojs/taro'

export interface PickedPhoto {
  filePath: string
  name: string
  mime: string
  size: number
}

/** Thrown when this platform cannot pick photos; the screen says so in the user's language. */
export class PhotoPickUnsupported extends Error {}

/** One photo of a document; null when the person cancels. */
export async function pickPhoto(): Promise<PickedPhoto | null> {
  if (typeof Taro.chooseMedia !== 'function') throw new PhotoPickUnsupported('chooseMedia')
  let result: Awaited<ReturnType<typeof Taro.chooseMedia>>
  try {
    result = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] })
  } catch (e) {
    const message = (e as { errMsg?: string })?.errMsg ?? ''
    if (/cancel/i.test(message)) return null
    throw new PhotoPickUnsupported(message || 'chooseMedia failed')
  }
  const file = result.tempFiles?.[0] as ((typeof result.tempFiles)[number] & { originalFileObj?: { name?: string; type?: string } }) | undefined
  if (!file) return null
  const name = (file.originalFileObj?.name || file.tempFilePath.split('/').pop() || 'document.jpg').slice(0, 200)
  const mime = file.originalFileObj?.type || (/\.png$/i.test(name) ? 'image/png' : 'image/jpeg')
  return { filePath: file.tempFilePath, name, mime, size: file.size ?? 0 }
}
