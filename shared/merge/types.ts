import type { SlotAnswer } from '../scoring/answers';

/** Who gave a value, on which installation, and when (ISO date-time). */
export interface Provenance {
  by: string;
  device: string;
  at: string;
}

/** One respondent group of an audit: how many slots, and the label of each (by slot). */
export interface MergeRespondents {
  count: number;
  labels: string[];
}

export interface MergeEvidence {
  itemId: string;
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number;
  prov: Provenance | null;
}

/**
 * What a merge compares: the content of one audit as one side holds it. Answers have one entry
 * per slot of the item's group (null = unanswered), and `answerProv` the same shape (null = not
 * known, e.g. an audit file of format 1).
 */
export interface AuditSide {
  respondents: Record<string, MergeRespondents>;
  answers: Record<string, SlotAnswer[]>;
  answerProv: Record<string, (Provenance | null)[]>;
  /** Per item id; a missing key and '' both mean "no note". */
  notes: Record<string, string>;
  noteProv: Record<string, Provenance | null>;
  /** Per "item:ID" / "group:ID" key (audit-file/project.ts); absent on sides from before recommendations. */
  recommendations?: Record<string, string>;
  recommendationProv?: Record<string, Provenance | null>;
  evidence: MergeEvidence[];
}

export type MergeConflict =
  | {
      kind: 'answer';
      itemId: string;
      slot: number;
      base: SlotAnswer;
      local: SlotAnswer;
      incoming: SlotAnswer;
      localProv: Provenance | null;
      incomingProv: Provenance | null;
    }
  | {
      kind: 'note';
      itemId: string;
      base: string;
      local: string;
      incoming: string;
      localProv: Provenance | null;
      incomingProv: Provenance | null;
    }
  | {
      kind: 'respondents';
      groupId: string;
      base: MergeRespondents | null;
      local: MergeRespondents;
      incoming: MergeRespondents;
    };

/** A value the merge took from the incoming side: what the trail records, with who gave it. */
export type MergeTaken =
  | { kind: 'answer'; itemId: string; slot: number; from: SlotAnswer; to: SlotAnswer; prov: Provenance | null }
  | { kind: 'note'; itemId: string; from: string; to: string; prov: Provenance | null }
  | { kind: 'respondents'; groupId: string; from: MergeRespondents | null; to: MergeRespondents }
  | { kind: 'evidence'; evidence: MergeEvidence }
  /** `joined`: both sides changed it differently, so both texts were kept, local first. */
  | { kind: 'recommendation'; key: string; from: string; to: string; prov: Provenance | null; joined: boolean };

export interface MergeResult {
  /** The merged content; where there is a conflict it holds the local value until resolved. */
  result: AuditSide;
  conflicts: MergeConflict[];
  /** Every value taken from the incoming side (not the conflicts). */
  taken: MergeTaken[];
}
