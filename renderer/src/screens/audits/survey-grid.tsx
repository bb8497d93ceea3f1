import { useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentType } from '../../../../shared/domain/attachments';
import type { AuditDetail } from '../../../../shared/domain/audit';
import type { RespondentProof } from '../../../../shared/domain/respondent-proof';
import type { TemplateGroup } from '../../../../shared/methodology/template-schema';
import type { GroupScore, SlotAnswer } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { useNotice } from '../../components/notice';
import { answerForKey } from './checklist-model';
import { formatScore, slotLabel, useLocalized } from './audit-text';
import type { AuditCache } from './use-audit-detail';
import { readBase64 } from './use-evidence';
import './survey-grid.css';

interface SurveyGridProps {
  detail: AuditDetail;
  group: TemplateGroup;
  groupScore: GroupScore;
  answers: Record<string, SlotAnswer[]>;
  readOnly: boolean;
  cache: AuditCache;
  onAnswer: (itemId: string, slot: number, value: SlotAnswer) => void;
  onEditRespondents: (group: TemplateGroup) => void;
}

const cellText = (v: SlotAnswer | undefined) => (v === null || v === undefined ? '' : v === 'na' ? 'TB' : v >= 1 ? '1' : '0');
const cellClass = (v: SlotAnswer | undefined) => (v === null || v === undefined ? '' : v === 'na' ? ' survey__cell--na' : v >= 1 ? ' survey__cell--yes' : ' survey__cell--no');
/** A click on the current cell cycles its answer, for a mouse or a touch screen: yes, no, N/A, empty. */
const nextOnClick = (v: SlotAnswer | undefined): SlotAnswer => (v === null || v === undefined ? 1 : v === 'na' ? null : v >= 1 ? 0 : 'na');

/**
 * A survey group (2025 public trust: 30 to 100 service users) as a grid, one row per respondent:
 * digits answer and move right along the row (1/Y yes, 0/N/T no, X N/A, Del clears), the last
 * answer leads to the row's proof of service, Enter or ↓ to the next respondent. Keys typed here
 * never reach the checklist's own keys (they are marked handled).
 */
export function SurveyGrid({ detail, group, groupScore, answers, readOnly, cache, onAnswer, onEditRespondents }: SurveyGridProps) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const auditId = detail.audit.id;
  const respondents = detail.audit.respondents[group.id];
  const count = respondents?.count ?? group.respondents.defaultCount;
  const items = group.items;
  const proofCol = group.survey?.proof ? items.length : -1;
  const lastCol = proofCol >= 0 ? proofCol : items.length - 1;
  const [cursor, setCursor] = useState({ row: 0, col: 0 });
  const table = useRef<HTMLTableElement>(null);
  const proofs = useProofs(auditId, cache);

  const focusCell = useCallback((row: number, col: number) => {
    const r = Math.min(Math.max(row, 0), count - 1);
    const c = Math.min(Math.max(col, 0), lastCol);
    setCursor({ row: r, col: c });
    table.current?.querySelector<HTMLElement>(`[data-cell="${r}-${c}"]`)?.focus();
  }, [count, lastCol]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.key === 'Tab') return;
    const el = e.target as HTMLElement;
    const row = Number(el.dataset.row ?? cursor.row);
    const col = Number(el.dataset.col ?? cursor.col);
    const move = (r: number, c: number) => {
      e.preventDefault();
      focusCell(r, c);
    };
    if (el.tagName === 'INPUT') {
      // The proof field takes text; only the keys that leave it are the grid's.
      if (e.key === 'Enter' || e.key === 'ArrowDown') return move(row + 1, 0);
      if (e.key === 'ArrowUp') return move(row - 1, col);
      return;
    }
    switch (e.key) {
      case 'ArrowRight': return move(row, col + 1);
      case 'ArrowLeft': return move(row, col - 1);
      case 'ArrowDown': case 'Enter': return move(row + 1, e.key === 'Enter' ? 0 : col);
      case 'ArrowUp': return move(row - 1, col);
      case 'Home': return move(row, 0);
      case 'End': return move(row, lastCol);
    }
    const item = items[col];
    const value = item ? answerForKey(e.key, item.scale) : undefined;
    // Every other key stays in the grid: it must not move the checklist behind it.
    if (e.key.length === 1 || e.key === 'Delete' || e.key === 'Backspace') e.preventDefault();
    if (value === undefined || !item) return;
    // Sealed: onAnswer says why nothing changes, and the cursor stays.
    onAnswer(item.id, row, value);
    if (readOnly) return;
    if (value !== null) focusCell(row, col + 1);
  };

  const complete = Array.from({ length: count }, (_, s) => items.every((i) => (answers[i.id]?.[s] ?? null) !== null)).filter(Boolean).length;
  const withProof = proofs.list.filter((p) => p.groupId === group.id && p.slot < count).length;
  const f = (n: number) => formatScore(n, i18n.language);
  const sections = group.sections ?? [];

  return (
    <section className="survey" aria-label={loc(group.label)} data-testid={`survey-${group.id}`}>
      <header className="group__head survey__head" id={`group-${group.id}`}>
        <div className="group__title">
          <h2>{loc(group.label)}</h2>
          <span className="group__stats">
            {t('audits.score.points', { points: f(groupScore.points), weight: f(groupScore.effectiveWeight) })}
            {' · '}
            {t('audits.score.answered', { answered: groupScore.answered, total: groupScore.total })}
          </span>
        </div>
        <div className="survey__progress" data-testid="survey-progress">
          <span>{t('audits.survey.complete', { complete, count })}</span>
          {proofCol >= 0 && <span>{t('audits.survey.proofs', { proofs: withProof, count })}</span>}
          <progress className="meter" value={complete} max={count} aria-label={t('audits.survey.complete', { complete, count })} />
          {!readOnly && <button type="button" className="button button--ghost button--small" onClick={() => onEditRespondents(group)}>{t('audits.respondents.edit')}</button>}
        </div>
        <p className="muted small">{t('audits.survey.keys')}</p>
      </header>
      <div className="survey__scroll">
        <table className="survey__grid" role="grid" ref={table} onKeyDown={onKeyDown} aria-label={t('audits.survey.gridLabel', { group: loc(group.label), count })}>
          <thead>
            {sections.length > 0 && (
              <tr>
                <th colSpan={2} />
                {sections.map((s) => {
                  const span = items.filter((i) => i.section === s.id).length;
                  return span ? <th key={s.id} colSpan={span} className="survey__section" scope="colgroup">{loc(s.label)}</th> : null;
                })}
                {proofCol >= 0 && <th />}
              </tr>
            )}
            <tr>
              <th scope="col">#</th>
              <th scope="col">{loc(group.respondents.label)}</th>
              {items.map((i) => <th key={i.id} scope="col" title={loc(i.label)} className="survey__item">{i.id.replace(`${group.id}-`, '')}</th>)}
              {proofCol >= 0 && <th scope="col" title={loc(group.survey!.proof!.hint)}>{loc(group.survey!.proof!.label)}</th>}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: count }, (_, slot) => (
              <SurveyRow
                key={slot} slot={slot} label={slotLabel(group, respondents, slot, loc)} group={group}
                values={items.map((i) => answers[i.id]?.[slot] ?? null).join(',')} answers={items.map((i) => answers[i.id]?.[slot] ?? null)}
                activeCol={cursor.row === slot ? cursor.col : -1} proofCol={proofCol} readOnly={readOnly}
                proof={proofs.list.find((p) => p.groupId === group.id && p.slot === slot) ?? null}
                onCell={(col, click) => {
                  setCursor({ row: slot, col });
                  const item = items[col];
                  if (click && item && !readOnly) onAnswer(item.id, slot, nextOnClick(answers[item.id]?.[slot]));
                }}
                onProofText={(text) => proofs.setText(group.id, slot, text)}
                onProofPhoto={(file) => proofs.attach(group.id, slot, file)}
                onRemovePhoto={() => proofs.removePhoto(group.id, slot)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <dl className="survey__legend">
        {items.map((i) => (
          <div key={i.id}><dt>{i.id.replace(`${group.id}-`, '')}</dt><dd>{loc(i.label)}</dd></div>
        ))}
      </dl>
    </section>
  );
}

interface RowProps {
  slot: number;
  label: string;
  group: TemplateGroup;
  /** The row's answers as one string, so the memo compares by value. */
  values: string;
  answers: SlotAnswer[];
  activeCol: number;
  proofCol: number;
  readOnly: boolean;
  proof: RespondentProof | null;
  onCell: (col: number, click: boolean) => void;
  onProofText: (text: string) => void;
  onProofPhoto: (file: File) => void;
  onRemovePhoto: () => void;
}

const SurveyRow = memo(function SurveyRow({ slot, label, group, answers, activeCol, proofCol, readOnly, proof, onCell, onProofText, onProofPhoto, onRemovePhoto }: RowProps) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const photoInput = useRef<HTMLInputElement>(null);
  // A first click only enters the cell; a click on the cell already in use changes its answer.
  const wasActive = useRef(false);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? proof?.documentNo ?? '';
  const save = () => {
    if (text !== null && text.trim() !== (proof?.documentNo ?? '')) onProofText(text.trim());
    setText(null);
  };
  const done = answers.every((v) => v !== null);
  return (
    <tr className={done ? 'survey__row survey__row--done' : 'survey__row'} aria-rowindex={slot + 1}>
      <th scope="row" className="survey__n">{slot + 1}</th>
      <td className="survey__who">{label}</td>
      {group.items.map((item, col) => (
        <td key={item.id} role="gridcell">
          <button
            type="button" className={`survey__cell${cellClass(answers[col])}`} data-cell={`${slot}-${col}`} data-row={slot} data-col={col}
            tabIndex={activeCol === col || (activeCol < 0 && slot === 0 && col === 0) ? 0 : -1}
            aria-label={`${label}, ${loc(item.label)}: ${answers[col] === null || answers[col] === undefined ? t('audits.survey.empty') : answers[col] === 'na' ? t('audits.answer.na') : answers[col]! >= 1 ? t('audits.answer.yes') : t('audits.answer.no')}`}
            onMouseDown={(e) => (wasActive.current = e.currentTarget === document.activeElement)} onFocus={() => onCell(col, false)} onClick={() => onCell(col, wasActive.current)}
          >
            {cellText(answers[col])}
          </button>
        </td>
      ))}
      {proofCol >= 0 && (
        <td className="survey__proof" role="gridcell">
          <input
            type="text" data-cell={`${slot}-${proofCol}`} data-row={slot} data-col={proofCol} tabIndex={activeCol === proofCol ? 0 : -1}
            value={shown} maxLength={100} readOnly={readOnly} placeholder={t('audits.survey.proofPlaceholder')}
            aria-label={t('audits.survey.proofFor', { who: label })}
            onFocus={() => onCell(proofCol, false)} onChange={(e) => setText(e.target.value)} onBlur={save}
            onKeyDown={(e) => { if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') save(); }}
          />
          {proof?.photo ? (
            <span className="survey__photo" title={proof.photo.name}>
              {t('audits.survey.photo')}: {proof.photo.name}
              {!readOnly && <button type="button" className="button button--ghost button--small" aria-label={t('audits.survey.removePhoto', { who: label })} onClick={onRemovePhoto}>×</button>}
            </span>
          ) : !readOnly && (
            <>
              <button type="button" className="button button--ghost button--small" tabIndex={-1} aria-label={t('audits.survey.addPhoto', { who: label })} onClick={() => photoInput.current?.click()}>{t('audits.survey.photo')}</button>
              <input ref={photoInput} type="file" hidden accept="image/png,image/jpeg,application/pdf" data-testid={`proof-photo-${slot}`}
                onChange={(e) => { const file = e.target.files?.[0]; if (file) onProofPhoto(file); e.target.value = ''; }} />
            </>
          )}
        </td>
      )}
    </tr>
  );
}, (a, b) => a.values === b.values && a.activeCol === b.activeCol && a.proof === b.proof && a.label === b.label && a.readOnly === b.readOnly && a.proofCol === b.proofCol);

/** The audit's proofs of service, with writes that patch the cached list with what main stored. */
function useProofs(auditId: string, cache: AuditCache) {
  const { t } = useTranslation();
  const notice = useNotice();
  const client = useQueryClient();
  const query = useApi('audits.proofs', { auditId });
  const key = ['audits.proofs', { auditId }];
  const put = (groupId: string, slot: number, stored: RespondentProof | null) => {
    client.setQueryData<RespondentProof[]>(key, (list = []) => [...list.filter((p) => !(p.groupId === groupId && p.slot === slot)), ...(stored ? [stored] : [])]);
    void cache.touchDerived();
  };
  const run = async (groupId: string, slot: number, write: () => Promise<RespondentProof | null>) => {
    try {
      put(groupId, slot, await write());
    } catch (error) {
      notice(t('audits.survey.proofFailed', { error: errorText(t, error) }), 'error');
    }
  };
  return {
    list: query.data ?? [],
    setText: (groupId: string, slot: number, documentNo: string) => void run(groupId, slot, () => call('audits.setProof', { auditId, groupId, slot, documentNo })),
    attach: (groupId: string, slot: number, file: File) =>
      void run(groupId, slot, async () => call('audits.attachProof', { auditId, groupId, slot, file: { name: file.name, mime: file.type as AttachmentType, base64: await readBase64(file) } })),
    removePhoto: (groupId: string, slot: number) => void run(groupId, slot, () => call('audits.removeProofPhoto', { auditId, groupId, slot })),
  };
}
