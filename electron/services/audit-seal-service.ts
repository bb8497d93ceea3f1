import { DomainError, validationError, type Handlers, type Issue } from '../../shared/contract';
import type { SignOff } from '../../shared/domain/audit';
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

/** A drawn signature at most this many pixels a side: what the pad makes, with room to spare. */
const MAX_SIGNATURE_SIDE = 2000;

/**
 * Signers, when given, are the audit's auditors (the first one `auditorName`) and one unit
 * representative (`agencyRepresentative`); a drawing must be a real PNG of a sensible size.
 */
function checkSigners(auditors: string[], signOff: SignOff): void {
  const signers = signOff.signers;
  if (!signers) return;
  const issues: Issue[] = [];
  const auditorSigners = signers.filter((x) => x.role === 'auditor');
  const representatives = signers.filter((x) => x.role === 'representative');
  const missing = auditors.filter((name) => !auditorSigners.some((x) => x.name === name));
  if (missing.length || auditorSigners.some((x) => !auditors.includes(x.name)) || auditorSigners[0]?.name !== signOff.auditorName) {
    issues.push({ path: 'signOff.signers', message: 'validation.signersAuditors', params: { names: missing.join(', ') } });
  }
  if (representatives.length !== 1 || representatives[0]!.name !== signOff.agencyRepresentative) {
    issues.push({ path: 'signOff.signers', message: 'validation.signersRepresentative' });
  }
  signers.forEach((x, i) => {
    if (x.drawn && !isPlausiblePng(x.drawn)) issues.push({ path: `signOff.signers.${i}.drawn`, message: 'validation.signatureFormat' });
  });
  if (issues.length) throw validationError(issues);
}

function isPlausiblePng(dataUrl: string): boolean {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  if (bytes.length < 33 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.readUInt32BE(4) !== 0x0d0a1a0a || bytes.toString('latin1', 12, 16) !== 'IHDR') return false;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width > 0 && height > 0 && width <= MAX_SIGNATURE_SIDE && height <= MAX_SIGNATURE_SIDE;
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
        checkSigners(r.auditors.map((a) => a.name), signOff);
        const open = core.conflicts.count(auditId);
        if (open > 0) throw new DomainError('CONFLICT', 'errors.auditHasConflicts', { count: open });
        // A seal vouches for a verdict; an audit where nothing applies has none to vouch for.
        if (!core.scoreOf(core.state(auditId)).unit.scorable) throw new DomainError('CONFLICT', 'errors.auditNotScorable');
        // The zone is part of what is sealed: raising green later on any laptop leaves it as signed.
        // Proofs of service are sealed with the answers they vouch for.
        const content = auditContentOf(core.state(auditId), 'final', signOff, core.policy(), core.content.proofs.list(auditId));
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
