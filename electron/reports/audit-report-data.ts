import type { AuditFile } from '../../shared/audit-file';
import type { SealSignature } from '../../shared/domain/audit';
import type { Language } from '../../shared/domain/settings';
import type { ZonePolicy } from '../../shared/domain/zone';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import type { EmbeddedImage, Institution } from './report-common';

/** The audit as the report shows it: the audit-file content (the same shape the app seals and the CLI reads). */
export type AuditReportContent = Omit<AuditFile, 'contentHash' | 'exportedAt' | 'generator'>;

/** Per item id and slot, who gave the answer; null where the slot is unanswered or no one is recorded. */
export type AnswerCredits = Record<string, (string | null)[]>;

/** Why an evidence file is not in the report: not found, or no longer the bytes that were recorded. */
export type EvidenceProblem = 'missing' | 'changed';

export interface EvidenceFile {
  itemId: string;
  sha256: string;
  name: string;
  mime: string;
  /** A PNG or JPEG to place under its item; null for other files (listed by name) or unreadable ones. */
  image: EmbeddedImage | null;
  problem: EvidenceProblem | null;
}

/**
 * Everything an audit report is built from, assembled from the database (reports-service.ts) or
 * from an audit file and a folder of attachments (the CLI). The builder computes the score, the
 * unmet items and the path to green from it with shared/scoring, so both give the same figures.
 */
export interface AuditReportData {
  language: Language;
  institution: Institution;
  /** Local "YYYY-MM-DD HH:mm". */
  generatedAt: string;
  content: AuditReportContent;
  /** The seal's content hash; null for a draft. */
  contentHash: string | null;
  template: MethodologyTemplate;
  policy: ZonePolicy;
  /** In the order of content.evidence. */
  evidence: EvidenceFile[];
  credits: AnswerCredits;
  /** The seal's signature as checked where the report is made; null for a draft. */
  signature: SealSignature | null;
}

/** Credits for every answered slot of `content`, from `by` (the stored provenance, or a format-2 file's). */
export function answerCredits(content: AuditReportContent, by: (itemId: string, slot: number) => string | null): AnswerCredits {
  return Object.fromEntries(
    Object.entries(content.answers).map(([itemId, values]) => [itemId, values.map((v, slot) => (v === null ? null : by(itemId, slot)))]),
  );
}

export type EvidenceBytes = Buffer | EvidenceProblem;

/** Reads each evidence file through `read`, keeping images as images and noting what is missing. */
export function evidenceFiles(content: AuditReportContent, read: (sha256: string, fileName: string) => EvidenceBytes): EvidenceFile[] {
  return content.evidence.map((e) => {
    const bytes = read(e.sha256, e.fileName);
    const problem = typeof bytes === 'string' ? bytes : null;
    const type = e.mimeType === 'image/png' ? 'png' : e.mimeType === 'image/jpeg' ? 'jpg' : null;
    return {
      itemId: e.itemId,
      sha256: e.sha256,
      name: e.fileName,
      mime: e.mimeType,
      image: type && typeof bytes !== 'string' ? { type, bytes } : null,
      problem,
    };
  });
}
