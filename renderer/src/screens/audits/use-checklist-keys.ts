import { useEffect, useLayoutEffect, useRef } from 'react';
import type { SlotAnswer } from '../../../../shared/scoring';
import { afterAnswer, answerForKey, clampCursor, nextUnanswered, otherRespondent, type Cursor, type FlatItem } from './checklist-model';

interface KeyOptions {
  items: readonly FlatItem[];
  /** fillOrder(items), computed once per respondent count. */
  order: readonly Cursor[];
  /** What the screen shows, pending answers included. */
  answers: Readonly<Record<string, readonly SlotAnswer[]>>;
  /** As asked for (see Cursor): ↑/↓ keep this slot over groups with fewer respondents. */
  cursor: Cursor;
  setCursor: (c: Cursor) => void;
  answer: (itemId: string, slot: number, value: SlotAnswer) => void;
  /** Sealed (or another tab): moving around still works, answering does nothing. */
  readOnly: boolean;
  /** Called for an answer key while readOnly, to say why nothing changed (sealed audits). */
  onReadOnlyAnswer?: (() => void) | undefined;
  /** After an answer, go on to the next unanswered cell in fill order. */
  autoAdvance: boolean;
  /** Enter: write a note on the current item. */
  onNote: (itemId: string) => void;
  /** F: attach a photo or file to the current item. */
  onEvidence: (itemId: string) => void;
  /** B with every cell answered: say so rather than do nothing. */
  onAllAnswered: () => void;
}

/** Typing in a field, or a dialog on top, must never turn into answers. */
function ignored(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return true;
  const el = e.target as HTMLElement | null;
  // Checkboxes and buttons do not take text, so the checklist keeps the keys while they have focus.
  const typing = el?.tagName === 'INPUT' ? !['checkbox', 'radio', 'button', 'submit'].includes((el as HTMLInputElement).type) : ['TEXTAREA', 'SELECT'].includes(el?.tagName ?? '');
  if (el && (el.isContentEditable || typing)) return true;
  return document.querySelector('[role="dialog"]') !== null;
}

/**
 * The checklist's keyboard map (the legend on screen lists it): answers per checklist-model's
 * answerForKey, ↑/↓ or K/J between items, ←/→ between respondents or products on the item,
 * [ and ] to the previous or next respondent's interview, B to the next unanswered cell,
 * Enter for a note, F for evidence.
 */
export function useChecklistKeys(options: KeyOptions) {
  // One listener reading the latest options: a re-registered listener could miss, or answer the
  // previous item for, a key typed right after the cursor moved.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { items, order, answers, cursor: wanted, setCursor, answer, readOnly, onReadOnlyAnswer, autoAdvance, onNote, onEvidence, onAllAnswered } = latest.current;
      if (ignored(e)) return;
      const cursor = clampCursor(items, wanted);
      const current = items[cursor.index];
      if (!current) return;
      const go = (c: Cursor | undefined) => {
        e.preventDefault();
        if (c) setCursor(c);
      };
      switch (e.key) {
        case 'ArrowDown': case 'j': case 'J': return go({ index: cursor.index + 1, slot: wanted.slot });
        case 'ArrowUp': case 'k': case 'K': return go({ index: cursor.index - 1, slot: wanted.slot });
        case 'ArrowRight': return go(clampCursor(items, { index: cursor.index, slot: cursor.slot + 1 }));
        case 'ArrowLeft': return go(clampCursor(items, { index: cursor.index, slot: cursor.slot - 1 }));
        case ']': return go(otherRespondent(items, answers, cursor, 1));
        case '[': return go(otherRespondent(items, answers, cursor, -1));
        case 'b': case 'B': {
          const next = nextUnanswered(items, order, answers, cursor);
          if (!next) onAllAnswered();
          return go(next);
        }
        case 'f': case 'F':
          if (readOnly) return;
          e.preventDefault();
          return onEvidence(current.item.id);
        case 'Enter': {
          const tag = (e.target as HTMLElement | null)?.tagName;
          if (tag === 'BUTTON' || tag === 'A') return;
          e.preventDefault();
          return onNote(current.item.id);
        }
      }
      const value = answerForKey(e.key, current.item.scale);
      if (value === undefined) return;
      if (readOnly) {
        if (!onReadOnlyAnswer) return;
        e.preventDefault();
        return onReadOnlyAnswer();
      }
      e.preventDefault();
      const itemId = current.item.id;
      answer(itemId, cursor.slot, value);
      if (!autoAdvance || value === null) return;
      // The answer just given is not in `answers` yet: count it, so the cursor does not stay.
      const row = [...(answers[itemId] ?? [])];
      row[cursor.slot] = value;
      setCursor(afterAnswer(items, order, { ...answers, [itemId]: row }, cursor));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
