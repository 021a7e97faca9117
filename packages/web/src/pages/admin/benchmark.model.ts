import { numberOrText } from './admin-form.model.ts';
import type { SettingCodec } from './use-setting-editor.hook.ts';

export interface Benchmark {
  kgCo2ePer10kCnyValueAdded: number;
  year: number;
  source: string;
  updatedAt: string | null;
}

/** The form keeps text; numbers are parsed only when sent, so the server can name a bad field. */
export interface BenchmarkForm {
  kgCo2ePer10kCnyValueAdded: string;
  year: string;
  source: string;
}

export const BENCHMARK_CODEC: SettingCodec<Benchmark, BenchmarkForm> = {
  path: '/settings/benchmark',
  toForm: (b) => ({
    kgCo2ePer10kCnyValueAdded: String(b.kgCo2ePer10kCnyValueAdded),
    year: String(b.year),
    source: b.source,
  }),
  toBody: (f) => ({
    kgCo2ePer10kCnyValueAdded: numberOrText(f.kgCo2ePer10kCnyValueAdded),
    year: numberOrText(f.year),
    source: f.source,
  }),
  updatedAtOf: (b) => b.updatedAt,
};
