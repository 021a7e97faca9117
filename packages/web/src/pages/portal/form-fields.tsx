import { useTranslation } from 'react-i18next';
import { type NumberSection, type ReportForm, SECTION_FIELDS } from './report-form.model.ts';
import { fieldId, issueKeyOf } from './report-issues.model.ts';

/** An issue message in the user's language when the catalogue knows it. */
export function useIssueText() {
  const { t } = useTranslation();
  return (message: string) => {
    const key = issueKeyOf(message);
    return key ? t(`portal.issues.${key}`) : message;
  };
}

/** The issue beside its field, linked from the input by aria-describedby. */
export function FieldError({ path, message }: { path: string; message: string | undefined }) {
  const text = useIssueText();
  if (!message) return null;
  return (
    <p id={`${fieldId(path)}-error`} className="field-error" data-testid={`error-${path}`}>
      {text(message)}
    </p>
  );
}

interface NumberFieldProps {
  path: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function NumberField({ path, label, value, error, onChange }: NumberFieldProps) {
  const id = fieldId(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError path={path} message={error} />
    </div>
  );
}

interface SectionProps {
  section: NumberSection;
  form: ReportForm;
  issues: Record<string, string>;
  onChange: (section: NumberSection, field: string, value: string) => void;
}

/** One fieldset of plain number inputs (employees, costs, taxes, energy). */
export function NumberSectionFields({ section, form, issues, onChange }: SectionProps) {
  const { t } = useTranslation();
  const values = form[section] as Record<string, string>;
  return (
    <fieldset className="form-section">
      <legend>{t(`portal.form.${section}`)}</legend>
      <div className="form-grid">
        {SECTION_FIELDS[section].map((field) => (
          <NumberField
            key={field}
            path={`${section}.${field}`}
            label={t(`portal.fields.${field}`)}
            value={values[field] ?? ''}
            error={issues[`${section}.${field}`]}
            onChange={(v) => onChange(section, field, v)}
          />
        ))}
      </div>
    </fieldset>
  );
}
