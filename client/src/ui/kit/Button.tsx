import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonColor = 'default' | 'primary' | 'success' | 'warning' | 'danger';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'color'> {
  color?: ButtonColor;
  /** solid: filled; outline: coloured border and text; none: text only. */
  fill?: 'solid' | 'outline' | 'none';
  size?: 'mini' | 'small' | 'middle' | 'large';
  block?: boolean;
  /** Busy: a spinner, and the button cannot be pressed twice. */
  loading?: boolean;
  children?: ReactNode;
}

/**
 * The app's button (replaces antd-mobile's, 65 kB gzipped of first-screen JavaScript for five
 * components). A native <button>: keyboard, focus and form submission come from the browser;
 * global.css keeps every one at least 44×44 px.
 */
export function Button({ color = 'default', fill = 'solid', size = 'middle', block = false, loading = false, disabled, type = 'button', className, children, ...rest }: ButtonProps) {
  const classes = ['kit-button', `kit-button-${color}`, `kit-button-${fill}`, `kit-button-${size}`, block ? 'kit-button-block' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={classes} disabled={disabled === true || loading} aria-busy={loading || undefined}>
      {loading ? <span className="kit-spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
