import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FINDING_STATUSES, WORKFLOW_COMMANDS, type FindingStatus, type Refusal, type WorkflowCommand } from '../../shared/iso/workflow';
import type { TransitionInput } from '../../shared/domain/findings';
import { testServices, type TestServices } from './helpers';
import { findingAt, raise, seedRegistry } from './findings-fixtures';

let s: TestServices;
let entityId: string;
beforeEach(async () => {
  s = testServices();
  await s.call('settings.update', { auditorName: 'Dewi Manajer Mutu' });
  entityId = (await seedRegistry(s)).entity.id;
});
afterEach(() => s.dispose());

/** What each step does to a major nonconformity standing ready at each status (see findingAt). */
const MATRIX: Record<FindingStatus, Record<WorkflowCommand, FindingStatus | Refusal>> = {
  open: { plan: 'action_planned', implement: 'notFromStatus', verify: 'notFromStatus', notEffective: 'notFromStatus', close: 'needsVerification', reject: 'rejected', reopen: 'notFromStatus' },
  action_planned: { plan: 'notFromStatus', implement: 'actionsNotDone', verify: 'notFromStatus', notEffective: 'notFromStatus', close: 'needsVerification', reject: 'rejected', reopen: 'notFromStatus' },
  implemented: { plan: 'notFromStatus', implement: 'notFromStatus', verify: 'verified', notEffective: 'action_planned', close: 'needsVerification', reject: 'notFromStatus', reopen: 'notFromStatus' },
  verified: { plan: 'notFromStatus', implement: 'notFromStatus', verify: 'notFromStatus', notEffective: 'notFromStatus', close: 'closed', reject: 'notFromStatus', reopen: 'notFromStatus' },
  closed: { plan: 'notFromStatus', implement: 'notFromStatus', verify: 'notFromStatus', notEffective: 'notFromStatus', close: 'notFromStatus', reject: 'notFromStatus', reopen: 'notFromStatus' },
  rejected: { plan: 'notFromStatus', implement: 'notFromStatus', verify: 'notFromStatus', notEffective: 'notFromStatus', close: 'notFromStatus', reject: 'notFromStatus', reopen: 'open' },
};

function input(id: string, command: WorkflowCommand): TransitionInput {
  switch (command) {
    case 'verify': return { id, command, verifiedBy: 'Yohana Lay', verifiedOn: '2026-03-01', note: 'Sampel 20 berkas sesuai SOP' };
    case 'notEffective': case 'reject': case 'reopen': return { id, command, reason: `Alasan untuk ${command}` };
    case 'close': return { id, command, note: 'Ditutup pada rapat tinjauan' };
    default: return { id, command } as TransitionInput;
  }
}

describe('finding workflow on a real database: every step from every status', () => {
  for (const from of FINDING_STATUSES) {
    for (const command of WORKFLOW_COMMANDS) {
      const expected = MATRIX[from][command];
      const allowed = (FINDING_STATUSES as readonly string[]).includes(expected);
      it(`${command} from ${from}: ${allowed ? `→ ${expected}` : `refused (${expected})`}`, async () => {
        const { id } = await findingAt(s, entityId, from);
        const before = await s.call('findings.get', { id });
        if (allowed) {
          const after = await s.call('findings.transition', input(id, command));
          expect(after.status).toBe(expected);
          const detail = await s.call('findings.get', { id });
          const last = detail.history.at(-1)!;
          expect(last).toMatchObject({ kind: 'status', field: 'status', oldValue: from, newValue: expected, actor: 'Dewi Manajer Mutu', at: '2026-03-02T09:00:00.000Z' });
          if (command === 'reject' || command === 'reopen' || command === 'notEffective') expect(last.note).toBe(`Alasan untuk ${command}`);
          if (command === 'close') expect(last.note).toBe('Ditutup pada rapat tinjauan');
        } else {
          const error = await s.fail('findings.transition', input(id, command));
          expect(error).toMatchObject({ code: 'CONFLICT', message: `findings.refused.${expected}` });
          // Refused means nothing saved: same status, same record, same history.
          expect(await s.call('findings.get', { id })).toEqual(before);
        }
      });
    }
  }
});

describe('finding workflow rules', () => {
  it('records who verified, when and how, and the closing date, beside the status changes', async () => {
    const { id } = await findingAt(s, entityId, 'closed');
    const { finding, history } = await s.call('findings.get', { id });
    expect(finding).toMatchObject({ status: 'closed', verifiedBy: 'Yohana Lay', verifiedOn: '2026-03-01', verificationNote: 'Sampel 20 berkas sesuai SOP', closedOn: '2026-03-02' });
    expect(history.map((h) => [h.kind, h.field, h.oldValue, h.newValue])).toEqual([
      ['created', null, null, '8.5.1'],
      ['field', 'correction', '', 'Berkas diverifikasi ulang'],
      ['field', 'why1', '', 'SOP tidak dibaca'],
      ['field', 'rootCause', '', 'Petugas baru tidak dilatih SOP'],
      ['actionAdded', 'action', null, 'Latih petugas loket'],
      ['status', 'status', 'open', 'action_planned'],
      ['actionDone', 'doneOn', '', '2026-02-25'],
      ['status', 'status', 'action_planned', 'implemented'],
      ['field', 'verifiedBy', '', 'Yohana Lay'],
      ['field', 'verifiedOn', '', '2026-03-01'],
      ['field', 'verificationNote', '', 'Sampel 20 berkas sesuai SOP'],
      ['status', 'status', 'implemented', 'verified'],
      ['field', 'closedOn', '', '2026-03-02'],
      ['status', 'status', 'verified', 'closed'],
    ]);
  });

  it('needs an action before planning, and a root cause for a nonconformity but not an observation', async () => {
    const nc = await raise(s, entityId);
    expect((await s.fail('findings.transition', { id: nc.id, command: 'plan' })).message).toBe('findings.refused.needsAction');
    await s.call('findings.addAction', { findingId: nc.id, fields: { description: 'Latih petugas', owner: 'Kasi', dueDate: '2026-03-30' } });
    expect((await s.fail('findings.transition', { id: nc.id, command: 'plan' })).message).toBe('findings.refused.needsRootCause');

    const obs = await raise(s, entityId, { grade: 'observation' });
    await s.call('findings.addAction', { findingId: obs.id, fields: { description: 'Tempel SOP di loket', owner: 'Kasi', dueDate: '2026-03-30' } });
    expect((await s.call('findings.transition', { id: obs.id, command: 'plan' })).status).toBe('action_planned');
  });

  it('closes an observation or an opportunity for improvement without verification', async () => {
    for (const grade of ['observation', 'ofi'] as const) {
      const f = await raise(s, entityId, { grade });
      expect((await s.call('findings.transition', { id: f.id, command: 'close' })).status).toBe('closed');
    }
  });

  it('refuses a verification without a named person, a date and a note, or dated impossibly', async () => {
    const { id } = await findingAt(s, entityId, 'implemented');
    const missing = await s.fail('findings.transition', { id, command: 'verify', verifiedBy: ' ', verifiedOn: '', note: '' });
    expect(missing.details?.issues?.map((i) => [i.path, i.message])).toEqual([
      ['verifiedBy', 'validation.required'], ['verifiedOn', 'validation.required'], ['note', 'validation.required'],
    ]);
    const verify = (verifiedOn: string) => s.fail('findings.transition', { id, command: 'verify', verifiedBy: 'Yohana', verifiedOn, note: 'ok' });
    expect((await verify('2026-03-05')).details?.issues).toEqual([{ path: 'verifiedOn', message: 'validation.dateInFuture' }]);
    expect((await verify('2026-02-01')).details?.issues).toEqual([{ path: 'verifiedOn', message: 'validation.dateBeforeFound' }]);
    expect((await verify('2026-02-20')).details?.issues).toEqual([{ path: 'verifiedOn', message: 'validation.verifiedBeforeDone' }]);
    expect((await s.call('findings.get', { id })).finding.status).toBe('implemented');
  });

  it('closes on a chosen day, never in the future, before verification or before the finding', async () => {
    const { id } = await findingAt(s, entityId, 'verified'); // verified on 2026-03-01; today is 2026-03-02
    const close = (closedOn: string) => s.fail('findings.transition', { id, command: 'close', closedOn });
    expect((await close('2026-03-03')).details?.issues).toEqual([{ path: 'closedOn', message: 'validation.dateInFuture' }]);
    expect((await close('2026-02-28')).details?.issues).toEqual([{ path: 'closedOn', message: 'validation.closedBeforeVerified' }]);
    expect((await s.call('findings.transition', { id, command: 'close', closedOn: '2026-03-01' })).closedOn).toBe('2026-03-01');
    const obs = await raise(s, entityId, { grade: 'observation' });
    expect((await s.fail('findings.transition', { id: obs.id, command: 'close', closedOn: '2026-02-01' })).details?.issues).toEqual([{ path: 'closedOn', message: 'validation.dateBeforeFound' }]);
  });

  it('freezes actions once implemented, and everything once closed or rejected', async () => {
    const implemented = await findingAt(s, entityId, 'implemented');
    const action = { description: 'x', owner: 'y', dueDate: '2026-03-30' };
    expect((await s.fail('findings.addAction', { findingId: implemented.id, fields: action })).message).toBe('findings.refused.actionsLocked');
    const closed = await findingAt(s, entityId, 'closed');
    expect((await s.fail('findings.addAction', { findingId: closed.id, fields: action })).message).toBe('findings.refused.locked');
    expect((await s.fail('findings.saveAnalysis', { id: closed.id, fields: { rootCause: 'lain' } })).message).toBe('findings.refused.locked');
    const rejected = await findingAt(s, entityId, 'rejected');
    expect((await s.fail('findings.update', { id: rejected.id, fields: { clause: '8.5.1', grade: 'minor', statement: 'x', foundOn: '2026-02-10' } })).code).toBe('READ_ONLY');
  });

  it('keeps the rules in the database itself, against a caller that skips the service', async () => {
    const { id } = await findingAt(s, entityId, 'implemented');
    const closed = await findingAt(s, entityId, 'closed');
    s.close();
    const db = new Database(join(s.dataDir, 'patuh.sqlite'));
    expect(() => db.prepare("UPDATE findings SET status = 'closed' WHERE id = ?").run(id)).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE findings SET statement = 'diubah' WHERE id = ?").run(closed.id)).toThrow(/closed finding/);
    expect(() => db.prepare("UPDATE finding_actions SET owner = 'x' WHERE finding_id = ?").run(closed.id)).toThrow(/closed finding/);
    expect(() => db.prepare('DELETE FROM finding_history').run()).toThrow(/append-only/);
    db.close();
  });
});
