import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import type { ListOf, ReportDto } from './portal.types.ts';
import { ReportEditorView } from './report-editor.tsx';
import { emptyForm, formFromFiling, type Quarter } from './report-form.model.ts';
import { useEnterpriseId } from './use-enterprise-id.hook.ts';

/** A new report (id null) or an existing one, with the quarterly list the plausibility checks compare with. */
export function ReportFormPage({ id }: { id: number | null }) {
  const enterpriseId = useEnterpriseId();
  const report = useApi<ReportDto>(id === null ? null : `/reports/${id}`);
  const list = useApi<ListOf<ReportDto>>(
    enterpriseId ? `/enterprises/${enterpriseId}/reports?periodType=quarterly&limit=500` : null,
  );
  if (enterpriseId === null) return null;
  if (id === null) {
    return (
      <LoadState state={list}>
        {(reports) => (
          <ReportEditorView
            enterpriseId={enterpriseId}
            report={null}
            init={{ form: defaultForm(new Date()), saved: null, storedFlags: [] }}
            reports={reports.items}
          />
        )}
      </LoadState>
    );
  }
  return (
    <LoadState state={report}>
      {(data) => (
        <LoadState state={list}>
          {(reports) => (
            <ReportEditorView
              enterpriseId={enterpriseId}
              report={data}
              init={{
                form: formFromFiling(data.filing),
                saved: { id: data.id, etag: report.status === 'ready' ? report.etag : null },
                storedFlags: data.flags,
              }}
              reports={reports.items}
            />
          )}
        </LoadState>
      )}
    </LoadState>
  );
}

/** A new report starts on the current quarter; the filer picks another in the form. */
function defaultForm(now: Date) {
  return emptyForm(now.getFullYear(), (Math.floor(now.getMonth() / 3) + 1) as Quarter);
}
