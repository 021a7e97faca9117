import { GRID_REGIONS } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatementLink } from '../../exchange/statement-link.tsx';
import { FieldError, NumberSectionFields } from './form-fields.tsx';
import { PlausibilityPanel } from './plausibility-panel.tsx';
import { isEditable, type ReportDto } from './portal.types.ts';
import { ReportOutcome } from './report-outcome.tsx';
import { ReportPreview } from './report-preview.tsx';
import { RevenueLines } from './revenue-lines.tsx';
import { type EditorInit, type ReportEditor, useReportEditor } from './use-report-editor.hook.ts';

interface Props {
  enterpriseId: number;
  report: ReportDto | null;
  init: EditorInit;
  reports: ReportDto[];
}

/** The report form: sections on the left, live preview and plausibility on the right. */
export function ReportEditorView({ enterpriseId, report, init, reports }: Props) {
  const { t } = useTranslation();
  const editor = useReportEditor(enterpriseId, init, reports);
  const editable = report === null || isEditable(report.status);
  const title = report
    ? t('portal.form.titleEdit', { period: `${report.period.start} – ${report.period.end}` })
    : t('portal.form.titleNew');
  return (
    <>
      <h1>{title}</h1>
      {report && <StatementLink reportId={report.id} />}
      {report?.status === 'returned' && report.returnReason && (
        <p className="alert" role="note" data-testid="form-return-reason">
          {t('portal.reports.returnReason')}: {report.returnReason}
        </p>
      )}
      {!editable && report && (
        <p className="portal-note">
          {t('portal.form.readOnly', { status: t(`portal.status.${report.status}`) })}
        </p>
      )}
      <div className="report-layout">
        <form className="report-form" noValidate onSubmit={(e) => e.preventDefault()}>
          <fieldset disabled={!editable} className="form-plain">
            <PeriodSection editor={editor} locked={report !== null} />
            <RevenueLines
              lines={editor.form.revenue}
              issues={editor.issues}
              onChange={(revenue) => editor.change((f) => ({ ...f, revenue }))}
            />
            {(['employees', 'costs', 'taxes', 'energy'] as const).map((section) => (
              <NumberSectionFields
                key={section}
                section={section}
                form={editor.form}
                issues={editor.issues}
                onChange={editor.setNumber}
              />
            ))}
          </fieldset>
          {editable && (
            <PlausibilityPanel
              flags={editor.flags}
              explanations={editor.explanations}
              onExplain={editor.explain}
            />
          )}
          {editable && (
            <div className="form-actions">
              <button type="button" className="button-secondary" onClick={() => void editor.save()}>
                {t('portal.form.save')}
              </button>
              <button type="button" className="button-primary" onClick={() => void editor.submit()}>
                {t('portal.form.submit')}
              </button>
            </div>
          )}
          <ReportOutcome outcome={editor.outcome} />
          <Link href="/">{t('portal.form.back')}</Link>
        </form>
        <ReportPreview result={editor.derived.result} />
      </div>
    </>
  );
}

/** Year and quarter; fixed once the report exists (its period is its identity). */
function PeriodSection({ editor, locked }: { editor: ReportEditor; locked: boolean }) {
  const { t } = useTranslation();
  const { form, change, issues } = editor;
  return (
    <fieldset className="form-section">
      <legend>{t('portal.form.period')}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="report-year">{t('portal.form.year')}</label>
          <input
            id="report-year"
            inputMode="numeric"
            disabled={locked}
            value={form.year}
            aria-describedby={issues['period.start'] ? 'report-period-start-error' : undefined}
            onChange={(e) => change((f) => ({ ...f, year: e.target.value }))}
          />
          <FieldError path="period.start" message={issues['period.start']} />
        </div>
        <div className="field">
          <label htmlFor="report-quarter">{t('portal.form.quarter')}</label>
          <select
            id="report-quarter"
            disabled={locked}
            value={form.quarter}
            onChange={(e) => change((f) => ({ ...f, quarter: Number(e.target.value) as 1 | 2 | 3 | 4 }))}
          >
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t('portal.form.quarterN', { n })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-gridRegion">{t('portal.form.gridRegion')}</label>
          <select
            id="report-gridRegion"
            value={form.gridRegion}
            onChange={(e) => change((f) => ({ ...f, gridRegion: e.target.value }))}
          >
            {GRID_REGIONS.map((r) => (
              <option key={r} value={r}>
                {t(`portal.gridRegion.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
