import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../../shared/domain/audit';
import type { SlotAnswer } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';
import type { AuditCache } from './use-audit-detail';

interface Pending {
  seq: number;
  value: SlotAnswer;
}
const keyOf = (itemId: string, slot: number) => `${itemId}#${slot}`;

/**
 * Runs `run` once the frame after this one is painted: starting a call costs a few milliseconds,
 * which would otherwise delay the answer on screen. A hidden window gets no frames, so a timer
 * runs it anyway.
 */
function afterPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const timer = setTimeout(once, 100);
  requestAnimationFrame(() => {
    clearTimeout(timer);
    setTimeout(once, 0);
  });
}

/**
 * Answers with an optimistic overlay: a keypress shows at once, audits.answer stores it (sent, in
 * order, right after the frame that shows it, or at once when the page goes away), and the
 * AnswerAck (values and score as main stored them) replaces the overlay. A refused write drops
 * its overlay, so the cell falls back to what main holds, and says so: nothing is lost silently.
 * Acks can arrive out of order over HTTP, so each is applied only if it is the newest for its item.
 */
export function useAnswers(auditId: string, detail: AuditDetail, cache: AuditCache) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const seq = useRef(0);
  const appliedItem = useRef(new Map<string, number>());
  const appliedScore = useRef(0);
  const outbox = useRef<(() => void)[]>([]);
  const flushOutbox = useCallback(() => outbox.current.splice(0).forEach((send) => send()), []);
  useEffect(() => {
    window.addEventListener('pagehide', flushOutbox);
    return () => window.removeEventListener('pagehide', flushOutbox);
  }, [flushOutbox]);

  const answers = useMemo(() => {
    const out: Record<string, SlotAnswer[]> = { ...detail.answers };
    for (const [k, p] of Object.entries(pending)) {
      const [itemId = '', slot = '0'] = k.split('#');
      const row = [...(out[itemId] ?? [])];
      row[Number(slot)] = p.value;
      out[itemId] = row;
    }
    return out;
  }, [detail.answers, pending]);

  const answer = useCallback(
    async (itemId: string, slot: number, value: SlotAnswer) => {
      const s = ++seq.current;
      const k = keyOf(itemId, slot);
      setPending((p) => ({ ...p, [k]: { seq: s, value } }));
      try {
        await new Promise<void>((send) => {
          outbox.current.push(send);
          if (outbox.current.length === 1) afterPaint(flushOutbox);
        });
        const ack = await call('audits.answer', { auditId, itemId, slot, value });
        const newestForItem = s > (appliedItem.current.get(itemId) ?? 0);
        const newestScore = s > appliedScore.current;
        if (newestForItem) appliedItem.current.set(itemId, s);
        if (newestScore) appliedScore.current = s;
        cache.patch((d) => ({
          ...d,
          answers: newestForItem ? { ...d.answers, [itemId]: ack.values } : d.answers,
          score: newestScore ? ack.score : d.score,
        }));
        setSavedAt(ack.savedAt);
        void cache.touchDerived();
      } catch (error) {
        notice(t('audits.checklist.answerFailed', { error: errorText(t, error) }), 'error');
      } finally {
        setPending(({ [k]: mine, ...rest }) => (mine && mine.seq !== s ? { ...rest, [k]: mine } : rest));
      }
    },
    [auditId, cache, notice, t, flushOutbox],
  );

  return { answers, answer, pendingCount: Object.keys(pending).length, savedAt };
}
