import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupRespondents } from '../../../../shared/domain/audit';
import type { SlotAnswer } from '../../../../shared/scoring';
import { SlotAnswers, SlotChips } from './answer-controls';
import { useLocalized } from './audit-text';
import type { FlatItem } from './checklist-model';
import { EvidenceStrip, useFileDrop } from './evidence-strip';
import { NoteField } from './note-field';
import { RecommendationField } from './recommendation-field';
import type { AuditCache } from './use-audit-detail';
import type { EvidenceActions } from './use-evidence';

// The open item's note and evidence re-render only when their own props change, not per answer.
const Note = memo(NoteField);
const Evidence = memo(EvidenceStrip);
const Recommendation = memo(RecommendationField);

interface ItemProps {
  auditId: string;
  entry: FlatItem;
  respondents: GroupRespondents | undefined;
  values: readonly SlotAnswer[];
  /** The keyboard cursor is on this item (highlighted at once, see `open`). */
  current: boolean;
  /** The cursor's slot here, or -1. */
  currentSlot: number;
  /**
   * Shown in full with answer buttons, note and evidence; otherwise one compact row. This follows
   * the cursor a frame later, so that a key repaints only what it changed before the larger
   * change of opening an item.
   */
  open: boolean;
  readOnly: boolean;
  note: string;
  /** The auditor's recommendation for this item ('' for none). */
  recommendation: string;
  evidenceCount: number;
  evidence: EvidenceActions;
  cache: AuditCache;
  onAnswer: (itemId: string, slot: number, value: SlotAnswer) => void;
  onSelect: (index: number, slot?: number) => void;
}

/**
 * One checklist item. Files dropped anywhere on it become its evidence. Memoised: an answer key
 * re-renders the item it answered and the one the cursor moves to, not all forty.
 */
export const ChecklistItem = memo(function ChecklistItem(props: ItemProps) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const { auditId, entry, respondents, values, current, currentSlot, open, readOnly, note, recommendation, evidenceCount, evidence, cache, onAnswer, onSelect } = props;
  const { item, group, index, slots } = entry;
  const drop = useFileDrop((files) => {
    onSelect(index);
    void evidence.attach(item.id, files);
  }, !readOnly);
  const titleId = `item-title-${item.id}`;
  // Under a section heading (h3) an item is an h4, directly under its dimension (h2) an h3.
  const Title = item.section ? 'h4' : 'h3';
  const className = `item${open ? ' item--open' : ' item--compact'}${current ? ' item--current' : ''}${drop.over ? ' item--drop' : ''}`;

  if (!open) {
    return (
      <article id={`item-${item.id}`} className={className} aria-labelledby={titleId} aria-current={current || undefined} onClick={() => onSelect(index)} {...drop.props}>
        <span className="item__code">{item.id}</span>
        <Title id={titleId} className="item__label">{loc(item.label)}</Title>
        <SlotChips item={item} group={group} respondents={respondents} values={values} slots={slots} currentSlot={currentSlot} onSelect={(slot) => onSelect(index, slot)} />
        <span className="item__marks">
          {note && <span title={note} aria-label={t('audits.note.label')}>✎</span>}
          {recommendation && <span title={recommendation} aria-label={t('audits.recommendation.label')}>➜</span>}
          {evidenceCount > 0 && <span aria-label={t('audits.evidence.count', { count: evidenceCount })}>📎{evidenceCount}</span>}
        </span>
        {(evidence.errors[item.id]?.length ?? 0) > 0 && <p className="item__error" role="alert">{evidence.errors[item.id]!.join(' ')}</p>}
      </article>
    );
  }

  return (
    <article id={`item-${item.id}`} className={className} aria-labelledby={titleId} aria-current={current || undefined} {...drop.props}>
      <header className="item__head">
        <span className="item__code">{item.id}</span>
        <Title id={titleId} className="item__label">{loc(item.label)}</Title>
        <span className="item__scale">{t(`audits.scale.${item.scale}`)}</span>
      </header>
      <p className="item__hint"><strong>{t('audits.checklist.evidenceHint')}</strong> {loc(item.evidenceHint)}</p>
      <SlotAnswers
        item={item} group={group} respondents={respondents} values={values} slots={slots}
        currentSlot={currentSlot} readOnly={readOnly}
        onAnswer={(slot, value) => onAnswer(item.id, slot, value)}
        onSelect={(slot) => onSelect(index, slot)}
      />
      <div className="item__extras">
        <div className="item__written">
          <Note key={item.id} auditId={auditId} itemId={item.id} saved={note} readOnly={readOnly} cache={cache} />
          <Recommendation
            key={`r-${item.id}`} auditId={auditId} scope="item" targetId={item.id} saved={recommendation} readOnly={readOnly} cache={cache} suggestion={item.recommendation}
          />
        </div>
        <Evidence auditId={auditId} itemId={item.id} readOnly={readOnly} evidence={evidence} />
      </div>
    </article>
  );
});
