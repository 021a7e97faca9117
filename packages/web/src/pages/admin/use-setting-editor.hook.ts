import { useState } from 'react';
import { apiRequest } from '../../api.client.ts';
import { outcomeOfError, type SubmitOutcome } from './admin-form.model.ts';

export interface SettingCodec<T, F> {
  path: string;
  toForm: (value: T) => F;
  toBody: (form: F) => unknown;
  updatedAtOf: (value: T) => string | null;
}

/**
 * Edits one If-Match-protected setting. It keeps the ETag and form itself rather than reloading the
 * page's GET, so the "saved" or "stale" notice stays on screen after the answer arrives.
 */
export function useSettingEditor<T, F>(codec: SettingCodec<T, F>, initial: T, initialEtag: string | null) {
  const [form, setForm] = useState<F>(() => codec.toForm(initial));
  const [etag, setEtag] = useState(initialEtag);
  const [updatedAt, setUpdatedAt] = useState(codec.updatedAtOf(initial));
  const [outcome, setOutcome] = useState<SubmitOutcome>({ kind: 'idle' });

  const adopt = (value: T, nextEtag: string | null) => {
    setForm(codec.toForm(value));
    setEtag(nextEtag);
    setUpdatedAt(codec.updatedAtOf(value));
  };

  async function save() {
    setOutcome({ kind: 'saving' });
    try {
      const body = codec.toBody(form);
      const res = await apiRequest<T>('PUT', codec.path, { body, ifMatch: etag ?? undefined });
      adopt(res.data, res.etag);
      setOutcome({ kind: 'saved' });
    } catch (error) {
      const next = outcomeOfError(error);
      setOutcome(next);
      // Show what is stored now, so the admin re-applies the change to the current value.
      if (next.kind === 'stale') {
        const fresh = await apiRequest<T>('GET', codec.path).catch(() => null);
        if (fresh) adopt(fresh.data, fresh.etag);
      }
    }
  }

  return { form, setForm, updatedAt, outcome, save };
}
