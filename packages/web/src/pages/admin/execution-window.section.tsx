import { useTranslation } from 'react-i18next';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { AdminField } from './admin-field.tsx';
import { issuesOf } from './admin-form.model.ts';
import { type FilingSettings, WINDOW_CODEC } from './deadlines.model.ts';
import { SettingForm } from './setting-form.tsx';
import { useSettingEditor } from './use-setting-editor.hook.ts';

/** The yearly window in which contract executions are accepted (GET/PUT /settings/filing). */
export function ExecutionWindowSection() {
  const { t } = useTranslation();
  const state = useApi<FilingSettings>(WINDOW_CODEC.path);
  return (
    <section className="card admin-section" aria-labelledby="window-title">
      <h2 id="window-title">{t('admin.deadlines.windowTitle')}</h2>
      <p className="muted">{t('admin.deadlines.windowIntro')}</p>
      <LoadState state={state}>
        {(data) => <WindowEditor settings={data} etag={state.status === 'ready' ? state.etag : null} />}
      </LoadState>
    </section>
  );
}

function WindowEditor({ settings, etag }: { settings: FilingSettings; etag: string | null }) {
  const { t } = useTranslation();
  const editor = useSettingEditor(WINDOW_CODEC, settings, etag);
  return (
    <SettingForm editor={editor}>
      <AdminField
        id="window-closes-on"
        label={t('admin.deadlines.closesOn')}
        value={editor.form}
        onChange={editor.setForm}
        issue={issuesOf(editor.outcome)['executionWindow.closesOnMonthDay']}
        required
      />
    </SettingForm>
  );
}
