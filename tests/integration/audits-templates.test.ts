import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../shared/methodology/builtin';
import { templateChecksum } from '../../shared/methodology/checksum';
import { testServices, type TestServices } from './helpers';
import { auditFixture } from './support/audit-fixture';

let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

const revised = BUILTIN_TEMPLATES.find((x) => x.id === 'ori-2022-2024')!;
/** A new version of the 2022-2024 template: a different method needs a different number. */
const nextVersion = () => ({ ...structuredClone(revised), version: 2, description: { id: 'Versi 2', en: 'Version 2' } });

describe('templates', () => {
  it('lists the built-ins with their checksums and gets one in full', async () => {
    const list = await t.call('templates.list', {});
    expect(list.map((x) => [x.id, x.version, x.builtin, x.auditCount])).toEqual([['ori-2016-2021', 1, true, 0], ['ori-2022-2024', 1, true, 0], ['ori-opini-2025', 1, true, 0]]);
    const got = await t.call('templates.get', { id: 'ori-2022-2024', version: 1 });
    expect(got.checksum).toBe(templateChecksum(revised));
    expect(got.template).toEqual(revised);
    expect(await t.fail('templates.get', { id: 'ori-2022-2024', version: 9 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('imports a new version, again without change, and pins it in a new audit', async () => {
    const json = JSON.stringify(nextVersion());
    const first = await t.call('templates.import', { json });
    expect(first).toMatchObject({ added: true, template: { id: 'ori-2022-2024', version: 2, builtin: false } });
    // Key order and whitespace do not matter: the checksum is over canonical JSON.
    expect(await t.call('templates.import', { json: JSON.stringify(nextVersion(), null, 4) })).toMatchObject({ added: false });
    const { unit } = await auditFixture(t);
    const audit = await t.call('audits.create', { unitId: unit.id, template: { id: 'ori-2022-2024', version: 2 }, period: { year: 2025 }, auditors: [{ name: 'A' }] });
    expect(audit.audit.template).toEqual({ id: 'ori-2022-2024', version: 2, checksum: first.template.checksum });
    expect((await t.call('templates.list', {})).find((x) => x.version === 2)).toMatchObject({ auditCount: 1 });
  });

  it('refuses the same id and version with different content: that would be an edit', async () => {
    await t.call('templates.import', { json: JSON.stringify(nextVersion()) });
    const edited = { ...nextVersion(), name: { id: 'Diubah', en: 'Edited' } };
    expect(await t.fail('templates.import', { json: JSON.stringify(edited) }))
      .toMatchObject({ code: 'CONFLICT', message: 'errors.templateVersionExists', details: { id: 'ori-2022-2024', version: 2 } });
    const builtinEdit = { ...structuredClone(revised), name: { id: 'Diubah', en: 'Edited' } };
    expect(await t.fail('templates.import', { json: JSON.stringify(builtinEdit) })).toMatchObject({ code: 'CONFLICT' });
  });

  it('lists every problem of a bad file at once', async () => {
    const bad = structuredClone(nextVersion()) as Record<string, unknown> & typeof revised;
    bad.groups[0]!.weight = 50; // weights no longer sum to 100
    bad.groups[1]!.items[0]!.id = bad.groups[0]!.items[0]!.id; // duplicate item id
    (bad.groups[2]!.items[0] as Record<string, unknown>).scale = 'zeroToTen';
    bad.bands[0]!.min = 90; // leaves 88..89.99 in no band
    (bad as Record<string, unknown>).extra = true;
    const error = await t.fail('templates.import', { json: JSON.stringify(bad) });
    expect(error.code).toBe('VALIDATION');
    expect(error.details!.issues!.map((i) => i.message).sort()).toEqual([
      'validation.bandGap', 'validation.duplicateId', 'validation.invalidOption', 'validation.unknownField', 'validation.weightsSum',
    ]);
    expect(await t.fail('templates.import', { json: '{ "id": ' })).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: '', message: 'validation.notJson' }] } });
  });

  it('exports a template as JSON that imports back to the same checksum', async () => {
    const saved = await t.call('templates.export', { id: 'ori-2016-2021', version: 1 });
    expect(saved!.path).toMatch(/ori-2016-2021-v1\.json$/);
    const text = readFileSync(saved!.path, 'utf8');
    expect(await t.call('templates.import', { json: text })).toMatchObject({ added: false, template: { builtin: true } });
    t.desktop.queueSavePath(null);
    expect(await t.call('templates.export', { id: 'ori-2016-2021', version: 1 })).toBeNull();
  });
});
