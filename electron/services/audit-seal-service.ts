import { DomainError, validationError, type Handlers } from '../../shared/contract';
import { latestIndonesianDate } from '../../shared/iso/dates';
import { auditCore, voidedError, type AuditState } from './audit-core';
import { auditContentOf, hashContent, serializeContent, type AuditContent } from './audit-file-build';
import { auditFileV2Of } from '../packages/audit-file-v2';
import { detailOf } from './audits-service';
import type { ServiceContext } from './context';
import { saveExport } from './export-file';

type SealHandlers = Pick<Handlers, 'audits.seal' | 'audits.reopen' | 'audits.trail' | 'audits.export'>;

/** A file name that any file system accepts: "dinas-kependudukan-2023.patuh-audit.json". */
function fileName(s: AuditState): string {
  const slug = s.record.unit.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'audit'}-${s.record.period.year}.patuh-audit.json`;
}

/** Finalising (sign-off and content hash), reopening with a reason, the trail, and the audit-file export. */
export function sealHandlers(ctx: ServiceContext): SealHandlers {
  const core = auditCore(ctx);

  /** Evidence must still be on disk with its recorded hash before it is sealed or handed on. */
  const checkEvidence = (content: Pick<AuditContent, 'evidence'>) => {
    for (const e of content.evidence) core.files.read(e.sha256);
  };

  return {
    'audits.seal': ({ auditId, signOff }) => {
      // A sign-off cannot be dated in the future: later than today anywhere in Indonesia.
      if (signOff.date > latestIndonesianDate(ctx.now())) throw validationError([{ path: 'signOff.date', message: 'validation.futureDate' }]);
      core.write(() => {
        const r = core.draft(auditId);
        const open = core.conflicts.count(auditId);
        if (open > 0) throw new DomainError('CONFLICT', 'errors.auditHasConflicts', { count: open });
        // A seal vouches for a verdict; an audit where nothing applies has none to vouch for.
        if (!core.scoreOf(core.state(auditId)).unit.scorable) throw new DomainError('CONFLICT', 'errors.auditNotScorable');
        // The zone is part of what is sealed: raising green later on any laptop leaves it as signed.
        const content = auditContentOf(core.state(auditId), 'final', signOff, core.policy());
        checkEvidence(content);
        const hash = hashContent(content);
        const sealedBy = ctx.settings.get().auditorName || signOff.auditorName;
        // The trail entry goes in first: once the row is final, its trigger refuses further updates.
        core.log(r, {
          action: 'sealed', itemId: null, slot: null, oldValue: null, newValue: hash,
          note: `${signOff.auditorName}; ${signOff.agencyRepresentative}; ${signOff.date}`,
        });
        // The signature makes the seal unforgeable: anyone can recompute a SHA-256, only this laptop can sign it.
        const at = core.now();
        core.audits.seal(auditId, {
          hash, sealedBy, signOff, content: serializeContent(content), signature: ctx.device.sign(hash), publicKey: ctx.device.publicKey, sealedAt: at,
        }, at);
      });
      return detailOf(ctx, core, core.state(auditId));
    },

    'audits.reopen': ({ auditId, reason }) => {
      core.write(() => {
        const r = core.record(auditId);
        if (r.status !== 'final' || !r.seal) throw new DomainError('CONFLICT', 'errors.auditNotSealed');
        core.audits.reopen(auditId, core.now());
        // The old hash stays here, so what was sealed (and exported) remains traceable.
        core.log(r, { action: 'reopened', itemId: null, slot: null, oldValue: r.seal.hash, newValue: null, note: reason });
      });
      return detailOf(ctx, core, core.state(auditId));
    },

    'audits.trail': ({ auditId }) => {
      core.record(auditId);
      return core.content.trail(auditId);
    },

    'audits.export': ({ auditId }) => {
      const s = core.state(auditId);
      if (s.record.voided) throw voidedError();
      // Format 2: a sealed audit exactly as sealed, with its signature, so it verifies wherever it goes.
      const file = auditFileV2Of(core, s, ctx.now().toISOString(), `Patuh ${ctx.version}`);
      checkEvidence(file);
      const bytes = Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
      return saveExport(ctx, { defaultName: fileName(s), filters: [{ name: 'Patuh audit', extensions: ['json'] }] }, bytes);
    },
  };
}
