import { SERVICE_CODES } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import { FieldError } from './form-fields.tsx';
import { emptyRevenueLine, type RevenueLineForm } from './report-form.model.ts';
import { fieldId } from './report-issues.model.ts';

interface Props {
  lines: RevenueLineForm[];
  issues: Record<string, string>;
  onChange: (lines: RevenueLineForm[]) => void;
}

/** Revenue lines: category from the catalogue (in the user's language), amount, client country. */
export function RevenueLines({ lines, issues, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const update = (i: number, patch: Partial<RevenueLineForm>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const input = (i: number, key: keyof RevenueLineForm) => {
    const path = `revenue.${i}.${key}`;
    const error = issues[path];
    return {
      id: fieldId(path),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${fieldId(path)}-error` : undefined,
    };
  };
  return (
    <fieldset className="form-section">
      <legend>{t('portal.form.revenue')}</legend>
      <FieldError path="revenue" message={issues.revenue} />
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their position.
        <fieldset key={i} className="revenue-line">
          <legend className="visually-hidden">{t('portal.form.line', { n: i + 1 })}</legend>
          <div className="field">
            <label htmlFor={fieldId(`revenue.${i}.category`)}>{t('portal.form.category')}</label>
            <select
              {...input(i, 'category')}
              value={line.category}
              onChange={(e) => update(i, { category: e.target.value })}
            >
              {SERVICE_CODES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} · {zh ? c.nameZh : c.nameEn}
                </option>
              ))}
            </select>
            <FieldError path={`revenue.${i}.category`} message={issues[`revenue.${i}.category`]} />
          </div>
          <div className="field">
            <label htmlFor={fieldId(`revenue.${i}.amountCny`)}>{t('portal.form.amountCny')}</label>
            <input
              {...input(i, 'amountCny')}
              inputMode="decimal"
              value={line.amountCny}
              onChange={(e) => update(i, { amountCny: e.target.value })}
            />
            <FieldError path={`revenue.${i}.amountCny`} message={issues[`revenue.${i}.amountCny`]} />
          </div>
          <div className="field">
            <label htmlFor={fieldId(`revenue.${i}.clientCountry`)}>{t('portal.form.clientCountry')}</label>
            <input
              {...input(i, 'clientCountry')}
              maxLength={2}
              value={line.clientCountry}
              onChange={(e) => update(i, { clientCountry: e.target.value })}
            />
            <FieldError path={`revenue.${i}.clientCountry`} message={issues[`revenue.${i}.clientCountry`]} />
          </div>
          <button
            type="button"
            className="button-secondary"
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
          >
            {t('portal.form.removeLine', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange([...lines, emptyRevenueLine()])}
      >
        {t('portal.form.addLine')}
      </button>
    </fieldset>
  );
}
