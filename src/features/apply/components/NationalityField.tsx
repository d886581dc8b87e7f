import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { findNationality, searchNationalities } from '@/domain/validation/nationality'
import { useApplyText } from '../messages'
import { controlAria } from '@/lib/a11y'
import '@/i18n/namespaces/apply'

/** Searchable nationality list: type an English or Chinese name or the passport's code; each option shows both names. */
export function NationalityField(props: { id: string; labelId: string; errorId: string; value: string; invalid: boolean; focus: boolean; onChange: (code: string) => void }) {
  const { tt, i18n } = useApplyText()
  const chosen = findNationality(props.value)
  const [query, setQuery] = useState('')
  const options = useMemo(() => (query.trim() ? searchNationalities(query, i18n.language).slice(0, 6) : []), [query, i18n.language])
  return (
    <View className='apply-field__nationality'>
      {chosen ? (
        <Text className='apply-field__chosen'>{tt('apply:nationality.chosen', { name: `${chosen.en} · ${chosen.zh} (${chosen.code})` })}</Text>
      ) : null}
      <Input
        id={props.id}
        className={`apply-field__input${props.invalid ? ' apply-field__input--invalid' : ''}`}
        {...controlAria({ 'aria-labelledby': props.labelId, 'aria-describedby': props.invalid ? props.errorId : undefined, 'aria-invalid': props.invalid || undefined })}
        focus={props.focus}
        value={query}
        placeholder={tt('apply:hints.nationality')}
        onInput={(e) => setQuery(e.detail.value)}
      />
      {query.trim() && options.length === 0 ? <Text className='apply-field__hint'>{tt('apply:nationality.noMatch')}</Text> : null}
      {options.length > 0 ? (
        <View className='apply-field__options' role='listbox' aria-labelledby={props.labelId}>
          {options.map((o) => {
            const country = findNationality(o.code)
            return (
              <View
                key={o.code}
                className='apply-field__option'
                role='option'
                aria-selected={o.code === chosen?.code}
                onClick={() => {
                  props.onChange(o.code)
                  setQuery('')
                }}
              >
                {`${country?.en ?? o.name} · ${country?.zh ?? ''} (${o.code})`}
              </View>
            )
          })}
        </View>
      ) : null}
    </View>
  )
}
