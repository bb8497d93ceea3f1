import { DomainError, type Handlers } from '../../shared/contract';
import type { CorrectiveAction, Finding } from '../../shared/domain/findings';
import { actionsEditable } from '../../shared/iso/workflow';
import { attachmentStore } from './attachments';
import type { ServiceContext } from './context';
import { fieldChanges, findingsCore, invalid } from './findings-core';

type ActionHandlers = Pick<
  Handlers,
  'findings.addAction' | 'findings.updateAction' | 'findings.completeAction' | 'findings.attach' | 'findings.detach'
>;

/** Corrective actions (owner, due date, done) and the evidence files of a finding. */
export function findingActionHandlers(ctx: ServiceContext): ActionHandlers {
  const core = findingsCore(ctx);
  const { repo, today, tx } = core;
  const store = attachmentStore(ctx);

  function editableFinding(findingId: string): Finding {
    const finding = core.mustFind(findingId);
    core.mustBeWritable(finding);
    if (!actionsEditable(finding.status)) throw new DomainError('CONFLICT', 'findings.refused.actionsLocked', { status: finding.status });
    return finding;
  }
  function mustFindAction(id: string): CorrectiveAction {
    const action = repo.action(id, today());
    if (!action) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'action' });
    return action;
  }
  function checkDue(finding: Finding, dueDate: string) {
    if (dueDate < finding.foundOn) throw invalid('dueDate', 'validation.dueBeforeFound');
  }

  return {
    'findings.addAction': ({ findingId, fields }) =>
      tx(() => {
        const finding = editableFinding(findingId);
        checkDue(finding, fields.dueDate);
        const id = ctx.newId();
        const at = core.stamp();
        repo.insertAction(id, findingId, fields, at);
        core.record(findingId, at, [{ kind: 'actionAdded', field: 'action', newValue: fields.description, note: `${fields.owner} · ${fields.dueDate}` }]);
        return mustFindAction(id);
      }),

    'findings.updateAction': ({ id, fields }) =>
      tx(() => {
        const before = mustFindAction(id);
        const finding = editableFinding(before.findingId);
        if (before.doneOn) throw new DomainError('CONFLICT', 'findings.refused.actionDone');
        checkDue(finding, fields.dueDate);
        const changes = fieldChanges(before, fields, ['description', 'owner', 'dueDate']).map((c) => ({
          ...c,
          kind: 'actionChanged' as const,
          note: before.description,
        }));
        if (changes.length === 0) return before;
        const at = core.stamp();
        repo.updateAction(id, fields, at);
        core.record(finding.id, at, changes);
        return mustFindAction(id);
      }),

    'findings.completeAction': ({ id, doneOn, note }) =>
      tx(() => {
        const before = mustFindAction(id);
        const finding = editableFinding(before.findingId);
        if (before.doneOn) throw new DomainError('CONFLICT', 'findings.refused.actionDone');
        if (doneOn > today()) throw invalid('doneOn', 'validation.dateInFuture');
        if (doneOn < finding.foundOn) throw invalid('doneOn', 'validation.dateBeforeFound');
        const at = core.stamp();
        repo.completeAction(id, doneOn, note, at);
        core.record(finding.id, at, [{ kind: 'actionDone', field: 'doneOn', oldValue: '', newValue: doneOn, note: before.description }]);
        return mustFindAction(id);
      }),

    'findings.attach': ({ findingId, file }) => {
      const finding = core.mustFind(findingId);
      core.mustBeWritable(finding);
      // The bytes go to disk before the transaction: a file without a row is harmless, a row without a file is not.
      const stored = store.put(file.mime, file.base64);
      return tx(() => {
        core.mustBeWritable(core.mustFind(findingId));
        const at = core.stamp();
        if (repo.link(findingId, stored.sha256, file.name, at)) {
          core.record(findingId, at, [{ kind: 'attachmentAdded', field: stored.sha256, newValue: file.name }]);
        }
        const linked = repo.attachments(findingId).find((a) => a.sha256 === stored.sha256);
        if (!linked) throw new DomainError('INTERNAL', 'errors.internal');
        return linked;
      });
    },

    'findings.detach': ({ findingId, sha256 }) =>
      tx(() => {
        core.mustBeWritable(core.mustFind(findingId));
        const name = repo.unlink(findingId, sha256);
        if (name === undefined) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'attachment' });
        core.record(findingId, core.stamp(), [{ kind: 'attachmentRemoved', field: sha256, oldValue: name }]);
        return null;
      }),
  };
}
