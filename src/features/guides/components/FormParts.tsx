/** Small form controls for the self-checks, built from View/Text/Input with proper roles and labels. */
import type { PropsWithChildren } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { controlAria, focusable } from '@/lib/a11y'
import './FormParts.scss'

export function Field({ id, label, help, error, children }: PropsWithChildren<{ id: string; label: string; help?: string; error?: string }>) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className='field__label' id={`${id}-label`}>
        {label}
      </Text>
      {help ? (
        <Text className='field__help' id={`${id}-help`}>
          {help}
        </Text>
      ) : null}
      {children}
      {error ? (
        <View className='field__error' role='alert' id={`${id}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  )
}

export function NumberInput({
  id,
  label,
  value,
  unit,
  invalid,
  onChange
}: {
  id: string
  label: string
  value: string
  unit?: string
  invalid: boolean
  onChange: (value: string) => void
}) {
  return (
    <View className='number-input'>
      <Input
        className='number-input__input'
        type='digit'
        // On H5 the real <input> sits inside Taro's element: it needs the label and state itself.
        {...controlAria({ 'aria-labelledby': `${id}-label`, 'aria-describedby': invalid ? `${id}-error` : undefined, 'aria-invalid': invalid })}
        placeholder={label}
        value={value}
        onInput={(e) => onChange(e.detail.value)}
      />
      {unit ? <Text className='number-input__unit'>{unit}</Text> : null}
    </View>
  )
}

export function Choices<T extends string | number>({
  labelledBy,
  options,
  value,
  onChange
}: {
  labelledBy: string
  options: { value: T; label: string }[]
  value: T | undefined
  onChange: (value: T) => void
}) {
  return (
    <View className='choices' role='radiogroup' aria-labelledby={labelledBy}>
      {options.map((option) => (
        <View
          key={String(option.value)}
          role='radio'
          {...focusable}
          aria-checked={option.value === value}
          className={`choices__option ${option.value === value ? 'choices__option--on' : ''}`}
          onClick={() => onChange(option.value)}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  )
}

export function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <View className='check' role='checkbox' {...focusable} aria-checked={checked} aria-label={label} onClick={() => onChange(!checked)}>
      <View className={`check__box ${checked ? 'check__box--on' : ''}`}>
        <Text aria-hidden>{checked ? '✓' : ''}</Text>
      </View>
      <Text className='check__label'>{label}</Text>
    </View>
  )
}
