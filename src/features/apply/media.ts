/**
 * Picking a document: take a photo or choose from the album (Taro.chooseMedia), checked for type and size
 * before anything is uploaded. H5 gives a mime type and the File; weapp gives 'image' and a path with an extension.
 */
import Taro from '@tarojs/taro'
import { checkFile, guessMime, type FileProblem } from '@/domain/forms/materials'

export interface PickedFile {
  filePath: string
  name: string
  mime: string
  size: number
}

export type PickResult = { ok: true; file: PickedFile } | { ok: false; code: FileProblem | 'media.unavailable' | 'media.cancelled' }

export async function pickDocument(): Promise<PickResult> {
  let result: Taro.chooseMedia.SuccessCallbackResult
  try {
    if (typeof Taro.chooseMedia !== 'function') return { ok: false, code: 'media.unavailable' }
    result = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'] })
  } catch (error) {
    const msg = (error as { errMsg?: string })?.errMsg ?? ''
    return { ok: false, code: /cancel|abort/i.test(msg) ? 'media.cancelled' : 'media.unavailable' }
  }
  const picked = result.tempFiles?.[0] as (Taro.chooseMedia.ChooseMedia & { originalFileObj?: { name?: string } }) | undefined
  if (!picked) return { ok: false, code: 'media.cancelled' }
  const name = picked.originalFileObj?.name ?? picked.tempFilePath.split('/').pop() ?? 'document'
  const file: PickedFile = { filePath: picked.tempFilePath, name: name.slice(0, 200), mime: guessMime(picked.fileType, name), size: picked.size }
  const problem = checkFile(file)
  return problem ? { ok: false, code: problem } : { ok: true, file }
}
