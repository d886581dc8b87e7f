import type { PropsWithChildren } from 'react'

type ButtonProps = PropsWithChildren<{ onClick?: () => void; disabled?: boolean; loading?: boolean; type?: string; block?: boolean; size?: string }>

export const Button = ({ children, onClick, disabled, loading }: ButtonProps) => (
  <button type='button' onClick={onClick} disabled={disabled || loading} aria-busy={loading || undefined}>
    {children}
  </button>
)
