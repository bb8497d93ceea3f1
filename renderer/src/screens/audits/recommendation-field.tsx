import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RECOMMENDATION_CHARS, recommendationInput, type RecommendationScope } from '../../../../shared/domain/audit';
import type { LocalizedText } from '../../../../shared/methodology/template-schema';
import { call } from '../../api/client';
import { errorIssues, errorText, schemaProblem } from '../../api/errors';
import { useNotice } from '../../components/notice';
import { useLocalized } from './audit-text';
import type { AuditCache } from './use-audit-detail';
import './recommendation-field.css';

type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'invalid';
/** As the note: at most a second of typing lost, not a write per key. */
const DEBOUNCE_MS = 600;

interface Props {
  auditId: string;
  scope: RecommendationScope;
  /** The item or group id. */
  targetId: string;
  saved: string;
  readOnly: boolean;
  cache: AuditCache;
  /** The template's suggested wording, offered while the field is empty; never the evidence hint. */
  suggestion?: LocalizedText | undefined;
}

/**
 * The auditor's recommendation for one item or one dimension, saved through audits.recommend
 * as notes are (after a pause, on blur, when the item closes; one save after another). The
 * report lists it by dimension, the most points to gain first.
 */
export function RecommendationField({ auditId, scope, targetId, saved, readOnly, cache, suggestion }: Props) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
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
    const refused = value.length > MAX_RECOMMENDATION_CHARS
      ? t('audits.recommendation.tooLong', { length: value.length.toLocaleString(i18n.language), max: MAX_RECOMMENDATION_CHARS.toLocaleString(i18n.language) })
      : schemaProblem(t, recommendationInput.shape.text, value);
    if (refused) {
      setProblem(refused);
      setState('invalid');
      return;
    }
    setState('saving');
    chain.current = chain.current.then(async () => {
      try {
        const ack = await call('audits.recommend', { auditId, scope, targetId, text: value });
        const key = scope === 'item' ? 'items' : 'groups';
        cache.patch((d) => ({ ...d, recommendations: { ...d.recommendations, [key]: { ...d.recommendations[key], [targetId]: ack.text } } }));
        void cache.touchDerived();
        if (latest.current === value) setState('saved');
      } catch (error) {
        if (errorIssues(error).length) {
          setProblem(errorText(t, error));
          setState('invalid');
          return;
        }
        sent.current = null;
        setState('error');
        notice(t('audits.recommendation.failed', { error: errorText(t, error) }), 'error');
      }
    });
  }, [auditId, scope, targetId, cache, notice, t, i18n.language]);

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

  const change = (value: string, now = false) => {
    setText(value);
    latest.current = value;
    setState('idle');
    window.clearTimeout(timer.current);
    if (now) flush();
    else timer.current = window.setTimeout(flush, DEBOUNCE_MS);
  };

  const id = `recommendation-${scope}-${targetId}`;
  const status =
    state === 'saving' ? t('status.saving') : state === 'saved' ? t('status.saved') : state === 'error' ? t('audits.note.unsaved') : state === 'invalid' ? problem : '';
  const failed = state === 'error' || state === 'invalid';
  return (
    <div className={`note-field recommendation-field recommendation-field--${scope}`}>
      <div className="recommendation-field__head">
        <label htmlFor={id} className="note-field__label">
          {scope === 'item' ? t('audits.recommendation.label') : t('audits.recommendation.groupLabel')}
        </label>
        {suggestion && !readOnly && text.trim() === '' && (
          <button type="button" className="button button--ghost button--small" title={loc(suggestion)} onClick={() => change(loc(suggestion), true)}>
            {t('audits.recommendation.useSuggestion')}
          </button>
        )}
      </div>
      <textarea
        id={id}
        rows={2}
        value={text}
        readOnly={readOnly}
        aria-invalid={state === 'invalid'}
        placeholder={readOnly ? '' : t(scope === 'item' ? 'audits.recommendation.placeholder' : 'audits.recommendation.groupPlaceholder')}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
      <span className={`note-field__status${failed ? ' note-field__status--error' : ''}`} aria-live="polite">{status}</span>
    </div>
  );
}
