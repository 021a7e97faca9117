import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitOutcome } from './admin-form.model.ts';
import { FormStatus } from './form-status.tsx';
import { UpdatedAt } from './updated-at.tsx';

interface EditorState {
  updatedAt: string | null;
  outcome: SubmitOutcome;
  save: () => Promise<void>;
}

/** The frame every setting form shares: when it was stored, its fields, the outcome and Save. */
export function SettingForm({ editor, children }: { editor: EditorState; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <form
      className="admin-form"
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
      }}
    >
      <UpdatedAt at={editor.updatedAt} />
      {children}
      <FormStatus outcome={editor.outcome} />
      <button type="submit" className="button-primary" disabled={editor.outcome.kind === 'saving'}>
        {t('common.save')}
      </button>
    </form>
  );
}
