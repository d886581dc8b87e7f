/**
 * Office actions: call, copy, open the map. H5 (and some desktop WeChat clients) may not support every API,
 * so each falls back to something useful (copying the number or address) with a message in the user's language.
 */
import Taro from '@tarojs/taro'

export interface ActionMessages {
  copied: string
  callUnavailable: string
  mapUnavailable: string
  copyUnavailable: string
}

async function toast(title: string): Promise<void> {
  try {
    await Taro.showToast({ title, icon: 'none' })
  } catch {
    // A toast that cannot show is not worth failing over.
  }
}

export async function copyText(text: string, messages: ActionMessages): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    // Our toast replaces WeChat's own, so both platforms say the same words.
    await toast(messages.copied)
    return true
  } catch {
    await toast(messages.copyUnavailable)
    return false
  }
}

/** Numbers in region data may hold spaces or brackets; the dialler wants digits, + and -. */
export const dialString = (number: string): string => number.replace(/[^0-9+-]/g, '')

export async function callNumber(number: string, messages: ActionMessages): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber: dialString(number) })
  } catch (error) {
    // The person cancelling the dialler is not a failure.
    if (/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''))) return
    const copied = await copyText(number, messages)
    if (copied) await toast(messages.callUnavailable)
  }
}

export interface MapPlace {
  latitude: number
  longitude: number
  name: string
  address: string
}

export async function openMap(place: MapPlace, messages: ActionMessages): Promise<void> {
  try {
    await Taro.openLocation({ latitude: place.latitude, longitude: place.longitude, name: place.name, address: place.address, scale: 16 })
  } catch (error) {
    if (/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''))) return
    const copied = await copyText(place.address, messages)
    if (copied) await toast(messages.mapUnavailable)
  }
}
