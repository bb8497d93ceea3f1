import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './audit-text';

interface SaveStatus {
  /** Answers shown but not yet acknowledged by main. */
  pendingCount: number;
  /** When main last acknowledged one. */
  savedAt: string | null;
}

/**
 * The save status travels by context to the one line that shows it, so that an answer going out
 * and coming back re-renders that line, not the checklist header with all its actions.
 */
export const SaveStatusContext = createContext<SaveStatus>({ pendingCount: 0, savedAt: null });

export function SaveState() {
  const { t, i18n } = useTranslation();
  const { pendingCount, savedAt } = useContext(SaveStatusContext);
  return (
    <span className="save-state" aria-live="polite">
      {pendingCount > 0 ? t('status.saving') : savedAt ? t('audits.checklist.savedAt', { time: formatDateTime(savedAt, i18n.language) }) : ''}
    </span>
  );
}
