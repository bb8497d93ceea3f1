import { DomainError, type Handlers } from '../../shared/contract';
import type { CorrectiveAction, Finding } from '../../shared/domain/findings';
import { actionsEditable } from '../../shared/iso/workflow';
import type { ServiceContext } from './context';
import { fieldChanges, findingsCore, invalid } from './findings-core';
import { registerEvidence } from './register-evidence';

type ActionHandlers = Pick<
  Handlers,
  'findings.addAction' | 'findings.updateAction' | 'findings.completeAction' | 'findings.attach' | 'findings.detach'
>;

/** Corrective actions (owner, due date, done) and the evidence files of a finding. */
export function findingActionHandlers(ctx: ServiceContext): ActionHandlers {
  const core = findingsCore(ctx);
  const { repo, today, tx } = core;
  const evidence = registerEvidence(ctx, {
    links: repo,
    mustBeWritable: (id) => core.mustBeWritable(core.mustFind(id)),
    record: core.record,
    tx,
    stamp: core.stamp,
  });

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

    'findings.attach': ({ findingId, file }) => evidence.attach(findingId, file),
    'findings.detach': ({ findingId, sha256 }) => evidence.detach(findingId, sha256),
  };
}
