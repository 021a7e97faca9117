import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The server's message for this field, shown beside it and announced with it. */
  issue?: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'number';
  required?: boolean;
  options?: readonly { value: string; label: string }[];
}

/** A labelled input or select whose hint and server issue are tied to it by aria-describedby. */
export function AdminField({ id, label, value, onChange, issue, hint, type = 'text', ...rest }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const issueId = issue ? `${id}-issue` : undefined;
  const common = {
    id,
    name: id,
    value,
    required: rest.required,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': [hintId, issueId].filter(Boolean).join(' ') || undefined,
  };
  let control: ReactNode;
  if (rest.options) {
    control = (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        {rest.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    const inputMode = type === 'number' ? 'decimal' : undefined;
    const inputType = type === 'number' ? 'text' : type;
    control = (
      <input {...common} type={inputType} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
    );
  }
  return (
    <div className="field admin-field">
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {issue && (
        <p id={issueId} className="field-issue">
          {issue}
        </p>
      )}
    </div>
  );
}
