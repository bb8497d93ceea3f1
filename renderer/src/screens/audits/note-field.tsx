import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_CHARS, noteInput } from '../../../../shared/domain/audit';
import { call } from '../../api/client';
import { errorIssues, errorText, schemaProblem } from '../../api/errors';
import { useNotice } from '../../components/notice';
import type { AuditCache } from './use-audit-detail';

/** 'invalid': the text itself cannot be saved (too long, a broken character); retrying would not help. */
type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'invalid';
/** Short enough that a power cut loses at most a second of typing, long enough not to write per key. */
const DEBOUNCE_MS = 600;

/**
 * A note on one item, saved through audits.note after a short pause, on blur and when the item
 * closes. Saves run one after another so an older text can never land after a newer one. A text
 * the schema refuses is not sent (nor retried): the field says why, the limit included.
 */
export function NoteField({ auditId, itemId, saved, readOnly, cache }: { auditId: string; itemId: string; saved: string; readOnly: boolean; cache: AuditCache }) {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const [text, setText] = useState(saved);
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState('');
  const latest = useRef(saved);
  const sent = useRef<string | null>(saved);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const value = latest.current;
    if (value === sent.current) return;
    sent.current = value;
    const refused = value.length > MAX_NOTE_CHARS
      ? t('audits.note.tooLong', { length: value.length.toLocaleString(i18n.language), max: MAX_NOTE_CHARS.toLocaleString(i18n.language) })
      : schemaProblem(t, noteInput.shape.text, value);
    if (refused) {
      setProblem(refused);
      setState('invalid');
      return;
    }
    setState('saving');
    chain.current = chain.current.then(async () => {
      try {
        const ack = await call('audits.note', { auditId, itemId, text: value });
        cache.patch((d) => ({ ...d, notes: { ...d.notes, [itemId]: ack.text } }));
        void cache.touchDerived();
        if (latest.current === value) setState('saved');
      } catch (error) {
        if (errorIssues(error).length) {
          // Main refused the text itself: sending it again would be refused again.
          setProblem(errorText(t, error));
          setState('invalid');
          return;
        }
        // Marked unsent, so the next pause or blur tries again; the text stays in the box.
        sent.current = null;
        setState('error');
        notice(t('audits.note.failed', { error: errorText(t, error) }), 'error');
      }
    });
  }, [auditId, itemId, cache, notice, t, i18n.language]);

  // Leaving the item or the screen, closing the window or hiding it saves what was typed.
  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const change = (value: string) => {
    setText(value);
    latest.current = value;
    setState('idle');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, DEBOUNCE_MS);
  };

  const status =
    state === 'saving' ? t('status.saving') : state === 'saved' ? t('status.saved') : state === 'error' ? t('audits.note.unsaved') : state === 'invalid' ? problem : '';
  const failed = state === 'error' || state === 'invalid';
  return (
    <div className="note-field">
      <label htmlFor={`note-${itemId}`} className="note-field__label">{t('audits.note.label')}</label>
      <textarea
        id={`note-${itemId}`}
        rows={2}
        value={text}
        readOnly={readOnly}
        aria-invalid={state === 'invalid'}
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
