import { View, Text } from '@tarojs/components'
import { focusable } from '@/lib/a11y'
import './Tile.scss'

export function Tile({ title, hint, badge, onClick }: { title: string; hint: string; badge?: string; onClick: () => void }) {
  return (
    <View className='tile' role='link' {...focusable} onClick={onClick}>
      <View className='tile__head'>
        <Text className='tile__title'>{title}</Text>
        {badge ? <Text className='tile__badge'>{badge}</Text> : null}
      </View>
      <Text className='tile__hint'>{hint}</Text>
    </View>
  )
}
