import { View, Text, Input } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { controlAria, focusable } from '@/lib/a11y'
import './perks.scss'
import '@/i18n/namespaces/perks'
import '@/i18n/namespaces/validation'

export interface FieldError {
  code: string
  params?: Record<string, string | number>
}

/** A labelled text input with its validation message (codes from the 'validation' namespace). */
export function Field({
  id,
  label,
  value,
  onChange,
  error,
  password,
  placeholder,
  children
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: FieldError
  password?: boolean
  placeholder?: string
  children?: React.ReactNode
}) {
  const { t } = useTranslation('validation')
  return (
    <View className='perk-field'>
      <Text className='perk-field__label' id={`${id}-label`}>
        {label}
      </Text>
      <Input
        className={`perk-field__input ${error ? 'perk-field__input--error' : ''}`}
        {...controlAria({ 'aria-label': label, 'aria-describedby': error ? `${id}-error` : undefined, 'aria-invalid': !!error })}
        value={value}
        password={password}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      {children}
      {error ? (
        <Text className='perk-field__error' id={`${id}-error`}>
          {t(error.code as 'field.required', error.params ?? {})}
        </Text>
      ) : null}
    </View>
  )
}

/** Female / male as a radio group. */
export function SexChoice({
  id,
  label,
  value,
  onChange,
  error
}: {
  id: string
  label: string
  value: string
  onChange: (v: 'female' | 'male') => void
  error?: FieldError
}) {
  const { t } = useTranslation(['perks', 'validation'])
  return (
    <View className='perk-field'>
      <Text className='perk-field__label' id={`${id}-label`}>
        {label}
      </Text>
      <View className='perk-chips' role='radiogroup' aria-labelledby={`${id}-label`}>
        {(['female', 'male'] as const).map((sex) => (
          <View
            key={sex}
            role='radio'
            {...focusable}
            aria-checked={value === sex}
            className={`perk-chip ${value === sex ? 'perk-chip--on' : ''}`}
            onClick={() => onChange(sex)}
          >
            {t(`perks:school.sex.${sex}`)}
          </View>
        ))}
      </View>
      {error ? <Text className='perk-field__error'>{t(`validation:${error.code}` as 'validation:field.required', error.params ?? {})}</Text> : null}
    </View>
  )
}
