import { describe, expect, it } from 'vitest';
import { revisionIdOf } from '../../shared/audit-file';
import { signOffFields } from '../../shared/domain/audit';
import { mergeAudit, type AuditSide, type Provenance } from '../../shared/merge';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import type { AuditRecommendations } from '../../shared/audit-file';
import { documentNumber } from '../../shared/reports/document-number';
import { itemShortfalls } from '../../shared/reports/item-shortfalls';
import { recommendationPlan, recurringRecommendations } from '../../shared/reports/recommendation-plan';
import { scoreUnit, type SlotAnswer } from '../../shared/scoring';

/** Recommendations (issue 11): how the report orders them, how two laptops merge them, and the signers' form. */

const template = findBuiltinTemplate('ori-2022-2024')!;
const ani: Provenance = { by: 'ani', device: 'laptop-1', at: '2024-03-01T09:00:00.000Z' };
const budi: Provenance = { by: 'budi', device: 'laptop-2', at: '2024-03-02T10:30:00.000Z' };

const side = (recommendations?: Record<string, string>, by: Provenance | null = ani): AuditSide => ({
  respondents: {}, answers: {}, answerProv: {}, notes: {}, noteProv: {}, evidence: [],
  ...(recommendations ? { recommendations, recommendationProv: Object.fromEntries(Object.keys(recommendations).map((k) => [k, by])) } : {}),
});

describe('recommendationPlan', () => {
  // Every item at full marks except two of Proses and one of Input, each answered 0 on every slot.
  const answers: Record<string, SlotAnswer[]> = Object.fromEntries(
    template.groups.flatMap((g) => g.items.map((i) => [i.id, Array.from({ length: g.respondents.defaultCount }, (): SlotAnswer => (i.scale === 'yesno' ? 1 : 3))])),
  );
  const proses = template.groups.find((g) => g.id === 'PR')!;
  const input = template.groups.find((g) => g.id === 'IN')!;
  for (const id of [proses.items[0]!.id, proses.items[1]!.id, input.items[0]!.id]) answers[id] = answers[id]!.map(() => 0);
  const counts = Object.fromEntries(template.groups.map((g) => [g.id, g.respondents.defaultCount]));
  const score = scoreUnit(template, { respondentCounts: counts, answers }, { green: 80, yellow: 51 });
  const shortfalls = itemShortfalls(template, score);

  it('groups by dimension, the most points to gain first, and keeps a met item that carries a recommendation', () => {
    const met = template.groups.find((g) => g.id === 'OU')!.items[0]!.id;
    const plan = recommendationPlan(template, shortfalls, { items: { [proses.items[1]!.id]: 'Perbaiki maklumat.', [met]: 'Pertahankan.' }, groups: {} });
    expect(plan.map((g) => g.groupId)).toEqual(
      [...new Set(shortfalls.map((s) => s.groupId))].sort((a, b) => plan.find((g) => g.groupId === b)!.points - plan.find((g) => g.groupId === a)!.points).concat('OU'),
    );
    const pr = plan.find((g) => g.groupId === 'PR')!;
    expect(pr.items.map((i) => i.points)).toEqual([...pr.items.map((i) => i.points)].sort((a, b) => b - a));
    expect(pr.items.find((i) => i.itemId === proses.items[1]!.id)!.text).toBe('Perbaiki maklumat.');
    expect(pr.items.find((i) => i.itemId === proses.items[0]!.id)!.text).toBe('');
    expect(plan.find((g) => g.groupId === 'OU')!.items).toEqual([expect.objectContaining({ itemId: met, points: 0, value: 1, text: 'Pertahankan.' })]);
    // Pengaduan has nothing unmet and nothing written: not listed.
    expect(plan.some((g) => g.groupId === 'PD')).toBe(false);
  });

  it('lists a dimension with only a recommendation of its own', () => {
    const plan = recommendationPlan(template, [], { items: {}, groups: { PD: 'Integrasikan dengan SP4N-LAPOR!.' } });
    expect(plan).toEqual([expect.objectContaining({ groupId: 'PD', points: 0, text: 'Integrasikan dengan SP4N-LAPOR!.', items: [] })]);
  });

  it('names an item recommended in two units as recurring, and not one recommended in a single unit', () => {
    const units: { unitName: string; recommendations: AuditRecommendations | undefined }[] = [
      { unitName: 'Dukcapil', recommendations: { items: { 'PR-01': 'Pasang papan.', 'IN-K1': 'Latih petugas.' }, groups: {} } },
      { unitName: 'DPMPTSP', recommendations: { items: { 'PR-01': 'Pasang papan. ' }, groups: {} } },
      { unitName: 'RSUD', recommendations: undefined },
    ];
    expect(recurringRecommendations(template, units)).toEqual([expect.objectContaining({ itemId: 'PR-01', units: ['Dukcapil', 'DPMPTSP'], texts: ['Pasang papan.'] })]);
  });
});

describe('merging recommendations', () => {
  it('takes a change made on one side, with its author', () => {
    const m = mergeAudit(side({ 'item:PR-01': 'a' }), side({ 'item:PR-01': 'a' }), side({ 'item:PR-01': 'b' }, budi), {});
    expect(m.result.recommendations).toEqual({ 'item:PR-01': 'b' });
    expect(m.result.recommendationProv).toEqual({ 'item:PR-01': budi });
    expect(m.conflicts).toEqual([]);
    expect(m.taken).toEqual([{ kind: 'recommendation', key: 'item:PR-01', from: 'a', to: 'b', prov: budi, joined: false }]);
  });

  it('keeps both texts, local first, when both sides changed it differently: no conflict holds up the seal', () => {
    const m = mergeAudit(side({ 'group:PR': 'a' }), side({ 'group:PR': 'lokal' }), side({ 'group:PR': 'masuk' }, budi), {});
    expect(m.result.recommendations).toEqual({ 'group:PR': 'lokal\n\nmasuk' });
    expect(m.conflicts).toEqual([]);
    expect(m.taken).toEqual([expect.objectContaining({ kind: 'recommendation', key: 'group:PR', joined: true })]);
  });

  it('leaves sides without recommendations, and their revision ids, as they were', () => {
    const plain = side();
    const m = mergeAudit(null, plain, side(), {});
    expect(m.result).toEqual(plain);
    expect(revisionIdOf(plain)).toBe(revisionIdOf({ ...plain, recommendations: {} }));
    expect(revisionIdOf(plain)).not.toBe(revisionIdOf(side({ 'item:PR-01': 'a' })));
  });
});

describe('signers and the document number', () => {
  it('drops empty NIP, position and drawing, so the sealed content holds only what was given', () => {
    const parsed = signOffFields.parse({
      auditorName: 'Maria', agencyRepresentative: 'Frans', date: '2024-08-21',
      signers: [{ role: 'auditor', name: 'Maria', nip: '', position: '', drawn: '' }, { role: 'representative', name: 'Frans', position: 'Kepala Dinas' }],
    });
    expect(parsed.signers).toEqual([{ role: 'auditor', name: 'Maria' }, { role: 'representative', name: 'Frans', position: 'Kepala Dinas' }]);
  });

  it('refuses a drawing that is not a PNG data URL, or one too large', () => {
    const base = { auditorName: 'Maria', agencyRepresentative: 'Frans', date: '2024-08-21' };
    const drawn = (d: string) => signOffFields.safeParse({ ...base, signers: [{ role: 'auditor', name: 'Maria', drawn: d }] });
    expect(drawn('data:image/jpeg;base64,AAAA').error?.issues[0]?.message).toBe('validation.signatureFormat');
    expect(drawn(`data:image/png;base64,${'A'.repeat(100_000)}`).error?.issues[0]?.message).toBe('validation.signatureTooLarge');
    expect(drawn('data:image/png;base64,iVBORw0KGgo=').success).toBe(true);
  });

  it('writes the number from its pattern, the agenda number left to fill in', () => {
    expect(documentNumber('700/{n}/Itda/{mm}/{yyyy}', '2024-08-21')).toBe('700/......./Itda/VIII/2024');
    expect(documentNumber('B-{n}/OMBUDSMAN/{yyyy}', '2023-01-05')).toBe('B-......./OMBUDSMAN/2023');
  });
});
