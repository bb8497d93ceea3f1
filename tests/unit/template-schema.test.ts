import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from '../../shared/methodology/builtin';
import { canonicalJson } from '../../shared/methodology/canonical-json';
import { templateChecksum } from '../../shared/methodology/checksum';
import { parseTemplate } from '../../shared/methodology/parse-template';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { getPath, setPath } from './support/set-path';

const revised = findBuiltinTemplate('ori-2022-2024')!;
const classic = findBuiltinTemplate('ori-2016-2021')!;
const clone = <T>(v: T): T => structuredClone(v) as T;

describe('built-in templates', () => {
  it('parse, and the JSON files on disk are exactly what is shipped', () => {
    for (const file of ['ori-opini-2025', 'ori-2022-2024', 'ori-2016-2021']) {
      const raw: unknown = JSON.parse(readFileSync(`resources/templates/${file}.json`, 'utf8'));
      const parsed = parseTemplate(raw);
      expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.issues)).toBe(true);
      expect(findBuiltinTemplate(file)).toBeDefined();
    }
    expect(BUILTIN_TEMPLATES.map((t) => `${t.id}@${t.version}`)).toEqual(['ori-opini-2025@1', 'ori-2022-2024@1', 'ori-2016-2021@1']);
  });

  it('2022-2024 carries the official dimension weights, respondents and grade bands', () => {
    expect(revised.groups.map((g) => [g.id, g.weight, g.source.official, g.respondents.kind, g.respondents.defaultCount])).toEqual([
      ['IN', 21.85, true, 'official', 4],
      ['PR', 32.37, true, 'product', 2],
      ['OU', 24.24, true, 'user', 10],
      ['PD', 21.54, true, 'complaintOfficer', 2],
    ]);
    expect(revised.bands.map((b) => [b.grade, b.min, b.max, b.zone])).toEqual([
      ['A', 88, 100, 'green'],
      ['B', 78, 87.99, 'green'],
      ['C', 54, 77.99, 'yellow'],
      ['D', 32, 53.99, 'red'],
      ['E', 0, 31.99, 'red'],
    ]);
    const items = revised.groups.flatMap((g) => g.items);
    expect(items.every((i) => i.scale === 'zeroToThree' && !i.source.official)).toBe(true);
  });

  it('2016-2021: yes/no items observed per product in every group, official 81 / 51 zones', () => {
    expect(classic.groups.every((g) => g.respondents.kind === 'product')).toBe(true);
    expect(classic.groups.flatMap((g) => g.items).every((i) => i.scale === 'yesno' && !i.source.official)).toBe(true);
    // Placeholder weights follow the item counts (3.03 per item) so every item counts the same.
    for (const g of classic.groups) expect(g.weight).toBeCloseTo(3.03 * g.items.length, 10);
    expect(classic.bands.map((b) => [b.zone, b.min, b.max])).toEqual([
      ['green', 81, 100],
      ['yellow', 51, 80.99],
      ['red', 0, 50.99],
    ]);
    expect(classic.entityAggregation).toBe('meanOfProducts');
  });

  it('every item has an Indonesian and English label and evidence hint', () => {
    for (const t of BUILTIN_TEMPLATES) {
      for (const item of t.groups.flatMap((g) => g.items)) {
        expect(item.label.id && item.label.en && item.evidenceHint.id && item.evidenceHint.en).toBeTruthy();
      }
    }
  });
});

describe('templateChecksum', () => {
  it('is the SHA-256 of the canonical JSON, independent of key order', () => {
    expect(templateChecksum(revised)).toBe(createHash('sha256').update(canonicalJson(revised)).digest('hex'));
    const reordered = Object.fromEntries(Object.entries(clone(revised)).reverse()) as MethodologyTemplate;
    expect(templateChecksum(reordered)).toBe(templateChecksum(revised));
  });

  it('changes when any figure changes', () => {
    const edited = clone(revised);
    edited.groups[0]!.items[0]!.weight = 2;
    expect(templateChecksum(edited)).not.toBe(templateChecksum(revised));
    expect(templateChecksum(classic)).not.toBe(templateChecksum(revised));
  });
});

describe('parseTemplate on a bad file', () => {
  it('lists every problem at once, each with its path', () => {
    const bad: unknown = clone(revised);
    const set = (path: string, value: unknown) => setPath(bad, path, value);
    set('version', 1.5); // not an integer
    set('groups.0.weight', 20); // weights now sum to 98.15
    set('groups.1.items.1.id', getPath(bad, 'groups.1.items.0.id')); // duplicate item id in a group
    set('groups.3.items.0.id', 'IN-K1'); // duplicate across groups
    set('groups.2.id', 'IN'); // duplicate group id
    set('groups.2.items.0.scale', 'oneToFive'); // unknown scale
    set('groups.2.items.1.evidenceHint', { id: 'Foto' }); // English hint missing
    set('groups.0.items.0.section', 'IN-X'); // undeclared section
    set('bands.1.min', 77); // B overlaps C (77..77.99)
    set('bands.3.max', 50); // gap 50.01..53.99 between D and C
    set('bands.4.grade', 'A'); // duplicate grade
    set('validYears', { from: 2024, to: 2022 });
    set('unexpected', true);

    const r = parseTemplate(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.issues.map((i) => `${i.path} ${i.message}`).sort();
    expect(found).toEqual(
      [
        ' validation.unknownField',
        'version validation.integer',
        'groups validation.weightsSum',
        'groups.1.items.1.id validation.duplicateId',
        'groups.3.items.0.id validation.duplicateId',
        'groups.2.id validation.duplicateId',
        'groups.2.items.0.scale validation.invalidOption',
        'groups.2.items.1.evidenceHint.en validation.required',
        'groups.0.items.0.section validation.unknownSection',
        'bands.1.min validation.bandOverlap',
        'bands.2.min validation.bandGap',
        'bands.4.grade validation.duplicateGrade',
        'validYears.to validation.yearOrder',
      ].sort(),
    );
    const sum = r.issues.find((i) => i.message === 'validation.weightsSum');
    expect(sum?.params).toEqual({ sum: 98.15 });
    const dup = r.issues.find((i) => i.path === 'groups.3.items.0.id');
    expect(dup?.params).toEqual({ id: 'IN-K1', first: 'groups.0.items.0.id' });
  });

  it('finds bands that do not start at 0 or end at 100, and min above max', () => {
    const bad = clone(classic);
    bad.bands[0]!.max = 99;
    bad.bands[2]!.min = 1;
    bad.bands[1]!.min = 90;
    const r = parseTemplate(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path} ${i.message}`).sort()).toEqual(
      ['bands.1.max validation.bandMinMax', 'bands.2.min validation.bandsStart', 'bands.0.max validation.bandsEnd', 'bands.0.min validation.bandGap'].sort(),
    );
  });

  it('reports a non-object without crashing the cross-field checks', () => {
    for (const raw of [null, 42, 'template', [], { groups: 'x', bands: [null] }]) {
      const r = parseTemplate(raw);
      expect(r.ok).toBe(false);
    }
  });

  it('requires a single observation slot for respondents of kind "none"', () => {
    const bad = clone(revised);
    bad.groups[1]!.respondents = { ...bad.groups[1]!.respondents, kind: 'none', defaultCount: 2 };
    const r = parseTemplate(bad);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['groups.1.respondents.defaultCount']);
  });
});
