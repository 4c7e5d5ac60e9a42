import type { ReactNode } from 'react';
import { ApiError, fieldName } from '../api/client';

/**
 * A labelled form field with its hint and its error, wired up with aria-describedby. Every form of
 * the app draws its fields with it, so labels, hints and errors look and read the same everywhere.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  /** The id of the input; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children(ids.length > 0 ? ids.join(' ') : undefined)}
    </div>
  );
}

/**
 * The field errors of a problem+json answer (errors[]) by field name, as the form names its fields
 * ('create.arg0.name' -> 'name'); two messages for one field are joined.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const e of error.errors) {
      const name = fieldName(e.field);
      found[name] = found[name] ? `${found[name]} ${e.message}` : e.message;
    }
  }
  return found;
}
