import { FieldError } from './form-fields.tsx';
import { fieldId } from './report-issues.model.ts';

interface Props {
  path: string;
  label: string;
  value: string;
  error: string | undefined;
  type?: 'text' | 'date';
  onChange: (value: string) => void;
}

/** A labelled text or date input with its issue linked by aria-describedby. */
export function TextField({ path, label, value, error, type = 'text', onChange }: Props) {
  const id = fieldId(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError path={path} message={error} />
    </div>
  );
}
