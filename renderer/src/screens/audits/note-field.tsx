import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';
import type { AuditCache } from './use-audit-detail';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';
/** Short enough that a power cut loses at most a second of typing, long enough not to write per key. */
const DEBOUNCE_MS = 600;

/**
 * A note on one item, saved through audits.note after a short pause, on blur and when the item
 * closes. Saves run one after another so an older text can never land after a newer one.
 */
export function NoteField({ auditId, itemId, saved, readOnly, cache }: { auditId: string; itemId: string; saved: string; readOnly: boolean; cache: AuditCache }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [text, setText] = useState(saved);
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef(saved);
  const sent = useRef<string | null>(saved);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const value = latest.current;
    if (value === sent.current) return;
    sent.current = value;
    setState('saving');
    chain.current = chain.current.then(async () => {
      try {
        const ack = await call('audits.note', { auditId, itemId, text: value });
        cache.patch((d) => ({ ...d, notes: { ...d.notes, [itemId]: ack.text } }));
        void cache.touchDerived();
        if (latest.current === value) setState('saved');
      } catch (error) {
        // Marked unsent, so the next pause or blur tries again; the text stays in the box.
        sent.current = null;
        setState('error');
        notice(t('audits.note.failed', { error: errorText(t, error) }), 'error');
      }
    });
  }, [auditId, itemId, cache, notice, t]);

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

  const status = state === 'saving' ? t('status.saving') : state === 'saved' ? t('status.saved') : state === 'error' ? t('audits.note.unsaved') : '';
  return (
    <div className="note-field">
      <label htmlFor={`note-${itemId}`} className="note-field__label">{t('audits.note.label')}</label>
      <textarea
        id={`note-${itemId}`}
        rows={2}
        value={text}
        readOnly={readOnly}
        placeholder={readOnly ? '' : t('audits.note.placeholder')}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        onKeyDown={(e) => {
          // Escape hands the keyboard back to the checklist.
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
      <span className={`note-field__status${state === 'error' ? ' note-field__status--error' : ''}`} aria-live="polite">{status}</span>
    </div>
  );
}
