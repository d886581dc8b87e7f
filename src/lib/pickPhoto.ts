import Taro from '@tarojs/taro'

/** One photo of a document, ready for Taro.uploadFile. */
export interface PickedPhoto {
  filePath: string
  name: string
  mime: string
  size: number
}

/** This platform cannot pick photos here; the screen says so in the user's language and offers another way. */
export class PhotoPickUnsupported extends Error {}

/** The person did not allow it: WeChat's privacy agreement was declined (or photo access denied). */
export class PhotoPickRefused extends Error {}

const MIME_BY_EXT: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf'
}

function mimeOf(path: string, fallback: string): string {
  const ext = path.split(/[?#]/)[0].split('.').pop()?.toLowerCase() ?? ''
  return MIME_BY_EXT[ext] ?? fallback
}

/** One photo of a document (camera or album); null when the person cancels. */
export async function pickPhoto(): Promise<PickedPhoto | null> {
  if (typeof Taro.chooseMedia !== 'function') throw new PhotoPickUnsupported('chooseMedia')
  let result: Awaited<ReturnType<typeof Taro.chooseMedia>>
  try {
    result = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] })
  } catch (e) {
    const message = (e as { errMsg?: string })?.errMsg ?? ''
    if (/cancel/i.test(message)) return null
    if (/privacy|auth deny|authorize/i.test(message)) throw new PhotoPickRefused(message)
    throw new PhotoPickUnsupported(message || 'chooseMedia failed')
  }
  const file = result.tempFiles?.[0] as ((typeof result.tempFiles)[number] & { originalFileObj?: { name?: string; type?: string } }) | undefined
  if (!file) return null
  const name = (file.originalFileObj?.name || file.tempFilePath.split('/').pop() || 'document.jpg').slice(0, 200)
  return { filePath: file.tempFilePath, name, mime: file.originalFileObj?.type || mimeOf(name, 'image/jpeg'), size: file.size ?? 0 }
}
