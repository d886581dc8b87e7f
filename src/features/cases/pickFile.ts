import Taro from '@tarojs/taro'

export interface PickedFile {
  filePath: string
  name: string
  mime: string
  size: number
}

/** Thrown when the platform cannot pick files; the caller shows a bilingual fallback. */
export class FilePickUnsupported extends Error {}

const MIME_BY_EXT: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heic: 'image/heic', pdf: 'application/pdf' }

function mimeOf(path: string, fallback: string): string {
  const ext = path.split(/[?#]/)[0].split('.').pop()?.toLowerCase() ?? ''
  return MIME_BY_EXT[ext] ?? fallback
}

/** One photo of a document (camera or album). Resolves null when the user cancels. */
export async function pickDocumentPhoto(): Promise<PickedFile | null> {
  if (typeof Taro.chooseMedia !== 'function') throw new FilePickUnsupported('chooseMedia')
  let result: Awaited<ReturnType<typeof Taro.chooseMedia>>
  try {
    result = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] })
  } catch (e) {
    const message = (e as { errMsg?: string })?.errMsg ?? ''
    if (/cancel/i.test(message)) return null
    throw new FilePickUnsupported(message || 'chooseMedia failed')
  }
  const file = result.tempFiles?.[0] as (typeof result.tempFiles)[number] & { originalFileObj?: { name?: string; type?: string } }
  if (!file) return null
  const name = file.originalFileObj?.name || file.tempFilePath.split('/').pop() || 'document.jpg'
  return { filePath: file.tempFilePath, name: name.slice(0, 200), mime: file.originalFileObj?.type || mimeOf(name, 'image/jpeg'), size: file.size ?? 0 }
}
