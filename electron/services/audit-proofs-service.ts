import { validationError, type Handlers } from '../../shared/contract';
import type { RespondentProof } from '../../shared/domain/respondent-proof';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { auditCore, templateRefOf } from './audit-core';
import type { ServiceContext } from './context';

type ProofHandlers = Pick<Handlers, 'audits.proofs' | 'audits.setProof' | 'audits.attachProof' | 'audits.removeProofPhoto'>;

/** The group must ask for proof, and the slot must be one of its respondents in this audit. */
function checkSlot(template: MethodologyTemplate, count: number | undefined, groupId: string, slot: number): void {
  const group = template.groups.find((g) => g.id === groupId);
  if (!group?.survey?.proof) throw validationError([{ path: 'groupId', message: 'validation.noProofAsked', params: { id: groupId } }]);
  const n = count ?? group.respondents.defaultCount;
  if (slot >= n) throw validationError([{ path: 'slot', message: 'validation.slotOutOfRange', params: { count: n } }]);
}

const text = (p: RespondentProof | null | undefined) => (p ? [p.documentNo, p.photo?.name ?? ''].filter(Boolean).join(' · ') : null);

/** Proof of service per survey respondent: each write one transaction with its trail entry. */
export function proofHandlers(ctx: ServiceContext): ProofHandlers {
  const core = auditCore(ctx);
  const proofs = core.content.proofs;

  /** A draft whose group asks for proof and has this respondent, or a typed refusal. */
  function target(auditId: string, groupId: string, slot: number) {
    const r = core.draft(auditId);
    const template = core.templates.load(templateRefOf(r));
    checkSlot(template, core.respondentsOf(auditId, template)[groupId]?.count, groupId, slot);
    return r;
  }

  function write(auditId: string, groupId: string, slot: number, next: (before: RespondentProof | undefined) => { documentNo: string; photo: { sha256: string; name: string } | null }) {
    return core.write(() => {
      const r = target(auditId, groupId, slot);
      const before = proofs.get(auditId, groupId, slot);
      const value = next(before);
      if (before && before.documentNo === value.documentNo && before.photo?.sha256 === value.photo?.sha256) return before;
      proofs.set(auditId, groupId, slot, value, core.now(), core.provenance(r));
      const after = proofs.get(auditId, groupId, slot) ?? null;
      core.changed(r, { action: 'proof', itemId: groupId, slot, oldValue: text(before), newValue: text(after), note: '' });
      return after;
    });
  }

  return {
    'audits.proofs': ({ auditId }) => {
      core.record(auditId);
      return proofs.list(auditId);
    },
    'audits.setProof': ({ auditId, groupId, slot, documentNo }) =>
      write(auditId, groupId, slot, (b) => ({ documentNo, photo: b?.photo ? { sha256: b.photo.sha256, name: b.photo.name } : null })),
    'audits.attachProof': ({ auditId, groupId, slot, file }) => {
      // Refused before any bytes are stored; the bytes are written and synced before the row that points at them (attachments.ts).
      target(auditId, groupId, slot);
      const stored = core.files.put(file.mime, file.base64);
      return write(auditId, groupId, slot, (b) => ({ documentNo: b?.documentNo ?? '', photo: { sha256: stored.sha256, name: file.name } }))!;
    },
    'audits.removeProofPhoto': ({ auditId, groupId, slot }) => write(auditId, groupId, slot, (b) => ({ documentNo: b?.documentNo ?? '', photo: null })),
  };
}
