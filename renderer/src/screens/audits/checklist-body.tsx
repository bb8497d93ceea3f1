import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail, GroupRespondents } from '../../../../shared/domain/audit';
import type { Scale, TemplateGroup } from '../../../../shared/methodology/template-schema';
import type { SlotAnswer, UnitScore } from '../../../../shared/scoring';
import { formatScore, slotLabel, useLocalized } from './audit-text';
import { ChecklistItem } from './checklist-item';
import { RecommendationField } from './recommendation-field';
import { SurveyGrid } from './survey-grid';
import type { Cursor, FlatItem } from './checklist-model';
import type { AuditCache } from './use-audit-detail';
import type { EvidenceActions } from './use-evidence';

export type ChecklistMode = 'list' | 'single';

/** One empty row for every unanswered item, so memoised items see the same value each render. */
const NO_ANSWERS: readonly SlotAnswer[] = [];

interface BodyProps {
  detail: AuditDetail;
  items: readonly FlatItem[];
  answers: Record<string, SlotAnswer[]>;
  score: UnitScore;
  cursor: Cursor;
  /** The item shown in full: the cursor's, a frame later (see ChecklistItem's `open`). */
  openIndex: number;
  mode: ChecklistMode;
  readOnly: boolean;
  evidence: EvidenceActions;
  cache: AuditCache;
  onAnswer: (itemId: string, slot: number, value: SlotAnswer) => void;
  onSelect: (index: number, slot?: number) => void;
  onEditRespondents: (group: TemplateGroup) => void;
}

/** The items, grouped by dimension: all of them (the open one in full) or only the open one. */
export function ChecklistBody(props: BodyProps) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const { detail, items, answers, score, cursor, openIndex, mode, readOnly, evidence, cache, onAnswer, onSelect, onEditRespondents } = props;
  const current = items[openIndex];
  const renderItem = (entry: FlatItem) => (
    <ChecklistItem
      key={entry.item.id}
      auditId={detail.audit.id} entry={entry} respondents={detail.audit.respondents[entry.group.id]}
      values={answers[entry.item.id] ?? NO_ANSWERS} current={entry.index === cursor.index} currentSlot={entry.index === cursor.index ? cursor.slot : -1} open={entry.index === openIndex}
      readOnly={readOnly} note={detail.notes[entry.item.id] ?? ''} recommendation={detail.recommendations.items[entry.item.id] ?? ''} evidenceCount={detail.evidence[entry.item.id]?.length ?? 0}
      evidence={evidence} cache={cache} onAnswer={onAnswer} onSelect={onSelect}
    />
  );
  const groupHeader = (g: TemplateGroup, i: number) => {
    const gs = score.groups[i]!;
    return (
      <GroupHeader
        key={`h-${g.id}`} respondents={detail.audit.respondents[g.id]} group={g} readOnly={readOnly} onEdit={onEditRespondents}
        points={gs.points} weight={gs.effectiveWeight} answered={gs.answered} total={gs.total}
      />
    );
  };

  // Survey groups (2025 public trust) are a grid of respondents, not items: their cells are not in `items`.
  const survey = (g: TemplateGroup, gi: number) => (
    <SurveyGrid
      key={g.id} detail={detail} group={g} groupScore={score.groups[gi]!} answers={answers} readOnly={readOnly} cache={cache}
      onAnswer={onAnswer} onEditRespondents={onEditRespondents}
    />
  );
  const surveys = detail.template.groups.map((g, gi) => (g.survey ? survey(g, gi) : null));

  if (mode === 'single' && current) {
    return (
      <div className="checklist-single">
        {groupHeader(current.group, current.groupIndex)}
        <p className="checklist-single__position">{t('audits.checklist.position', { n: openIndex + 1, total: items.length })}</p>
        {current.item.section && <SectionHeading group={current.group} id={current.item.section} />}
        {renderItem(current)}
        <div className="checklist-single__nav">
          <button type="button" className="button" disabled={cursor.index === 0} onClick={() => onSelect(cursor.index - 1)}>← {t('audits.checklist.previous')}</button>
          <button type="button" className="button button--primary" disabled={cursor.index >= items.length - 1} onClick={() => onSelect(cursor.index + 1)}>{t('audits.checklist.next')} →</button>
        </div>
        <GroupRecommendation
          key={`group-${current.group.id}`} auditId={detail.audit.id} scope="group" targetId={current.group.id}
          saved={detail.recommendations.groups[current.group.id] ?? ''} readOnly={readOnly} cache={cache}
        />
        {surveys}
      </div>
    );
  }
  return (
    <div className="checklist-list">
      {detail.template.groups.map((g, gi) => g.survey ? surveys[gi] : (
        <section key={g.id} className="group" aria-label={loc(g.label)}>
          {groupHeader(g, gi)}
          {items.filter((e) => e.groupIndex === gi).map((e, i, arr) => {
            const section = e.item.section && e.item.section !== arr[i - 1]?.item.section ? e.item.section : undefined;
            return (
              <Fragment key={e.item.id}>
                {section && <SectionHeading group={g} id={section} />}
                {renderItem(e)}
              </Fragment>
            );
          })}
          <GroupRecommendation
            auditId={detail.audit.id} scope="group" targetId={g.id} saved={detail.recommendations.groups[g.id] ?? ''} readOnly={readOnly} cache={cache}
          />
        </section>
      ))}
    </div>
  );
}

/** Memoised like the items' own fields: an answer re-renders the body, not every dimension's text box. */
const GroupRecommendation = memo(RecommendationField);

/** A section of a dimension (IN-K, IN-S): a level between the dimension (h2) and its items (h4). */
function SectionHeading({ group, id }: { group: TemplateGroup; id: string }) {
  const loc = useLocalized();
  const section = group.sections?.find((s) => s.id === id);
  return section ? <h3 className="group__section">{section.id} · {loc(section.label)}</h3> : null;
}

interface GroupHeaderProps {
  respondents: GroupRespondents | undefined;
  group: TemplateGroup;
  readOnly: boolean;
  onEdit: (group: TemplateGroup) => void;
  /** The group's figures as numbers, so an answer re-renders only its own group's header. */
  points: number;
  weight: number;
  answered: number;
  total: number;
}

const GroupHeader = memo(function GroupHeader({ respondents, group, readOnly, onEdit, points, weight, answered, total }: GroupHeaderProps) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const count = respondents?.count ?? group.respondents.defaultCount;
  const names = Array.from({ length: count }, (_, slot) => slotLabel(group, respondents, slot, loc));
  return (
    <header className="group__head" id={`group-${group.id}`}>
      <div className="group__title">
        <h2>{loc(group.label)}</h2>
        <span className="group__stats">
          {t('audits.score.points', { points: formatScore(points, i18n.language), weight: formatScore(weight, i18n.language) })}
          {' · '}
          {t('audits.score.answered', { answered, total })}
        </span>
      </div>
      <div className="group__respondents">
        <span className="muted small" title={names.join(', ')}>{t('audits.checklist.respondents', { count, kind: loc(group.respondents.label) })}: {names.join(', ')}</span>
        {!readOnly && <button type="button" className="button button--ghost button--small" onClick={() => onEdit(group)}>{t('audits.respondents.edit')}</button>}
      </div>
    </header>
  );
});

/** The keys that work on the current item, so nobody has to remember them. */
export const KeyLegend = memo(function KeyLegend({ scale, readOnly }: { scale: Scale | undefined; readOnly: boolean }) {
  const { t } = useTranslation();
  const keys: [string, string][] = readOnly
    ? []
    : scale === 'yesno'
      ? [['Y / 1', t('audits.answer.yes')], ['N / T / 0', t('audits.answer.no')], ['X', t('audits.answer.na')]]
      : [['0–3', t('audits.legend.value')], ['N / X', t('audits.answer.na')]];
  if (!readOnly) keys.push(['Del', t('audits.legend.clear')], ['B', t('audits.legend.unanswered')]);
  keys.push(['↑ ↓ / K J', t('audits.legend.items')], ['← →', t('audits.legend.respondents')], ['[ ]', t('audits.legend.otherRespondent')], ['Enter', t('audits.legend.note')]);
  if (!readOnly) keys.push(['F', t('audits.legend.evidence')]);
  return (
    <p className="legend" aria-label={t('audits.legend.title')}>
      {keys.map(([k, what]) => (
        <span key={k} className="legend__key"><kbd>{k}</kbd> {what}</span>
      ))}
    </p>
  );
});
