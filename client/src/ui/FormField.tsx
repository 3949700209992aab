import type { ReactNode } from 'react';

/**
 * A labelled control with its error under it. Controls are native elements so that the control
 * itself (not a wrapper) carries its data-testid, and screen readers get the label for free.
 */
export function FormField({ label, error, children }: { label: string; error?: string | undefined; children: ReactNode }) {
  return (
    <label className="form-field" data-invalid={error ? 'true' : undefined}>
      <span className="form-label">{label}</span>
      {children}
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}
