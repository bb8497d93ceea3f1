import { DomainError, type Handlers } from '../../shared/contract';
import { auditCore } from './audit-core';
import { detailOf } from './audits-service';
import type { ServiceContext } from './context';

type VoidHandlers = Pick<Handlers, 'audits.void' | 'audits.unvoid'>;

/**
 * An audit made by mistake (wrong unit, a test run) is voided, never deleted: it leaves lists and
 * reports and frees its period, but stays in the database with its trail and can be restored.
 * A sealed audit is a record that was signed off, so it can never be voided.
 */
export function voidHandlers(ctx: ServiceContext): VoidHandlers {
  const core = auditCore(ctx);
  return {
    'audits.void': ({ auditId, reason }) => {
      core.write(() => {
        const r = core.record(auditId);
        if (r.status === 'final') throw new DomainError('READ_ONLY', 'errors.sealedCannotVoid');
        if (r.voided) return;
        core.audits.setVoided(auditId, { at: core.now(), reason }, core.now());
        core.log(r, { action: 'voided', itemId: null, slot: null, oldValue: null, newValue: null, note: reason });
      });
      return detailOf(ctx, core, core.state(auditId));
    },
    'audits.unvoid': ({ auditId }) => {
      core.write(() => {
        const r = core.record(auditId);
        if (!r.voided) throw new DomainError('CONFLICT', 'errors.auditNotVoided');
        if (core.audits.periodTaken(r.unit.id, r.period.year, r.period.label, auditId)) {
          throw new DomainError('CONFLICT', 'errors.unvoidPeriodTaken');
        }
        core.audits.setVoided(auditId, null, core.now());
        core.log(r, { action: 'unvoided', itemId: null, slot: null, oldValue: null, newValue: null, note: r.voided.reason });
      });
      return detailOf(ctx, core, core.state(auditId));
    },
  };
}
