import { resolve } from 'node:path';
import { dispatch } from '../../../shared/contract/dispatch';
import { startServices } from '../../../electron/services/bootstrap';
import { confSettings } from '../../../electron/settings/conf-settings';
import { stubDesktop } from '../../host/stub-desktop';

/**
 * Child process of audits-crash.test.ts: `node answer-writer.mjs DATA_DIR`. Creates an audit with
 * many answer slots, prints `audit <id>`, then answers every slot once, as fast as it can, through
 * the real handler table, printing `ack <itemId> <slot> <value>` after each call returns (that is,
 * after its transaction committed). The parent kills it with SIGKILL mid-burst. stdout is a pipe,
 * and pipe writes are synchronous on Linux, so a printed ack was really handed to the parent.
 */
const dataDir = resolve(process.argv[2] ?? '');
const desktop = stubDesktop(dataDir);
const { handlers } = startServices(dataDir, confSettings(dataDir), 'crash-test', desktop.desktop);

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const entity = await call<{ id: string }>('entities.create', { kind: 'pemkab', name: 'Kabupaten Uji Crash' });
const unit = await call<{ id: string }>('units.create', { entityId: entity.id, fields: { name: 'Puskesmas Uji' } });
const detail = await call<{ audit: { id: string; respondents: Record<string, { count: number }> }; template: { groups: { id: string; items: { id: string }[] }[] } }>(
  'audits.create',
  {
    unitId: unit.id,
    template: { id: 'ori-2022-2024', version: 1 },
    period: { year: 2023 },
    auditors: [{ name: 'Crash Test' }],
    // Every group at 30 slots: over a thousand answers, far more than the parent lets through.
    respondents: { IN: { count: 30 }, PR: { count: 30 }, OU: { count: 30 }, PD: { count: 30 } },
  },
);
const auditId = detail.audit.id;
process.stdout.write(`audit ${auditId}\n`);

for (const group of detail.template.groups) {
  for (const item of group.items) {
    for (let slot = 0; slot < detail.audit.respondents[group.id]!.count; slot++) {
      const value = (slot + item.id.length) % 4;
      await call('audits.answer', { auditId, itemId: item.id, slot, value });
      process.stdout.write(`ack ${item.id} ${slot} ${value}\n`);
    }
  }
}
process.stdout.write('done\n');
