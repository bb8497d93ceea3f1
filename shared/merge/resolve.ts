import type { AuditSide, MergeConflict } from './types';

/** A stable key for a conflict, unique within one merge: `answer:I1:2`, `note:I1`, `respondents:G1`. */
export function conflictKey(c: MergeConflict): string {
  switch (c.kind) {
    case 'answer':
      return `answer:${c.itemId}:${c.slot}`;
    case 'note':
      return `note:${c.itemId}`;
    case 'respondents':
      return `respondents:${c.groupId}`;
  }
}

/**
 * The merged content with every conflict settled the chosen way (`choose` is asked once per
 * conflict). Respondents are settled first, then every item of a group is sized to its group's
 * count: choosing the larger count makes room for the incoming answers beyond the local one, and
 * choosing the smaller drops the slots beyond it, whatever was chosen for them. Items outside
 * `groupOfItem` keep their length, grown to reach any settled slot. The input is not changed.
 */
export function applyResolution(
  merged: AuditSide,
  conflicts: readonly MergeConflict[],
  choose: (c: MergeConflict) => 'local' | 'incoming',
  groupOfItem: Readonly<Record<string, string>>,
): AuditSide {
  const out: AuditSide = {
    ...merged,
    respondents: { ...merged.respondents },
    answers: { ...merged.answers },
    answerProv: { ...merged.answerProv },
    notes: { ...merged.notes },
    noteProv: { ...merged.noteProv },
  };
  for (const c of conflicts) {
    if (c.kind === 'respondents') out.respondents[c.groupId] = choose(c) === 'incoming' ? c.incoming : c.local;
  }
  for (const c of conflicts) {
    if (c.kind === 'respondents') continue;
    const incoming = choose(c) === 'incoming';
    if (c.kind === 'answer') {
      out.answers[c.itemId] = withSlot(out.answers[c.itemId] ?? [], c.slot, incoming ? c.incoming : c.local);
      out.answerProv[c.itemId] = withSlot(out.answerProv[c.itemId] ?? [], c.slot, incoming ? c.incomingProv : c.localProv);
      continue;
    }
    const [note, prov] = incoming ? [c.incoming, c.incomingProv] : [c.local, c.localProv];
    if (note === '') {
      delete out.notes[c.itemId];
      delete out.noteProv[c.itemId];
    } else {
      out.notes[c.itemId] = note;
      out.noteProv[c.itemId] = prov;
    }
  }
  for (const itemId of Object.keys(out.answers)) {
    const groupId = groupOfItem[itemId];
    const count = groupId === undefined ? undefined : out.respondents[groupId]?.count;
    if (count === undefined) continue;
    out.answers[itemId] = sized(out.answers[itemId] ?? [], count);
    out.answerProv[itemId] = sized(out.answerProv[itemId] ?? [], count);
  }
  return out;
}

function withSlot<T>(values: readonly (T | null)[], slot: number, value: T | null): (T | null)[] {
  const next = sized(values, Math.max(values.length, slot + 1));
  next[slot] = value;
  return next;
}

function sized<T>(values: readonly (T | null)[], length: number): (T | null)[] {
  return Array.from({ length }, (_, k) => values[k] ?? null);
}
