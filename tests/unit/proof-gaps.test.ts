import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { respondentsWithoutProof } from '../../shared/methodology/proof-gaps';

/** Who the seal dialog warns about: survey respondents with at least one answer and no proof. */
const opini = findBuiltinTemplate('ori-opini-2025')!;
const survey = opini.groups.find((g) => g.survey?.proof)!;
const [first, second] = survey.items;

describe('respondentsWithoutProof', () => {
  it('counts answered respondents of proof groups that have no proof, within the respondent count', () => {
    const answers = { [first!.id]: [1, null, 'na', null, 0] as const, [second!.id]: [null, 0] as const };
    // Slots 0, 1, 2 and 4 answered; slot 1 has a proof; slot 4 is beyond a count of 4.
    expect(respondentsWithoutProof(opini, { [survey.id]: { count: 4 } }, answers, [{ groupId: survey.id, slot: 1 }])).toBe(2);
    expect(respondentsWithoutProof(opini, { [survey.id]: { count: 30 } }, answers, [])).toBe(4);
  });

  it('ignores groups that ask for no proof, and proofs of another group', () => {
    const other = opini.groups.find((g) => !g.survey?.proof)!;
    const answers = { [other.items[0]!.id]: [3, 3, 3] as const, [first!.id]: [1] as const };
    expect(respondentsWithoutProof(opini, {}, answers, [{ groupId: other.id, slot: 0 }])).toBe(1);
    expect(respondentsWithoutProof(opini, {}, {}, [])).toBe(0);
  });
});
