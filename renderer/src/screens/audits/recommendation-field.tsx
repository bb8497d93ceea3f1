import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RECOMMENDATION_CHARS, recommendationInput, type RecommendationScope } from '../../../../shared/domain/audit';
import type { LocalizedText } from '../../../../shared/methodology/template-schema';
import { call } from '../../api/client';
import { schemaProblem } from '../../api/errors';
import { useLocalized } from './audit-text';
import type { AuditCache } from './use-audit-detail';
import { useAutosavedText } from './use-autosaved-text';
import './recommendation-field.css';

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
 * as notes are (useAutosavedText: after a pause, on blur, when the item closes). The
 * report lists it by dimension, the most points to gain first.
 */
export function RecommendationField({ auditId, scope, targetId, saved, readOnly, cache, suggestion }: Props) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const refuse = useCallback(
    (value: string) => value.length > MAX_RECOMMENDATION_CHARS
      ? t('audits.recommendation.tooLong', { length: value.length.toLocaleString(i18n.language), max: MAX_RECOMMENDATION_CHARS.toLocaleString(i18n.language) })
      : schemaProblem(t, recommendationInput.shape.text, value),
    [t, i18n.language],
  );
  const save = useCallback(async (value: string) => {
    const ack = await call('audits.recommend', { auditId, scope, targetId, text: value });
    const key = scope === 'item' ? 'items' : 'groups';
    cache.patch((d) => ({ ...d, recommendations: { ...d.recommendations, [key]: { ...d.recommendations[key], [targetId]: ack.text } } }));
    void cache.touchDerived();
  }, [auditId, scope, targetId, cache]);
  const { text, change, flush, status, invalid, failed } = useAutosavedText({ saved, refuse, save, failedKey: 'audits.recommendation.failed' });

  const id = `recommendation-${scope}-${targetId}`;
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
        aria-invalid={invalid}
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
