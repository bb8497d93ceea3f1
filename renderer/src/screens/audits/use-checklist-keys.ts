import { useEffect, useLayoutEffect, useRef } from 'react';
import type { SlotAnswer } from '../../../../shared/scoring';
import { answerForKey, clampCursor, type Cursor, type FlatItem } from './checklist-model';

interface KeyOptions {
  items: readonly FlatItem[];
  cursor: Cursor;
  setCursor: (c: Cursor) => void;
  answer: (itemId: string, slot: number, value: SlotAnswer) => void;
  /** Sealed (or another tab): moving around still works, answering does nothing. */
  readOnly: boolean;
  /** Called for an answer key while readOnly, to say why nothing changed (sealed audits). */
  onReadOnlyAnswer?: (() => void) | undefined;
  /** After an answer, go to the next item for the same respondent (interviews run per person). */
  autoAdvance: boolean;
  /** Enter: write a note on the current item. */
  onNote: (itemId: string) => void;
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
 * answerForKey, ↑/↓ or K/J between items, ←/→ between respondents or products, Enter for a note.
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
      const { items, cursor, setCursor, answer, readOnly, onReadOnlyAnswer, autoAdvance, onNote } = latest.current;
      if (ignored(e)) return;
      const current = items[cursor.index];
      if (!current) return;
      const go = (c: Cursor) => {
        e.preventDefault();
        setCursor(clampCursor(items, c));
      };
      switch (e.key) {
        case 'ArrowDown': case 'j': case 'J': return go({ index: cursor.index + 1, slot: cursor.slot });
        case 'ArrowUp': case 'k': case 'K': return go({ index: cursor.index - 1, slot: cursor.slot });
        case 'ArrowRight': return go({ index: cursor.index, slot: cursor.slot + 1 });
        case 'ArrowLeft': return go({ index: cursor.index, slot: cursor.slot - 1 });
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
      answer(current.item.id, cursor.slot, value);
      if (autoAdvance && value !== null && cursor.index < items.length - 1) setCursor(clampCursor(items, { index: cursor.index + 1, slot: cursor.slot }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
