/**
 * A box of long content: the dashboard's windowed case rows, a guide's sections and material cards. On the
 * mini-program it is Taro's View; H5 draws a plain element instead (./PlainBox.h5.tsx).
 */
import type { ComponentType } from 'react'
import { View } from '@tarojs/components'
import type { PlainBoxProps } from './plainBoxProps'

export const PlainBox = View as unknown as ComponentType<PlainBoxProps>
