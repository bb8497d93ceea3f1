import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorIssues, errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';

/** 'invalid': the text itself cannot be saved (too long, a broken character); retrying would not help. */
type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'invalid';
/** Short enough that a power cut loses at most a second of typing, long enough not to write per key. */
const DEBOUNCE_MS = 600;

interface AutosaveOptions {
  /** The text last saved, where the field starts. */
  saved: string;
  /** Why the text cannot be sent (translated), or null when it can; a refused text is never sent. */
  refuse: (value: string) => string | null;
  /** Sends the text and updates the cache; throws what the call throws. */
  save: (value: string) => Promise<void>;
  /** The notice shown when a save fails, given `error`. */
  failedKey: 'audits.note.failed' | 'audits.recommendation.failed';
}

/**
 * A free text saved after a short pause, on blur and when the field goes away (notes and
 * recommendations). Saves run one after another so an older text can never land after a newer
 * one. A text the schema refuses is not sent (nor retried): `status` says why, the limit included.
 * `refuse` and `save` should be memoised: a new one saves what was typed, as leaving does.
 */
export function useAutosavedText({ saved, refuse, save, failedKey }: AutosaveOptions) {
  const { t } = useTranslation();
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
    const refused = refuse(value);
    if (refused) {
      setProblem(refused);
      setState('invalid');
      return;
    }
    setState('saving');
    chain.current = chain.current.then(async () => {
      try {
        await save(value);
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
        notice(t(failedKey, { error: errorText(t, error) }), 'error');
      }
    });
  }, [refuse, save, failedKey, notice, t]);

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

  /** A typed change waits for a pause; `now` (a chosen suggestion) saves at once. */
  const change = (value: string, now = false) => {
    setText(value);
    latest.current = value;
    setState('idle');
    window.clearTimeout(timer.current);
    if (now) flush();
    else timer.current = window.setTimeout(flush, DEBOUNCE_MS);
  };

  const status =
    state === 'saving' ? t('status.saving') : state === 'saved' ? t('status.saved') : state === 'error' ? t('audits.note.unsaved') : state === 'invalid' ? problem : '';
  return { text, change, flush, status, invalid: state === 'invalid', failed: state === 'error' || state === 'invalid' };
}
