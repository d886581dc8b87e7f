import { View, Text, Input } from '@tarojs/components'
import type { FieldDef } from '@/domain/forms/caseForm'
import { toHalfWidth } from '@/domain/validation/text'
import { fieldId, useApplyText } from '../messages'
import { NationalityField } from './NationalityField'
import { controlAria, focusable } from '@/lib/a11y'
import '@/i18n/namespaces/apply'

type InputType = 'text' | 'number' | 'idcard' | 'digit'

/** The keyboard that suits the field: digits for numbers, a digit pad for dates (dashes are added). */
const KEYBOARD: Partial<Record<FieldDef['input'], InputType>> = {
  number: 'digit',
  permitNumber: 'number',
  date: 'idcard'
}

/**
 * '19800203' -> '1980-02-03' as the user types on a digit keyboard; full-width digits and dashes from a
 * Chinese input method ('１９８０－０２－０３') are folded first; anything else is left as typed.
 */
export function formatDateInput(typed: string): string {
  const raw = toHalfWidth(typed)
  const digits = raw.replace(/\D/g, '')
  if (/[^\d-]/.test(raw) || digits.length > 8) return raw
  if (digits.length <= 4) return digits
  if (digits.length <= 6) return `${digits.slice(0, 4)}-${digits.slice(4)}`
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`
}

export interface FieldInputProps {
  field: FieldDef
  value: string
  error: { code: string; params?: Record<string, string | number> } | undefined
  focus: boolean
  onChange: (value: string) => void
}

export function FieldInput({ field, value, error, focus, onChange }: FieldInputProps) {
  const { tt, message } = useApplyText()
  const id = fieldId(field.path)
  const labelId = `${id}-label`
  const errorId = `${id}-error`
  const label = tt(`apply:fields.${field.path}`)
  const invalid = !!error
  const common = {
    'aria-labelledby': labelId,
    'aria-describedby': invalid ? errorId : undefined,
    'aria-invalid': invalid || undefined
  }

  let control
  if (field.input === 'select') {
    control = (
      <View className='apply-field__choices' role='radiogroup' {...common}>
        {(field.options ?? []).map((option) => (
          <View
            key={option}
            role='radio'
            {...focusable}
            aria-checked={value === option}
            className={`apply-field__choice${value === option ? ' apply-field__choice--on' : ''}`}
            onClick={() => onChange(option)}
          >
            {tt(`apply:options.${field.path}.${option}`)}
          </View>
        ))}
      </View>
    )
  } else if (field.input === 'nationality') {
    control = <NationalityField id={id} labelId={labelId} errorId={errorId} value={value} invalid={invalid} focus={focus} onChange={onChange} />
  } else {
    const placeholder =
      field.input === 'date'
        ? tt('apply:hints.date')
        : field.input === 'phone'
          ? tt('apply:hints.phone')
          : field.input === 'passport'
            ? tt('apply:hints.passport')
            : field.input === 'number' || field.input === 'permitNumber'
              ? tt('apply:hints.number')
              : ''
    control = (
      <Input
        id={id}
        className={`apply-field__input${invalid ? ' apply-field__input--invalid' : ''}`}
        {...controlAria(common)}
        type={KEYBOARD[field.input] ?? 'text'}
        focus={focus}
        value={value}
        maxlength={field.input === 'textarea' ? 2000 : 200}
        placeholder={placeholder}
        onInput={(e) => onChange(field.input === 'date' ? formatDateInput(e.detail.value) : e.detail.value)}
      />
    )
  }

  return (
    <View className={`apply-field${invalid ? ' apply-field--invalid' : ''}`} id={`${id}-block`}>
      <Text className='apply-field__label' id={labelId}>
        {label}
      </Text>
      {control}
      {invalid ? (
        <View className='apply-field__error' id={errorId} role='alert'>
          {message(error)}
        </View>
      ) : null}
    </View>
  )
}
