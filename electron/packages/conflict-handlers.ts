import { DomainError, validationError, type Handlers } from '../../shared/contract';
import type { MergeConflict } from '../../shared/merge/types';
import type { AuditCore } from '../services/audit-core';
import { detailOf } from '../services/audits-service';
import type { ServiceContext } from '../services/context';

type ConflictHandlers = Pick<Handlers, 'audits.conflicts' | 'audits.resolveConflicts'>;

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
/** Respondent counts first: an incoming answer beyond the local count needs the incoming count. */
const order = (c: MergeConflict) => (c.kind === 'respondents' ? 0 : 1);

/** The lead settles what a merge left open, one conflict at a time or many at once. */
export function conflictHandlers(ctx: ServiceContext, core: AuditCore): ConflictHandlers {
  return {
    'audits.conflicts': ({ auditId }) => {
      core.record(auditId);
      return core.conflicts.list(auditId).map(({ key, conflict, packageId, createdAt }) => ({ key, conflict, packageId, createdAt }));
    },

    'audits.resolveConflicts': ({ auditId, choices }) => {
      core.write(() => {
        const r = core.draft(auditId);
        const open = new Map(core.conflicts.list(auditId).map((c) => [c.key, c.conflict]));
        const unknown = choices.filter((c) => !open.has(c.key));
        if (unknown.length) throw validationError(unknown.map((c) => ({ path: 'choices', message: 'validation.unknownConflict', params: { key: c.key } })));
        const picked = choices.map((c) => ({ ...c, conflict: open.get(c.key)! })).sort((a, b) => order(a.conflict) - order(b.conflict));
        const me = core.provenance(r);
        for (const { key, take, conflict: c } of picked) {
          const log = (v: { itemId: string | null; slot: number | null; oldValue: string | null; newValue: string | null }, who: string) =>
            core.log(r, { action: 'conflictResolved', ...v, note: `${take === 'incoming' ? '→' : '='} ${who}` });
          if (c.kind === 'respondents') {
            if (take === 'incoming') {
              core.audits.setRespondents(auditId, c.groupId, c.incoming.count, c.incoming.labels.map((label) => ({ label, productId: null })));
              clearBeyond(auditId, c.groupId, c.incoming.count, me);
            }
            log({ itemId: null, slot: null, oldValue: JSON.stringify(c.local), newValue: JSON.stringify(take === 'incoming' ? c.incoming : c.local) }, '');
          } else if (c.kind === 'answer') {
            const state = core.state(auditId);
            if (take === 'incoming') {
              if (c.slot >= (state.answers[c.itemId]?.length ?? 0)) throw new DomainError('CONFLICT', 'errors.resolveRespondentsFirst', { key });
              const prov = c.incomingProv ?? me;
              core.content.setAnswer(auditId, c.itemId, c.slot, c.incoming, c.incomingProv?.at ?? core.now(), { by: prov.by, device: prov.device });
            }
            const who = (take === 'incoming' ? c.incomingProv : c.localProv)?.by ?? '';
            log({ itemId: c.itemId, slot: c.slot, oldValue: text(c.local), newValue: text(take === 'incoming' ? c.incoming : c.local) }, who);
          } else {
            if (take === 'incoming') {
              const prov = c.incomingProv ?? me;
              core.content.setNote(auditId, c.itemId, c.incoming, c.incomingProv?.at ?? core.now(), { by: prov.by, device: prov.device });
            }
            const who = (take === 'incoming' ? c.incomingProv : c.localProv)?.by ?? '';
            log({ itemId: c.itemId, slot: null, oldValue: c.local || null, newValue: (take === 'incoming' ? c.incoming : c.local) || null }, who);
          }
          core.conflicts.remove(auditId, key);
        }
        core.audits.touch(auditId, core.now());
      });
      return detailOf(ctx, core, core.state(auditId));
    },
  };

  /** A smaller count taken from the other laptop drops this laptop's answers beyond it, in the trail. */
  function clearBeyond(auditId: string, groupId: string, count: number, me: { by: string; device: string }) {
    const s = core.state(auditId);
    const group = s.template.groups.find((g) => g.id === groupId);
    for (const item of group?.items ?? []) {
      for (const [slot, value] of core.content.itemAnswers(auditId, item.id)) {
        if (slot < count) continue;
        core.content.setAnswer(auditId, item.id, slot, null, core.now(), me);
        core.log(s.record, { action: 'conflictResolved', itemId: item.id, slot, oldValue: text(value), newValue: null, note: groupId });
      }
    }
  }
}
