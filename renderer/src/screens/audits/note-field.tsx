import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_CHARS, noteInput } from '../../../../shared/domain/audit';
import { call } from '../../api/client';
import { schemaProblem } from '../../api/errors';
import type { AuditCache } from './use-audit-detail';
import { useAutosavedText } from './use-autosaved-text';

/**
 * A note on one item, saved through audits.note after a short pause, on blur and when the item
 * closes (useAutosavedText). A text the schema refuses is not sent: the field says why, the limit included.
 */
export function NoteField({ auditId, itemId, saved, readOnly, cache }: { auditId: string; itemId: string; saved: string; readOnly: boolean; cache: AuditCache }) {
  const { t, i18n } = useTranslation();
  const refuse = useCallback(
    (value: string) => value.length > MAX_NOTE_CHARS
      ? t('audits.note.tooLong', { length: value.length.toLocaleString(i18n.language), max: MAX_NOTE_CHARS.toLocaleString(i18n.language) })
      : schemaProblem(t, noteInput.shape.text, value),
    [t, i18n.language],
  );
  const save = useCallback(async (value: string) => {
    const ack = await call('audits.note', { auditId, itemId, text: value });
    cache.patch((d) => ({ ...d, notes: { ...d.notes, [itemId]: ack.text } }));
    void cache.touchDerived();
  }, [auditId, itemId, cache]);
  const { text, change, flush, status, invalid, failed } = useAutosavedText({ saved, refuse, save, failedKey: 'audits.note.failed' });

  return (
    <div className="note-field">
      <label htmlFor={`note-${itemId}`} className="note-field__label">{t('audits.note.label')}</label>
      <textarea
        id={`note-${itemId}`}
        rows={2}
        value={text}
        readOnly={readOnly}
        aria-invalid={invalid}
        placeholder={readOnly ? '' : t('audits.note.placeholder')}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        onKeyDown={(e) => {
          // Escape hands the keyboard back to the checklist.
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
      <span className={`note-field__status${failed ? ' note-field__status--error' : ''}`} aria-live="polite">{status}</span>
    </div>
  );
}
