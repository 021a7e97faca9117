import { useTranslation } from 'react-i18next';
import { type ImportKind, templateHref } from '../../exchange/exchange-urls.ts';
import { languageOf } from '../review/review-format.ts';

/** The kind of data, with the template of the chosen kind in the UI language beside it. */
export function KindField({
  kinds,
  kind,
  onChange,
}: {
  kinds: ImportKind[];
  kind: ImportKind;
  onChange: (kind: ImportKind) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="import-kind-row">
      <div className="field">
        <label htmlFor="import-kind">{t('exchange.imports.kind.label')}</label>
        <select id="import-kind" value={kind} onChange={(e) => onChange(e.target.value as ImportKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`exchange.imports.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <a
          className="download-link"
          href={templateHref(kind, languageOf(i18n.language))}
          download
          data-testid="import-template"
        >
          {t('exchange.imports.template')}
        </a>
        <span className="muted">{t('exchange.imports.templateHint')}</span>
      </div>
    </div>
  );
}

/** All or nothing unless ticked; the hint says what each choice does before the user commits. */
export function ValidOnlyField({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div className="import-mode">
      <input
        id="import-valid-only"
        type="checkbox"
        checked={checked}
        aria-describedby="import-valid-only-hint"
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor="import-valid-only">{t('exchange.imports.validOnly')}</label>
      <p id="import-valid-only-hint" className="muted">
        {t('exchange.imports.validOnlyHint')}
      </p>
    </div>
  );
}
