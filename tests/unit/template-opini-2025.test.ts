import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { templateChecksum } from '../../shared/methodology/checksum';
import { parseTemplate } from '../../shared/methodology/parse-template';
import { usesPlaceholderWeights } from '../../shared/methodology/placeholder-weights';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';

/**
 * The 2025 template (opini-2025.md) and the schema parts it needed: blocks of groups with one
 * weight, survey groups, a qualifier from outside the checklist. The two older templates must not
 * change by a byte of their canonical JSON: audits pin them by checksum.
 */
const opini = findBuiltinTemplate('ori-opini-2025')!;
const clone = (t: MethodologyTemplate) => structuredClone(t) as MethodologyTemplate;
const problems = (t: unknown) => {
  const r = parseTemplate(t);
  return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.message}`).sort();
};

describe('the two existing templates are untouched by the schema extension', () => {
  it('keep the checksums audits pinned before 2025 existed', () => {
    expect(templateChecksum(findBuiltinTemplate('ori-2022-2024')!)).toBe('92d6525b1796626dd85d76f579a9ab15c6b5abcff6313d2deae0812dd0bf8a96');
    expect(templateChecksum(findBuiltinTemplate('ori-2016-2021')!)).toBe('5e3f41a88433db6068853514974bfa586fb1109eade4e96e1ab12338a440e257');
  });

  it('their files equal the committed ones', () => {
    for (const file of ['ori-2022-2024', 'ori-2016-2021']) {
      const diff = execFileSync('git', ['diff', '--stat', 'HEAD', '--', `resources/templates/${file}.json`], { encoding: 'utf8' });
      expect(diff, file).toBe('');
    }
  });
});

describe('ori-opini-2025 v1', () => {
  it('weighs the four dimensions 70 together (split a placeholder) and public trust 30', () => {
    expect(opini.version).toBe(1);
    expect(opini.blocks?.map((b) => [b.id, b.weight, b.side, b.groups, b.source.official])).toEqual([
      ['DIM', 70, 'internal', ['IN', 'PR', 'OU', 'PD'], true],
      ['PUB', 30, 'public', ['KP'], true],
    ]);
    expect(opini.groups.map((g) => [g.id, g.weight, g.source.official])).toEqual([
      ['IN', 15.29, false], ['PR', 22.66, false], ['OU', 16.97, false], ['PD', 15.08, false], ['KP', 30, true],
    ]);
    for (const g of opini.groups.slice(0, 4)) expect(g.source.note).toMatch(/^Placeholder \[I\]: the split of the 70 % .* not published/);
    expect(usesPlaceholderWeights(opini)).toBe(true);
  });

  it('asks 30 service users by default (30..100), each with proof of service', () => {
    const kp = opini.groups.find((g) => g.id === 'KP')!;
    expect(kp.respondents).toMatchObject({ kind: 'user', defaultCount: 30 });
    expect(kp.survey).toMatchObject({ minCount: 30, maxCount: 100, proof: { label: { id: 'Bukti layanan', en: 'Proof of service' } } });
    expect(kp.items.every((i) => i.scale === 'yesno')).toBe(true);
    expect(kp.sections?.map((s) => s.id)).toEqual(['KP-M', 'KP-K']);
    expect(kp.items.filter((i) => i.section === 'KP-M')).toHaveLength(5);
  });

  it('carries the opinion labels and quality words as data, the bands 88/78/54/32 marked inferred', () => {
    expect(opini.bands.map((b) => [b.min, b.max, b.label.id, b.quality?.id, b.source.official])).toEqual([
      [88, 100, 'Kualitas Tertinggi', 'Sangat Baik', false],
      [78, 87.99, 'Kualitas Tinggi', 'Baik', false],
      [54, 77.99, 'Kualitas Sedang', 'Cukup', false],
      [32, 53.99, 'Kualitas Rendah', 'Kurang', false],
      [0, 31.99, 'Kualitas Terendah', 'Sangat Kurang', false],
    ]);
    expect(opini.bands.slice(0, 4).every((b) => b.source.note.startsWith('[I] inferred'))).toBe(true);
    expect(opini.bands[4]!.source.note).toMatch(/^\[\?\]/);
    expect(opini.qualifier).toMatchObject({ label: { id: 'Tanpa Maladministrasi' }, rule: 'allOmbudsmanProductsTuntas' });
  });
});

describe('template checks for blocks and surveys', () => {
  it('a block whose groups do not add up to its weight, or blocks not adding up to 100', () => {
    const bad = clone(opini);
    bad.groups[0]!.weight = 20; // the four now weigh 74.71 against 70, the groups 104.71
    bad.blocks![1]!.weight = 25; // public trust's one group still weighs 30
    expect(problems(bad)).toEqual(
      ['blocks validation.blocksSum', 'blocks.0.weight validation.blockWeightSum', 'blocks.1.weight validation.blockWeightSum', 'groups validation.weightsSum'].sort(),
    );
    const r = parseTemplate(bad);
    expect(r.ok ? null : r.issues.find((i) => i.message === 'validation.blockWeightSum')?.params).toEqual({ block: 'DIM', sum: 74.71, weight: 70 });
  });

  it('a group in two blocks, in none, or a block naming an unknown group', () => {
    const bad = clone(opini);
    bad.blocks![0]!.groups = ['IN', 'PR', 'OU', 'KP', 'XX'];
    expect(problems(bad)).toEqual([
      'blocks validation.groupOutsideBlocks',
      // The sum of a block naming an unknown group is not checked: it would only repeat the problem.
      'blocks.0.groups.4 validation.unknownGroup',
      'blocks.1.groups.0 validation.groupInTwoBlocks',
    ].sort());
  });

  it('a survey whose bounds exclude its default, or answered by officials', () => {
    const bad = clone(opini);
    const kp = bad.groups[4]!;
    kp.survey = { ...kp.survey!, minCount: 40 };
    kp.respondents = { ...kp.respondents, kind: 'official' };
    expect(problems(bad)).toEqual(['groups.4.respondents.kind validation.surveyKind', 'groups.4.survey validation.surveyCounts']);
  });

  it('a qualifier with an unknown rule', () => {
    const bad = clone(opini) as unknown as { qualifier: { rule: string } };
    bad.qualifier.rule = 'noComplaints';
    expect(problems(bad)).toEqual(['qualifier.rule validation.invalidOption']);
  });
});
