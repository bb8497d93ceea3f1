import { DomainError, validationError, type Handlers } from '../../shared/contract';
import { MAX_AUDIT_EVIDENCE, type AnswerAck, type EvidencePreview } from '../../shared/domain/audit';
import { SCALE_MAX, type MethodologyTemplate, type TemplateItem } from '../../shared/methodology/template-schema';
import type { SlotAnswer } from '../../shared/scoring';
import { answerSheet, auditCore, auditScore, groupOfItem, templateRefOf, unitAnswersOf } from './audit-core';
import { auditScores } from './audit-scores';
import type { ServiceContext } from './context';

type AnswerHandlers = Pick<
  Handlers,
  'audits.answer' | 'audits.answerItem' | 'audits.note' | 'audits.attachEvidence' | 'audits.evidence' | 'audits.removeEvidence'
>;

/**
 * Images up to this size come back as data: URLs for the thumbnail strip; larger ones would make
 * every list call heavy, so the page shows a file icon and can ask for the full file.
 */
export const PREVIEW_MAX_BYTES = 512 * 1024;

const text = (v: SlotAnswer | undefined) => (v === null || v === undefined ? null : String(v));

function itemOf(template: MethodologyTemplate, itemId: string): { item: TemplateItem; groupId: string } {
  const group = groupOfItem(template, itemId);
  const item = group?.items.find((i) => i.id === itemId);
  if (!group || !item) throw validationError([{ path: 'itemId', message: 'validation.unknownItem', params: { id: itemId } }]);
  return { item, groupId: group.id };
}

/** Answers, notes and evidence: each write is its own transaction, committed before the reply. */
export function answerHandlers(ctx: ServiceContext): AnswerHandlers {
  const core = auditCore(ctx);
  const scores = auditScores(ctx, core);

  /**
   * Writes the changed slots of one item, each with its trail entry, then scores the audit from
   * the answers as written, in the same transaction: the reply and the list's stored score
   * (migration 6) are the state that was committed, and nothing is read twice.
   */
  function writeSlots(
    auditId: string,
    itemId: string,
    values: (count: number) => Map<number, SlotAnswer>,
    valuePath: (slot: number) => string,
  ): AnswerAck {
    const savedAt = core.now();
    return core.write(() => {
      const r = core.draft(auditId);
      const template = core.templates.load(templateRefOf(r));
      const { item, groupId } = itemOf(template, itemId);
      const respondents = core.respondentsOf(auditId, template);
      const count = respondents[groupId]!.count;
      const wanted = values(count);
      const max = SCALE_MAX[item.scale];
      for (const [slot, value] of wanted) {
        if (slot >= count) throw validationError([{ path: 'slot', message: 'validation.slotOutOfRange', params: { count } }]);
        if (typeof value === 'number' && value > max) {
          throw validationError([{ path: valuePath(slot), message: 'validation.outOfScale', params: { max } }]);
        }
      }
      const current = core.content.itemAnswers(auditId, itemId);
      const prov = core.provenance(r);
      let changed = false;
      for (const [slot, value] of wanted) {
        const old = current.get(slot) ?? null;
        if (old === value) continue;
        core.content.setAnswer(auditId, itemId, slot, value, savedAt, prov);
        core.content.addTrail(auditId, { actor: prov.by, action: 'answer', itemId, slot, oldValue: text(old), newValue: text(value), note: '' }, savedAt);
        changed = true;
      }
      if (changed) core.audits.touch(auditId, savedAt);
      const answers = answerSheet(template, respondents, core.content.answers(auditId));
      const setting = core.policy();
      const score = auditScore(template, unitAnswersOf(respondents, answers), r, setting);
      scores.put(auditId, { revision: r.revision + (changed ? 1 : 0), status: r.status, policyFrom: score.policyFrom, policy: score.policy }, score.unit);
      return { itemId, values: answers[itemId] ?? [], savedAt, score };
    });
  }

  return {
    'audits.answer': ({ auditId, itemId, slot, value }) => writeSlots(auditId, itemId, () => new Map([[slot, value]]), () => 'value'),

    'audits.answerItem': ({ auditId, itemId, values }) =>
      writeSlots(auditId, itemId, (count) => {
        if (values.length !== count) throw validationError([{ path: 'values', message: 'validation.slotCount', params: { count } }]);
        return new Map(values.map((v, slot) => [slot, v]));
      }, (slot) => `values.${slot}`),

    'audits.note': ({ auditId, itemId, text: note }) => {
      const savedAt = core.now();
      core.write(() => {
        const r = core.draft(auditId);
        const template = core.templates.load({ id: r.templateId, version: r.templateVersion, checksum: r.templateChecksum });
        itemOf(template, itemId);
        const old = core.content.notes(auditId).get(itemId) ?? '';
        if (old === note) return;
        core.content.setNote(auditId, itemId, note, savedAt, core.provenance(r));
        core.changed(r, { action: 'note', itemId, slot: null, oldValue: old || null, newValue: note || null, note: '' });
      });
      return { itemId, text: note, savedAt };
    },

    'audits.attachEvidence': ({ auditId, itemId, file }) => {
      const r = core.draft(auditId);
      itemOf(core.templates.load({ id: r.templateId, version: r.templateVersion, checksum: r.templateChecksum }), itemId);
      refuseBeyondEvidenceLimit(auditId);
      // The bytes are written and synced before the row that points at them (see attachments.ts).
      const stored = core.files.put(file.mime, file.base64);
      return core.write(() => {
        const draft = core.draft(auditId);
        const existing = core.content.findEvidence(auditId, itemId, stored.sha256);
        if (existing) return existing;
        refuseBeyondEvidenceLimit(auditId);
        const id = ctx.newId();
        core.content.insertEvidence({ id, auditId, itemId, sha256: stored.sha256, name: file.name }, core.now(), core.provenance(draft));
        core.changed(draft, { action: 'evidenceAdded', itemId, slot: null, oldValue: null, newValue: stored.sha256, note: file.name });
        return core.content.evidenceById(auditId, id)!;
      });
    },

    'audits.evidence': ({ auditId, itemId }) => {
      core.record(auditId);
      return core.content.evidence(auditId, itemId).map((e): EvidencePreview => ({ ...e, preview: previewOf(e.sha256, e.mime, e.size) }));
    },

    'audits.removeEvidence': ({ auditId, evidenceId }) => {
      core.write(() => {
        const r = core.draft(auditId);
        const e = core.content.evidenceById(auditId, evidenceId);
        if (!e) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'evidence' });
        // The file stays in the store: other audits or findings may hold the same bytes.
        core.content.deleteEvidence(evidenceId);
        core.changed(r, { action: 'evidenceRemoved', itemId: e.itemId, slot: null, oldValue: e.sha256, newValue: null, note: e.name });
      });
      return null;
    },
  };

  /** The audit file carries at most this much evidence: an audit holding more could not be exported. */
  function refuseBeyondEvidenceLimit(auditId: string): void {
    if (core.content.evidenceCount(auditId) >= MAX_AUDIT_EVIDENCE) {
      throw validationError([{ path: 'file', message: 'validation.tooManyEvidence', params: { max: MAX_AUDIT_EVIDENCE } }]);
    }
  }

  function previewOf(sha256: string, mime: string, size: number): string | null {
    if (!mime.startsWith('image/') || size > PREVIEW_MAX_BYTES) return null;
    try {
      return core.files.previewDataUrl(sha256);
    } catch (error) {
      // A missing or damaged file shows as "no preview" here; export and seal refuse it loudly.
      if (error instanceof DomainError) return null;
      throw error;
    }
  }
}
