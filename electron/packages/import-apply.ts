import { parseRecommendationKey, sideOfFile, toFormat1, type AuditFileV2, type Provenance } from '../../shared/audit-file';
import type { RespondentLabel } from '../../shared/domain/audit';
import type { AttachmentType, StoredAttachment } from '../../shared/domain/attachments';
import { conflictKey, type MergeEvidence, type MergeTaken } from '../../shared/merge';
import { canonicalJson } from '../../shared/methodology/canonical-json';
import { registryRepo } from '../db/registry-repo';
import { importedPackagesRepo } from '../db/sync-repo';
import { templatesRepo } from '../db/templates-repo';
import type { AuditCore } from '../services/audit-core';
import type { AuditContent } from '../services/audit-file-build';
import type { ServiceContext } from '../services/context';
import { planImport, type AuditPlan, type ImportPlan, type Placement } from './import-plan';
import type { PackagePreview } from '../../shared/domain/packages';
import type { OpenedPackage } from './package-read';

const periodOf = (f: AuditFileV2) => ({ year: f.period.year, label: f.period.label ?? '', start: f.period.start ?? null, end: f.period.end ?? null });
const auditorsOf = (f: AuditFileV2) => f.auditors.map((x) => ({ name: x.name, nip: x.nip ?? '' }));
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const whoOf = (p: Provenance | null, fallback: string) => (p && p.by ? p.by : fallback);

/**
 * Plans the import of a verified package against the data as it is now, and carries it out. The
 * evidence bytes are copied into the store first, asynchronously (the window stays responsive);
 * the plan is made again after that, so the transaction applies to the data as it is then.
 */
export async function importPackage(ctx: ServiceContext, core: AuditCore, pkg: OpenedPackage, path: string, encrypted: boolean): Promise<PackagePreview> {
  const adopted = new Map<string, StoredAttachment>();
  for (const file of pkg.audits) {
    for (const e of [...file.evidence, ...(file.proofs ?? []).flatMap((p) => (p.photo ? [p.photo] : []))]) {
      if (adopted.has(e.sha256) || core.files.get(e.sha256)) continue;
      adopted.set(e.sha256, await core.files.adoptFile(e.sha256, e.mimeType as AttachmentType, pkg.evidence.get(e.sha256)!));
    }
  }
  const plan = planImport(ctx, core, pkg, path, encrypted);
  applyPlan(ctx, core, pkg, plan, adopted);
  return plan.preview;
}

/**
 * Carries out an import plan in one transaction: registry records, templates, evidence links,
 * new audits (with their seals) and merges, each merged value in the trail under the person who
 * gave it. Evidence bytes are copied into the content-addressed store first (a file without a
 * row is harmless if the transaction then fails).
 */
function applyPlan(ctx: ServiceContext, core: AuditCore, pkg: OpenedPackage, plan: ImportPlan, adopted: ReadonlyMap<string, StoredAttachment>): void {
  const registry = registryRepo(ctx.db);
  const now = core.now();
  const maker = pkg.manifest.person.name || pkg.manifest.device.name;
  const origin = `${pkg.manifest.device.name} (${pkg.manifest.device.id})`;

  const storeEvidence = (e: MergeEvidence | AuditFileV2['evidence'][number]) => {
    const stored = adopted.get(e.sha256);
    if (stored) core.files.index(stored);
  };
  const linkEvidence = (auditId: string, e: MergeEvidence | AuditFileV2['evidence'][number], by: string) => {
    if (core.content.findEvidence(auditId, e.itemId, e.sha256)) return;
    storeEvidence(e);
    core.content.insertEvidence({ id: ctx.newId(), auditId, itemId: e.itemId, sha256: e.sha256, name: e.fileName }, e.prov?.at ?? now, { by: whoOf(e.prov, by), device: e.prov?.device ?? '' });
  };

  /** Labels with registry products: the package's product ids where they exist here, else the unit's product by name. */
  const labelsOf = (unitId: string, file: AuditFileV2, groupId: string, labels: readonly string[]): RespondentLabel[] => {
    const ids = file.respondents[groupId]?.productIds ?? [];
    return labels.map((label, i) => {
      const id = ids[i] ?? null;
      if (id === null) return { label, productId: null };
      const product = registry.getProduct(id);
      if (product && product.unitId === unitId) return { label, productId: id };
      const byName = registry.listProducts(unitId, { search: '', includeArchived: true }).find((p) => p.name.toLowerCase() === label.toLowerCase());
      if (byName) return { label, productId: byName.id };
      if (!label || product) return { label, productId: null };
      registry.insertProduct(id, unitId, { name: label, description: '' }, now);
      return { label, productId: id };
    });
  };

  ctx.db.transaction(() => {
    const templates = templatesRepo(ctx.db);
    for (const t of plan.templatesToAdd) {
      templates.insert({ id: t.template.id, version: t.template.version, checksum: t.checksum, json: canonicalJson(t.template), builtin: false }, now);
    }
    for (const a of plan.audits) {
      if (a.kind === 'new') insertAudit(a);
      else if (a.kind === 'merge') mergeInto(a);
      else if (a.kind === 'same') addMissingProofs(a.file);
      if (a.kind !== 'refused') core.revisions.record(a.file.id, a.file.revision.id, sideOfFile(a.file), 'received', now);
    }
    importedPackagesRepo(ctx.db).record(pkg.manifest.packageId, pkg.fingerprint, plan.preview.audits.map((a) => ({ id: a.id, outcome: a.outcome })), now);
  }).immediate();

  function place(p: Placement, create: () => void) {
    if (p.create && !(registry.getEntity(p.id) || registry.getUnit(p.id))) create();
  }

  function insertAudit(a: Extract<AuditPlan, { kind: 'new' }>): void {
    const f = a.file;
    place(a.entity, () => registry.insertEntity(a.entity.id, { kind: f.entity.kind, name: f.entity.name, province: f.entity.province, notes: '' }, now));
    place(a.unit, () => registry.insertUnit(a.unit.id, a.entity.id, { name: f.unit.name, category: f.unit.category, address: '', headName: '' }, now));
    core.templates.pin(f.template.id, f.template.version);
    core.audits.insert(f.id, { unitId: a.unit.id, template: f.template, period: periodOf(f), auditors: auditorsOf(f) }, now);
    for (const [groupId, r] of Object.entries(f.respondents)) core.audits.setRespondents(f.id, groupId, r.count, labelsOf(a.unit.id, f, groupId, r.labels));
    for (const [itemId, values] of Object.entries(f.answers)) {
      values.forEach((v, slot) => {
        if (v === null) return;
        const p = f.provenance.answers[itemId]?.[slot] ?? null;
        core.content.setAnswer(f.id, itemId, slot, v, p?.at ?? now, { by: whoOf(p, maker), device: p?.device ?? '' });
      });
    }
    for (const [itemId, note] of Object.entries(f.notes)) {
      const p = f.provenance.notes[itemId] ?? null;
      core.content.setNote(f.id, itemId, note, p?.at ?? now, { by: whoOf(p, maker), device: p?.device ?? '' });
    }
    for (const scope of ['item', 'group'] as const) {
      const key = scope === 'item' ? 'items' : 'groups';
      for (const [id, text] of Object.entries(f.recommendations?.[key] ?? {})) {
        const p = f.provenance.recommendations?.[key][id] ?? null;
        core.content.setRecommendation(f.id, scope, id, text, p?.at ?? now, { by: whoOf(p, maker), device: p?.device ?? '' });
      }
    }
    for (const e of f.evidence) linkEvidence(f.id, e, maker);
    addProofs(f, () => true);
    const assignment = pkg.manifest.audits.find((x) => x.id === f.id)?.assignment ?? null;
    if (assignment) core.audits.setAssignment(f.id, assignment);
    core.content.addTrail(f.id, { actor: maker, action: 'imported', itemId: null, slot: null, oldValue: null, newValue: f.revision.id, note: origin }, now);
    core.audits.touch(f.id, now);
    if (f.status === 'final') seal(f);
  }

  /**
   * Proofs of service the package brings (format 2, optional). A merge adds those of respondents
   * that have none here and never replaces one: a proof is evidence, not a value to vote on.
   */
  function addProofs(f: AuditFileV2, wanted: (groupId: string, slot: number) => boolean): void {
    for (const p of f.proofs ?? []) {
      if (!wanted(p.groupId, p.slot)) continue;
      if (p.photo) storeEvidence({ ...p.photo, itemId: p.groupId, prov: p.prov });
      core.content.proofs.set(f.id, p.groupId, p.slot, { documentNo: p.documentNo, photo: p.photo && { sha256: p.photo.sha256, name: p.photo.fileName } }, p.prov?.at ?? now, { by: whoOf(p.prov, maker), device: p.prov?.device ?? '' });
    }
  }

  /** Proofs change no revision, so an audit otherwise the "same" still gains the ones missing here (a draft only). */
  function addMissingProofs(f: AuditFileV2): void {
    if (core.record(f.id).status === 'final') return;
    addProofs(f, (groupId, slot) => !core.content.proofs.get(f.id, groupId, slot));
  }

  function mergeInto(a: Extract<AuditPlan, { kind: 'merge' }>): void {
    const f = a.file;
    const r = core.record(f.id);
    addMissingProofs(f);
    for (const t of a.merge.taken) applyTaken(f, r.unit.id, t);
    for (const c of a.merge.conflicts) core.conflicts.put(f.id, conflictKey(c), c, pkg.manifest.packageId, now);
    core.audits.touch(f.id, now);
    if (a.sealArrives) {
      // The seal covers the header too: the period and auditors become the sealed ones.
      core.audits.updateHeader(f.id, periodOf(f), auditorsOf(f), now);
      seal(f);
    }
  }

  function applyTaken(f: AuditFileV2, unitId: string, t: MergeTaken): void {
    const trail = (actor: string, v: { itemId: string | null; slot: number | null; oldValue: string | null; newValue: string | null; note?: string }) =>
      core.content.addTrail(f.id, { actor, action: 'merged', note: v.note ?? origin, itemId: v.itemId, slot: v.slot, oldValue: v.oldValue, newValue: v.newValue }, now);
    switch (t.kind) {
      case 'answer':
        core.content.setAnswer(f.id, t.itemId, t.slot, t.to, t.prov?.at ?? now, { by: whoOf(t.prov, maker), device: t.prov?.device ?? '' });
        return trail(whoOf(t.prov, maker), { itemId: t.itemId, slot: t.slot, oldValue: text(t.from), newValue: text(t.to) });
      case 'note':
        core.content.setNote(f.id, t.itemId, t.to, t.prov?.at ?? now, { by: whoOf(t.prov, maker), device: t.prov?.device ?? '' });
        return trail(whoOf(t.prov, maker), { itemId: t.itemId, slot: null, oldValue: t.from || null, newValue: t.to || null });
      case 'respondents':
        core.audits.setRespondents(f.id, t.groupId, t.to.count, labelsOf(unitId, f, t.groupId, t.to.labels));
        return trail(maker, { itemId: null, slot: null, oldValue: JSON.stringify(t.from), newValue: JSON.stringify(t.to), note: t.groupId });
      case 'recommendation': {
        const target = parseRecommendationKey(t.key);
        if (!target) return;
        core.content.setRecommendation(f.id, target.scope, target.id, t.to, t.prov?.at ?? now, { by: whoOf(t.prov, maker), device: t.prov?.device ?? '' });
        return trail(whoOf(t.prov, maker), { itemId: target.id, slot: null, oldValue: t.from || null, newValue: t.to || null });
      }
      case 'evidence':
        linkEvidence(f.id, t.evidence, maker);
        return trail(whoOf(t.evidence.prov, maker), { itemId: t.evidence.itemId, slot: null, oldValue: null, newValue: t.evidence.sha256, note: t.evidence.fileName });
    }
  }

  /**
   * A seal made elsewhere lands as it was made: its content, hash, signature and time. A format-1
   * file's seal has no signature and stays marked as unsigned.
   */
  function seal(f: AuditFileV2): void {
    const { contentHash, exportedAt: _a, generator: _g, ...content } = toFormat1(f);
    const signOff = f.signOff!;
    const sealedBy = f.seal?.sealedBy ?? signOff.auditorName;
    core.content.addTrail(f.id, { actor: sealedBy, action: 'sealed', itemId: null, slot: null, oldValue: null, newValue: contentHash, note: `${signOff.auditorName}; ${signOff.agencyRepresentative}; ${signOff.date}` }, now);
    core.audits.seal(f.id, {
      hash: contentHash!, sealedBy, signOff, content: JSON.stringify(content satisfies AuditContent),
      signature: f.seal?.signature ?? null, publicKey: f.seal?.publicKey ?? null, sealedAt: f.seal?.sealedAt ?? f.exportedAt,
    }, now);
  }
}
