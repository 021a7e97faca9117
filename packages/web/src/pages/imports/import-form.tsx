import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../exchange/exchange-urls.ts';
import { sizeProblem, UPLOAD_MAX_MB } from './import.model.ts';
import { KindField, ValidOnlyField } from './import-fields.tsx';
import type { ImportMode } from './imports.types.ts';

interface Props {
  kinds: ImportKind[];
  busy: boolean;
  onStart: (file: File, kind: ImportKind, mode: ImportMode) => void;
}

/** Kind, its template, the file and the mode; a file above the cap is refused here, before uploading. */
export function ImportForm({ kinds, busy, onStart }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'contracts');
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const check = (chosen: File | null): string | null => {
    if (!chosen) return t('exchange.imports.noFile');
    const tooLarge = sizeProblem(chosen.size);
    return tooLarge ? t('exchange.imports.tooLarge', tooLarge) : null;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = check(file);
    setProblem(found);
    if (found || !file) {
      fileInput.current?.focus();
      return;
    }
    onStart(file, kind, validOnly ? 'valid-only' : 'all-or-nothing');
  };
  const fileDescribedBy = problem ? 'import-file-error import-file-hint' : 'import-file-hint';
  return (
    <form className="card import-form" onSubmit={submit} noValidate>
      <KindField kinds={kinds} kind={kind} onChange={setKind} />
      <div className="field">
        <label htmlFor="import-file">{t('exchange.imports.file')}</label>
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept=".xlsx,.csv"
          aria-describedby={fileDescribedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            setProblem(chosen ? check(chosen) : null);
          }}
        />
        <span id="import-file-hint" className="muted">
          {t('exchange.imports.fileHint', { max: UPLOAD_MAX_MB })}
        </span>
        {problem && (
          <p id="import-file-error" role="alert" className="form-error" data-testid="import-file-error">
            {problem}
          </p>
        )}
      </div>
      <ValidOnlyField checked={validOnly} onChange={setValidOnly} />
      {/* aria-disabled, not disabled: the button keeps the focus while the import runs. */}
      <button type="submit" className="button-primary" aria-disabled={busy}>
        {t('exchange.imports.submit')}
      </button>
    </form>
  );
}
