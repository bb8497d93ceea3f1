import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { DomainError } from '../../shared/contract';
import {
  AUDIT_FORMAT_VERSION_2, parseAnyAuditFile, revisionIdOf, sideOfFile, type AuditFile, type AuditFileV2,
} from '../../shared/audit-file';
import { PACKAGE_FORMAT_VERSION } from '../../shared/package/manifest';
import type { AttachmentStore } from '../services/attachments';
import type { OpenedPackage } from './package-read';
import { sealProblems } from './package-read';

const MAX_AUDIT_FILE_BYTES = 32 * 1024 * 1024;

/** Format 1 carried no provenance, ids or revision: the lead auditor is credited, the revision computed. */
function upgrade(f: AuditFile): AuditFileV2 {
  const lead = f.auditors[0]?.name ?? '';
  const prov = { by: lead, device: '', at: f.exportedAt };
  // Format 1 holds a proof's number and photo hash only (no photo name or type), and Patuh exports
  // format 2: proofs of a hand-made format-1 file are not taken in (an unsigned seal then shows changed).
  const { proofs: _proofs, ...rest } = f;
  const file: AuditFileV2 = {
    ...rest,
    formatVersion: AUDIT_FORMAT_VERSION_2,
    respondents: Object.fromEntries(Object.entries(f.respondents).map(([g, r]) => [g, { count: r.count, labels: r.labels }])),
    evidence: f.evidence.map((e) => ({ ...e, prov })),
    provenance: {
      answers: Object.fromEntries(Object.entries(f.answers).map(([item, values]) => [item, values.map((v) => (v === null ? null : prov))])),
      notes: Object.fromEntries(Object.keys(f.notes).map((item) => [item, prov])),
    },
    revision: { id: '0'.repeat(64), ancestors: [] },
    seal: null,
  };
  file.revision.id = revisionIdOf(sideOfFile(file));
  return file;
}

/**
 * An audit file (`*.patuh-audit.json`, format 1 or 2) imported like a package of one audit with no
 * package signature. Its evidence travels separately, so it is taken from this laptop's store
 * where the same bytes are already here; a draft comes in without the rest, a sealed audit is
 * refused without them (its seal covers them). Proof photos (format 2) travel the same way and
 * must all be here, draft or sealed. A format-2 seal must verify; a format-1 seal is
 * kept but shown as unsigned.
 */
export function openAuditFileAsPackage(path: string, store: AttachmentStore): OpenedPackage {
  if (statSync(path).size > MAX_AUDIT_FILE_BYTES) throw new DomainError('VALIDATION', 'errors.packageTooLarge');
  const bytes = readFileSync(path);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('VALIDATION', 'errors.notPackage');
  }
  const parsed = parseAnyAuditFile(raw);
  if (!parsed.ok) throw new DomainError('VALIDATION', 'errors.packageAudit', { name: path, issues: parsed.issues.slice(0, 20) });
  const file = parsed.value.v2 ?? upgrade(parsed.value.file);
  if (parsed.value.v2 && file.status === 'final') {
    const problems = sealProblems(file);
    if (problems.length) throw new DomainError('VALIDATION', problems[0]!.message, { name: path });
  }
  const evidence = new Map<string, string>();
  /** Takes the bytes from this laptop's store when they are here (read once: a row without its file fails now, not mid-import). */
  const collect = (sha256: string): boolean => {
    if (!store.get(sha256)) return false;
    store.read(sha256);
    evidence.set(sha256, store.pathOf(sha256));
    return true;
  };
  const present = file.evidence.filter((e) => collect(e.sha256));
  if (present.length < file.evidence.length && file.status === 'final') {
    throw new DomainError('VALIDATION', 'errors.packageMissingFile', { name: file.evidence.find((e) => !evidence.has(e.sha256))!.fileName });
  }
  file.evidence = present;
  // A proof photo is refused even in a draft: the proof would come in without it, and a later
  // import never replaces a proof this laptop has (import-apply.ts), so the photo could not follow.
  const lacking = (file.proofs ?? []).find((p) => p.photo && !collect(p.photo.sha256));
  if (lacking) throw new DomainError('VALIDATION', 'errors.packageMissingFile', { name: lacking.photo!.fileName });
  const fingerprint = createHash('sha256').update(bytes).digest('hex');
  const uuid = `${fingerprint.slice(0, 8)}-${fingerprint.slice(8, 12)}-4${fingerprint.slice(13, 16)}-8${fingerprint.slice(17, 20)}-${fingerprint.slice(20, 32)}`;
  return {
    manifest: {
      format: 'patuh-package', formatVersion: PACKAGE_FORMAT_VERSION, packageId: uuid, createdAt: file.exportedAt, app: file.generator,
      device: { id: '', name: '', publicKey: '' }, person: { name: file.auditors[0]?.name ?? '', nip: file.auditors[0]?.nip ?? '' },
      audits: [{ id: file.id, path: `audits/${file.id}.json`, entity: file.entity.name, unit: file.unit.name, year: file.period.year, status: file.status, revision: file.revision.id, assignment: null }],
      files: [],
    },
    fingerprint,
    audits: [file],
    templates: [],
    evidence,
    dir: '',
    close: () => {},
  };
}

/** An audit file starts with "{" (after an optional byte-order mark and blanks); a package never does. */
export function looksLikeAuditFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').trimStart().startsWith('{');
  } finally {
    closeSync(fd);
  }
}
