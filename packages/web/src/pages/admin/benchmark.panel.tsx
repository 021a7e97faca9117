import { useTranslation } from 'react-i18next';
import { LoadState } from '../../shell/page-states.tsx';
import { useApi } from '../../shell/use-api.hook.ts';
import { AdminField } from './admin-field.tsx';
import { issuesOf } from './admin-form.model.ts';
import { BENCHMARK_CODEC, type Benchmark, type BenchmarkForm } from './benchmark.model.ts';
import { SettingForm } from './setting-form.tsx';
import { useSettingEditor } from './use-setting-editor.hook.ts';

const FIELDS = [
  { key: 'kgCo2ePer10kCnyValueAdded', label: 'admin.benchmark.value', type: 'number' },
  { key: 'year', label: 'admin.benchmark.year', type: 'number' },
  { key: 'source', label: 'admin.benchmark.source', type: 'text' },
] as const;

/** The manufacturing benchmark avoided emissions are measured against. */
export function BenchmarkPanel() {
  const { t } = useTranslation();
  const state = useApi<Benchmark>(BENCHMARK_CODEC.path);
  return (
    <section className="card admin-section" aria-labelledby="benchmark-title">
      <h2 id="benchmark-title">{t('admin.benchmark.title')}</h2>
      <p className="muted">{t('admin.benchmark.intro')}</p>
      <LoadState state={state}>
        {(data) => <BenchmarkEditor benchmark={data} etag={state.status === 'ready' ? state.etag : null} />}
      </LoadState>
    </section>
  );
}

function BenchmarkEditor({ benchmark, etag }: { benchmark: Benchmark; etag: string | null }) {
  const { t } = useTranslation();
  const editor = useSettingEditor(BENCHMARK_CODEC, benchmark, etag);
  const issues = issuesOf(editor.outcome);
  const set = (key: keyof BenchmarkForm) => (value: string) =>
    editor.setForm((f) => ({ ...f, [key]: value }));
  return (
    <SettingForm editor={editor}>
      {FIELDS.map((f) => (
        <AdminField
          key={f.key}
          id={`benchmark-${f.key}`}
          type={f.type}
          label={t(f.label)}
          value={editor.form[f.key]}
          onChange={set(f.key)}
          issue={issues[f.key]}
          required
        />
      ))}
    </SettingForm>
  );
}
