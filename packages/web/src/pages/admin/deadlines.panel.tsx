import { useTranslation } from 'react-i18next';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { AdminField } from './admin-field.tsx';
import { issuesOf } from './admin-form.model.ts';
import { DEADLINE_FIELDS, DEADLINES_CODEC, type Deadlines } from './deadlines.model.ts';
import { ExecutionWindowSection } from './execution-window.section.tsx';
import { SettingForm } from './setting-form.tsx';
import { useSettingEditor } from './use-setting-editor.hook.ts';

/** Report deadlines by period type, and the window for contract executions. */
export function DeadlinesPanel() {
  const { t } = useTranslation();
  const state = useApi<Deadlines>(DEADLINES_CODEC.path);
  return (
    <>
      <section className="card admin-section" aria-labelledby="deadlines-title">
        <h2 id="deadlines-title">{t('admin.deadlines.title')}</h2>
        <p className="muted">{t('admin.deadlines.intro')}</p>
        <LoadState state={state}>
          {(data) => <DeadlinesEditor deadlines={data} etag={state.status === 'ready' ? state.etag : null} />}
        </LoadState>
      </section>
      <ExecutionWindowSection />
    </>
  );
}

function DeadlinesEditor({ deadlines, etag }: { deadlines: Deadlines; etag: string | null }) {
  const { t } = useTranslation();
  const editor = useSettingEditor(DEADLINES_CODEC, deadlines, etag);
  const issues = issuesOf(editor.outcome);
  return (
    <SettingForm editor={editor}>
      {DEADLINE_FIELDS.map((f) => (
        <AdminField
          key={f.path}
          id={`deadline-${f.path.replace('.', '-')}`}
          type="number"
          label={t(f.label)}
          value={editor.form[f.path]}
          onChange={(value) => editor.setForm((prev) => ({ ...prev, [f.path]: value }))}
          issue={issues[f.path]}
          required
        />
      ))}
    </SettingForm>
  );
}
