import { basename } from 'node:path';
import { revisionIdOf, sealedProofsOf, sideOfFile, type AuditFileV2 } from '../../shared/audit-file';
import type { SealSignature } from '../../shared/domain/audit';
import type { PackagePreview, PreviewAudit, RegistryMatch } from '../../shared/domain/packages';
import { mergeAudit, type MergeResult } from '../../shared/merge';
import type { AuditSide } from '../../shared/merge/types';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { DomainError } from '../../shared/contract';
import { registryRepo } from '../db/registry-repo';
import { importedPackagesRepo } from '../db/sync-repo';
import { sealSignatureOf, signerOf } from '../keys/signer-check';
import type { AuditCore } from '../services/audit-core';
import type { ServiceContext } from '../services/context';
import { groupOfItems, sideOfState } from './audit-side';
import type { OpenedPackage } from './package-read';

/** Where an incoming entity or unit lands here: an existing id, or a new record with the package's id. */
export interface Placement { id: string; create: boolean; byName: boolean }

export type AuditPlan =
  | { kind: 'new'; file: AuditFileV2; template: MethodologyTemplate; entity: Placement; unit: Placement }
  | { kind: 'same'; file: AuditFileV2 }
  | { kind: 'merge'; file: AuditFileV2; template: MethodologyTemplate; merge: MergeResult; sealArrives: boolean }
  | { kind: 'refused'; file: AuditFileV2; reason: string };

export interface ImportPlan {
  preview: PackagePreview;
  audits: AuditPlan[];
  templatesToAdd: OpenedPackage['templates'];
}

const sameSide = (a: AuditSide, b: AuditSide) => revisionIdOf(a) === revisionIdOf(b);

/**
 * The seal covers proofs of service too, and an arriving seal only adds the ones missing here
 * (import-apply.ts): every proof this laptop has must be the sealed one, or the seal would not hold.
 */
function proofsWithinSeal(core: AuditCore, file: AuditFileV2): boolean {
  const sealed = new Map((sealedProofsOf(file.proofs) ?? []).map((p) => [`${p.groupId}:${p.slot}`, p]));
  return (sealedProofsOf(core.content.proofs.list(file.id)) ?? []).every((p) => {
    const q = sealed.get(`${p.groupId}:${p.slot}`);
    return q !== undefined && q.documentNo === p.documentNo && q.photo === p.photo;
  });
}

/**
 * What importing a verified package would do, without changing anything: the preview the user
 * confirms, and the plan the import then carries out in one transaction.
 */
export function planImport(ctx: ServiceContext, core: AuditCore, pkg: OpenedPackage, path: string, encrypted: boolean): ImportPlan {
  const registry = registryRepo(ctx.db);
  const matches: RegistryMatch[] = [];
  const templatesToAdd: OpenedPackage['templates'] = [];
  const templateRows: PackagePreview['templates'] = [];

  // Templates travel with their checksum: added if missing, refused if this laptop has another text under the same version.
  const templateOf = (file: AuditFileV2): MethodologyTemplate => {
    const ref = file.template;
    const here = core.templates.find(ref.id, ref.version);
    if (here) {
      if (here.checksum !== ref.checksum) throw new DomainError('CONFLICT', 'errors.templateVersionExists', { id: ref.id, version: ref.version });
      if (!templateRows.some((t) => t.id === ref.id && t.version === ref.version)) templateRows.push({ id: ref.id, version: ref.version, outcome: 'present' });
      return here.template;
    }
    const carried = pkg.templates.find((t) => t.template.id === ref.id && t.template.version === ref.version && t.checksum === ref.checksum);
    if (!carried) throw new DomainError('VALIDATION', 'errors.packageTemplate', { name: `${ref.id}@${ref.version}` });
    if (!templatesToAdd.includes(carried)) {
      templatesToAdd.push(carried);
      templateRows.push({ id: ref.id, version: ref.version, outcome: 'add' });
    }
    return carried.template;
  };

  const placeEntity = (file: AuditFileV2): Placement => {
    const byId = file.entity.id ? registry.getEntity(file.entity.id) : undefined;
    if (byId) return note('entity', file.entity.name, 'id', byId.name, { id: byId.id, create: false, byName: false });
    const byName = registry.listEntities({ search: '', includeArchived: true }).find((e) => e.name.toLowerCase() === file.entity.name.toLowerCase());
    if (byName) return note('entity', file.entity.name, 'name', byName.name, { id: byName.id, create: false, byName: true });
    return note('entity', file.entity.name, 'new', null, { id: file.entity.id ?? ctx.newId(), create: true, byName: false });
  };
  const placeUnit = (file: AuditFileV2, entity: Placement): Placement => {
    const byId = file.unit.id ? registry.getUnit(file.unit.id) : undefined;
    if (byId) return note('unit', file.unit.name, 'id', byId.name, { id: byId.id, create: false, byName: false });
    const byName = entity.create ? undefined
      : registry.listUnits(entity.id, { search: '', includeArchived: true }).find((u) => u.name.toLowerCase() === file.unit.name.toLowerCase());
    if (byName) return note('unit', file.unit.name, 'name', byName.name, { id: byName.id, create: false, byName: true });
    return note('unit', file.unit.name, 'new', null, { id: file.unit.id ?? ctx.newId(), create: true, byName: false });
  };
  function note(kind: RegistryMatch['kind'], name: string, match: RegistryMatch['match'], localName: string | null, p: Placement): Placement {
    if (!matches.some((m) => m.kind === kind && m.name === name)) matches.push({ kind, name, match, localName });
    return p;
  }

  const audits = pkg.audits.map((file): AuditPlan => {
    const template = templateOf(file);
    const local = core.audits.get(file.id);
    if (!local) {
      const entity = placeEntity(file);
      const unit = placeUnit(file, entity);
      if (!unit.create && core.audits.periodTaken(unit.id, file.period.year, file.period.label ?? '', null)) {
        return { kind: 'refused', file, reason: 'errors.importPeriodTaken' };
      }
      return { kind: 'new', file, template, entity, unit };
    }
    const incoming = sideOfFile(file);
    const localSide = sideOfState(core, core.state(file.id));
    if (local.status === 'final') {
      // A sealed audit is never merged into: the same seal arriving again is no change.
      return local.seal?.hash === file.contentHash ? { kind: 'same', file } : { kind: 'refused', file, reason: 'errors.importSealedHere' };
    }
    if (local.voided) return { kind: 'refused', file, reason: 'errors.importVoidedHere' };
    const baseRev = core.revisions.newestOf(file.id, [...file.revision.ancestors, file.revision.id]);
    const merge = mergeAudit(baseRev?.content ?? null, localSide, incoming, groupOfItems(template));
    const sealArrives = file.status === 'final';
    if (sealArrives) {
      // The seal covers the sealed content exactly: it can only land on a draft that has nothing of its own since.
      if (merge.conflicts.length > 0 || !sameSide(merge.result, incoming) || !proofsWithinSeal(core, file)) return { kind: 'refused', file, reason: 'errors.importSealedElsewhere' };
    }
    if (merge.taken.length === 0 && merge.conflicts.length === 0 && !sealArrives) return { kind: 'same', file };
    return { kind: 'merge', file, template, merge, sealArrives };
  });

  // A bare audit file has no package signature: no signer to show, rather than an "unknown" one.
  const signer = pkg.manifest.device.publicKey ? signerOf(ctx, pkg.manifest.device.publicKey) : { deviceId: null, signer: null, label: null };
  const previous = importedPackagesRepo(ctx.db).find(pkg.manifest.packageId, pkg.fingerprint);
  const preview: PackagePreview = {
    path,
    fileName: basename(path),
    packageId: pkg.manifest.packageId,
    createdAt: pkg.manifest.createdAt,
    app: pkg.manifest.app,
    encrypted,
    source: pkg.manifest.device.publicKey ? 'package' : 'auditFile',
    maker: { person: pkg.manifest.person.name, nip: pkg.manifest.person.nip, deviceName: pkg.manifest.device.name, publicKey: pkg.manifest.device.publicKey, ...signer },
    alreadyImported: previous?.importedAt ?? null,
    audits: audits.map((plan) => previewOf(ctx, plan, pkg)),
    registry: matches,
    templates: templateRows,
    evidence: { files: pkg.evidence.size, bytes: pkg.audits.flatMap((a) => a.evidence).reduce((n, e, i, all) => (all.findIndex((x) => x.sha256 === e.sha256) === i ? n + e.size : n), 0) },
    needsNameConfirmation: matches.some((m) => m.match === 'name'),
  };
  return { preview, audits, templatesToAdd };
}

function previewOf(ctx: ServiceContext, plan: AuditPlan, pkg: OpenedPackage): PreviewAudit {
  const f = plan.file;
  const entry = pkg.manifest.audits.find((a) => a.id === f.id);
  const template = plan.kind === 'new' || plan.kind === 'merge' ? plan.template : null;
  const assignment = entry?.assignment
    ? { ...entry.assignment, groups: entry.assignment.groupIds.map((id) => template?.groups.find((g) => g.id === id)?.label ?? { id, en: id }) }
    : null;
  const seal: SealSignature | null = f.contentHash && f.seal ? sealSignatureOf(ctx, f.contentHash, f.seal.signature, f.seal.publicKey) : null;
  return {
    id: f.id, entity: f.entity.name, unit: f.unit.name, year: f.period.year, status: f.status,
    outcome: plan.kind, reason: plan.kind === 'refused' ? plan.reason : null,
    changes: plan.kind === 'merge' ? plan.merge.taken.length : 0,
    conflicts: plan.kind === 'merge' ? plan.merge.conflicts.length : 0,
    seal, assignment,
  };
}
