import type { PlausibilityFlag } from '@greenshore/core';
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError, apiRequest } from '../../api.client.ts';
import type { ReportDto } from './portal.types.ts';
import { deriveReport, mergeFlags } from './report-derive.model.ts';
import type { NumberSection, ReportForm } from './report-form.model.ts';
import { issuesByField } from './report-issues.model.ts';
import { combineExplanations, type ListedReport, previousFilingOf } from './report-preview.model.ts';

export interface SavedReport {
  id: number;
  etag: string | null;
}

export type Outcome =
  | { kind: 'idle' | 'busy' | 'saved' | 'conflict' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; message: string };

export interface EditorInit {
  form: ReportForm;
  saved: SavedReport | null;
  storedFlags: PlausibilityFlag[];
}

/** The report form's state and actions: derive, save (POST, then PUT with If-Match) and submit. */
export function useReportEditor(enterpriseId: number, init: EditorInit, reports: ListedReport[]) {
  const [form, setForm] = useState(init.form);
  const [saved, setSaved] = useState(init.saved);
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({});
  const [storedFlags, setStoredFlags] = useState(init.storedFlags);
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [, navigate] = useLocation();
  const derived = useMemo(
    () => deriveReport(form, (start) => previousFilingOf(reports, start)?.filing ?? null),
    [form, reports],
  );
  const issues = { ...serverIssues, ...derived.issues };
  const flags = mergeFlags(derived.flags, storedFlags);

  const change = (update: (f: ReportForm) => ReportForm) => {
    setForm(update);
    // The server judged the previous text; its issues would point at values no longer there.
    setServerIssues({});
    setOutcome({ kind: 'idle' });
  };
  const setNumber = (section: NumberSection, field: string, value: string) =>
    change((f) => ({ ...f, [section]: { ...f[section], [field]: value } }));

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.status === 400) {
      setServerIssues(issuesByField(error.issues));
      setOutcome({ kind: 'invalid', count: error.issues.length });
    } else if (error instanceof ApiError && error.status === 412) setOutcome({ kind: 'conflict' });
    else setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  };

  const store = async (): Promise<SavedReport | null> => {
    const count = Object.keys(derived.issues).length;
    if (count > 0) {
      setOutcome({ kind: 'invalid', count });
      return null;
    }
    const body = { periodType: 'quarterly', filing: derived.filing };
    const response = saved
      ? await apiRequest<ReportDto>('PUT', `/reports/${saved.id}`, { body, ifMatch: saved.etag ?? '*' })
      : await apiRequest<ReportDto>('POST', `/enterprises/${enterpriseId}/reports`, { body });
    const next = { id: response.data.id, etag: response.etag };
    setSaved(next);
    setStoredFlags(response.data.flags);
    return next;
  };

  const save = async () => {
    setOutcome({ kind: 'busy' });
    try {
      const next = await store();
      if (!next) return;
      setOutcome({ kind: 'saved' });
      if (!saved) navigate(`/reports/${next.id}`, { replace: true });
    } catch (error) {
      fail(error);
    }
  };

  const submit = async () => {
    setOutcome({ kind: 'busy' });
    try {
      const next = await store();
      if (!next) return;
      const explanation = combineExplanations(flags, explanations) || undefined;
      await apiRequest('POST', `/reports/${next.id}/submit`, { body: { explanation } });
      navigate('/');
    } catch (error) {
      fail(error);
    }
  };

  const explain = (code: string, text: string) => setExplanations((e) => ({ ...e, [code]: text }));
  return { form, change, setNumber, derived, issues, flags, explanations, explain, outcome, save, submit };
}

export type ReportEditor = ReturnType<typeof useReportEditor>;
