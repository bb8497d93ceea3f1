import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../../shared/domain/audit';
import type { TemplateGroup } from '../../../../shared/methodology/template-schema';
import { scoreUnit } from '../../../../shared/scoring';
import { errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';
import { ChecklistBody, KeyLegend, type ChecklistMode } from './checklist-body';
import { ChecklistHeader } from './checklist-header';
import { clampCursor, fillOrder, flatten, type Cursor } from './checklist-model';
import { withoutSurveys } from './survey-model';
import { PathPanel } from './path-panel';
import { RespondentsDialog } from './respondents-dialog';
import { SaveStatusContext } from './save-state';
import { ScorePanel } from './score-panel';
import { TrailPanel } from './trail-panel';
import { useAnswers } from './use-answers';
import { useAuditDetail, type AuditCache } from './use-audit-detail';
import { useChecklistKeys } from './use-checklist-keys';
import { useEvidence } from './use-evidence';
import './audits.css';

const MODE_KEY = 'patuh.checklist.mode';

// The side column and the header follow the answers a frame later (useDeferredValue below): an
// answer key repaints only the cells it changed, within one frame even on a slow laptop.
const SidePanel = memo(ScorePanel);
const Path = memo(PathPanel);
const Header = memo(ChecklistHeader);

/**
 * Runs `fn` on the element with this id once it exists: a note or evidence key can come in the
 * frame before the item opens (a keydown's user activation lasts long enough for a file picker).
 */
function whenShown(id: string, fn: (el: HTMLElement) => void, frames = 30): void {
  const el = document.getElementById(id);
  if (el) fn(el);
  else if (frames > 0) requestAnimationFrame(() => whenShown(id, fn, frames - 1));
}

/** One audit: checklist (or trail) on the left, the live score always in view on the right. */
export function ChecklistScreen({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const { query, cache } = useAuditDetail(auditId);
  if (query.error) return <section className="screen"><p role="alert">{errorText(t, query.error)}</p></section>;
  if (!query.data) return <section className="screen"><p>{t('app.loading')}</p></section>;
  return <Checklist detail={query.data} cache={cache} />;
}

function Checklist({ detail, cache }: { detail: AuditDetail; cache: AuditCache }) {
  const { t } = useTranslation();
  const auditId = detail.audit.id;
  const voided = !!detail.audit.voided;
  const readOnly = detail.audit.status === 'final' || voided;
  const { answers, answer, pendingCount, savedAt } = useAnswers(auditId, detail, cache);
  const evidence = useEvidence(auditId, cache);
  // Survey groups are answered in their own grid (survey-grid.tsx), so the checklist keys skip them.
  const items = useMemo(() => withoutSurveys(flatten(detail.template, detail.audit.respondents)), [detail.template, detail.audit.respondents]);
  const order = useMemo(() => fillOrder(items), [items]);
  // The slot asked for is kept (see Cursor); the one shown is clamped on every render, so a smaller
  // respondent count or a group with fewer respondents never leaves the cursor on a missing slot.
  const [wanted, setWanted] = useState<Cursor>({ index: 0, slot: 0 });
  const cursor = clampCursor(items, wanted);
  // Opening an item (its buttons, note and evidence) is the one large change a key makes: it
  // follows in the frame after the answer and the cursor's highlight (see ChecklistItem).
  const openIndex = useDeferredValue(cursor.index);
  const [mode, setModeRaw] = useState<ChecklistMode>(() => (localStorage.getItem(MODE_KEY) === 'single' ? 'single' : 'list'));
  const [tab, setTab] = useState<'checklist' | 'trail'>('checklist');
  const [autoAdvance, setAutoAdvance] = useState(true);
  const [editing, setEditing] = useState<TemplateGroup | null>(null);

  const setCursor = useCallback((c: Cursor) => setWanted({ index: clampCursor(items, c).index, slot: Math.max(c.slot, 0) }), [items]);
  const setMode = useCallback((m: ChecklistMode) => {
    localStorage.setItem(MODE_KEY, m);
    setModeRaw(m);
  }, []);
  const select = useCallback((index: number, slot?: number) => setWanted((c) => ({ index: clampCursor(items, { index, slot: 0 }).index, slot: slot ?? c.slot })), [items]);
  const focusNote = useCallback((itemId: string) => whenShown(`note-${itemId}`, (el) => el.focus()), []);
  const pickEvidence = useCallback((itemId: string) => whenShown(`evidence-input-${itemId}`, (el) => el.click()), []);
  const notice = useNotice();
  // Sealed or voided: an answer key or click changes nothing, and says so instead of doing nothing silently.
  const sealedNotice = useCallback(() => notice(voided ? t('packages.void.noChanges') : t('audits.sealed.noChanges')), [notice, t, voided]);
  const onAnswer = useCallback(
    (itemId: string, slot: number, value: Parameters<typeof answer>[2]) => (readOnly ? sealedNotice() : void answer(itemId, slot, value)),
    [answer, readOnly, sealedNotice],
  );

  useChecklistKeys({
    items, order, answers, cursor: wanted, setCursor, answer: onAnswer, readOnly: readOnly || tab !== 'checklist', onReadOnlyAnswer: readOnly && tab === 'checklist' ? sealedNotice : undefined,
    autoAdvance, onNote: focusNote, onEvidence: pickEvidence, onAllAnswered: () => notice(t('audits.checklist.allAnswered')),
  });

  const scroller = useRef<HTMLDivElement>(null);
  const currentId = items[cursor.index]?.item.id;
  const openId = items[openIndex]?.item.id;
  // The highlighted row comes into view at once (typing fast can run ahead of the open item)...
  useEffect(() => {
    if (mode === 'list' && currentId) document.getElementById(`item-${currentId}`)?.scrollIntoView({ block: 'nearest' });
  }, [currentId, mode]);
  // ...and the open item as a whole once it is open.
  useEffect(() => {
    const el = openId ? document.getElementById(`item-${openId}`) : null;
    const box = scroller.current;
    if (!el || !box) return;
    // One at a time starts each item at the top; in the list an item taller than the view shows its title.
    if (mode === 'single') box.scrollTo({ top: 0 });
    else el.scrollIntoView({ block: el.offsetHeight > box.clientHeight * 0.8 ? 'start' : 'nearest' });
  }, [openId, mode]);

  // Main's score is the truth; while a write is on its way the same function gives the live figure.
  const policy = detail.score.policy;
  const scoredAnswers = useDeferredValue(answers);
  const scoredPending = useDeferredValue(pendingCount);
  const score = useMemo(() => {
    if (scoredPending === 0) return detail.score.unit;
    const counts = Object.fromEntries(Object.entries(detail.audit.respondents).map(([id, r]) => [id, r.count]));
    return scoreUnit(detail.template, { respondentCounts: counts, answers: scoredAnswers }, policy);
  }, [scoredPending, detail, scoredAnswers, policy]);

  const jumpToItem = useCallback((itemId: string) => {
    const index = items.findIndex((e) => e.item.id === itemId);
    if (index >= 0) select(index);
    setTab('checklist');
  }, [items, select]);
  const jumpToGroup = useCallback((groupIndex: number) => {
    const index = items.findIndex((e) => e.groupIndex === groupIndex);
    if (index >= 0) select(index, 0);
    setTab('checklist');
  }, [items, select]);

  // Memoised with the header: it re-renders for what it shows, not for every answer key.
  const viewControls = useMemo(() => (
    <>
      <div className="segmented" role="tablist" aria-label={t('audits.checklist.views')}>
        <button type="button" role="tab" aria-selected={tab === 'checklist'} onClick={() => setTab('checklist')}>{t('audits.checklist.tab')}</button>
        <button type="button" role="tab" aria-selected={tab === 'trail'} onClick={() => setTab('trail')}>{t('audits.trail.title')}</button>
      </div>
      {tab === 'checklist' && (
        <>
          <div className="segmented" role="group" aria-label={t('audits.checklist.mode')}>
            <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>{t('audits.checklist.modeList')}</button>
            <button type="button" aria-pressed={mode === 'single'} onClick={() => setMode('single')}>{t('audits.checklist.modeSingle')}</button>
          </div>
          {!readOnly && (
            <label className="checkbox" title={t('audits.checklist.autoAdvanceHint')}>
              <input type="checkbox" checked={autoAdvance} onChange={(e) => setAutoAdvance(e.target.checked)} />
              {t('audits.checklist.autoAdvance')}
            </label>
          )}
        </>
      )}
    </>
  ), [t, tab, mode, readOnly, autoAdvance, setMode]);

  const saveStatus = useMemo(() => ({ pendingCount: scoredPending, savedAt }), [scoredPending, savedAt]);

  return (
    <SaveStatusContext.Provider value={saveStatus}>
      <section className="checklist">
        <div className="checklist__main">
          <Header detail={detail} onReplaced={cache.replace}>{viewControls}</Header>
          {tab === 'checklist' && <KeyLegend scale={items[cursor.index]?.item.scale} readOnly={readOnly} />}
          <div className="checklist__scroll" ref={scroller}>
            {tab === 'trail' ? (
              <TrailPanel detail={detail} />
            ) : (
              <ChecklistBody
                detail={detail} items={items} answers={answers} score={score} cursor={cursor} openIndex={openIndex} mode={mode} readOnly={readOnly}
                evidence={evidence} cache={cache} onAnswer={onAnswer} onSelect={select} onEditRespondents={setEditing}
              />
            )}
          </div>
        </div>
        <aside className="checklist__side" aria-label={t('audits.checklist.side')}>
          <SidePanel template={detail.template} score={score} policy={policy} sealedPolicy={detail.score.policyFrom === 'seal'} officialPolicy={detail.score.officialPolicy} onGroup={jumpToGroup} />
          {!readOnly && detail.score.path && <Path template={detail.template} path={detail.score.path} onItem={jumpToItem} />}
        </aside>
        {editing && <RespondentsDialog detail={detail} group={editing} onClose={() => setEditing(null)} onDone={(d) => { setEditing(null); cache.replace(d); }} />}
      </section>
    </SaveStatusContext.Provider>
  );
}
