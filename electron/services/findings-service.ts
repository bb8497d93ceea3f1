import { DomainError, type Handlers, type ParsedInput } from '../../shared/contract';
import type { Finding } from '../../shared/domain/findings';
import { MAX_WHYS } from '../../shared/domain/findings';
import { decide, type FindingStatus } from '../../shared/iso/workflow';
import type { HistoryValues, StatusValues } from '../db/findings-repo';
import { registryRepo } from '../db/registry-repo';
import type { ServiceContext } from './context';
import { fieldChanges, findingsCore, invalid } from './findings-core';

type FindingHandlers = Pick<
  Handlers,
  'findings.list' | 'findings.count' | 'findings.get' | 'findings.create' | 'findings.update' | 'findings.saveAnalysis' | 'findings.transition'
>;

/** Recorded in history by name: the unit as its name, since an id tells a reader nothing. */
const RECORD_FIELDS = ['unit', 'clause', 'grade', 'requirement', 'statement', 'evidence', 'auditor', 'foundOn', 'auditItemRef'] as const;

/** The findings register and the corrective-action workflow (ISO 9001:2015 clause 10.2). */
export function findingHandlers(ctx: ServiceContext): FindingHandlers {
  const core = findingsCore(ctx);
  const { repo, today, tx } = core;
  const registry = registryRepo(ctx.db);

  function checkUnit(entityId: string, unitId: string | null) {
    if (unitId === null) return;
    const unit = registry.getUnit(unitId);
    if (!unit || unit.entityId !== entityId) throw invalid('unitId', 'validation.unitNotInEntity');
  }
  function checkNotFuture(date: string, path: string) {
    if (date > today()) throw invalid(path, 'validation.dateInFuture');
  }

  return {
    'findings.list': ({ limit, offset, ...filter }) =>
      repo.summaries(filter, today(), limit === undefined ? undefined : { limit, offset: offset ?? 0 }),
    'findings.count': (filter) => repo.count(filter, today()),
    'findings.get': ({ id }) => core.detail(id),

    'findings.create': ({ entityId, fields }) =>
      tx(() => {
        const entity = registry.getEntity(entityId);
        if (!entity) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'entity' });
        if (entity.archivedAt) throw new DomainError('READ_ONLY', 'errors.archivedParent');
        checkUnit(entityId, fields.unitId);
        checkNotFuture(fields.foundOn, 'foundOn');
        const id = ctx.newId();
        const at = core.stamp();
        repo.insert(id, repo.nextNumber(), entityId, fields, at);
        core.record(id, at, [{ kind: 'created', newValue: fields.clause, note: fields.grade }]);
        return core.mustFind(id);
      }),

    'findings.update': ({ id, fields }) =>
      tx(() => {
        const before = core.mustFind(id);
        core.mustBeWritable(before);
        checkUnit(before.entityId, fields.unitId);
        checkNotFuture(fields.foundOn, 'foundOn');
        if (repo.actions(id, today()).some((a) => a.dueDate < fields.foundOn)) throw invalid('foundOn', 'validation.foundAfterDue');
        const unitName = (id: string | null) => (id ? (registry.getUnit(id)?.name ?? '') : '');
        const changes = fieldChanges({ ...before, unit: before.unitName ?? '' }, { ...fields, unit: unitName(fields.unitId) }, RECORD_FIELDS);
        if (changes.length === 0) return before;
        const at = core.stamp();
        repo.update(id, fields, at);
        core.record(id, at, changes);
        return core.mustFind(id);
      }),

    'findings.saveAnalysis': ({ id, fields }) =>
      tx(() => {
        const before = core.mustFind(id);
        core.mustBeWritable(before);
        // Blank answers at the end are unasked questions, not answers.
        const whys = [...fields.whys];
        while (whys.length && !whys[whys.length - 1]) whys.pop();
        const after = { correction: fields.correction, rootCause: fields.rootCause, whys };
        const indexed = (w: string[]) => Object.fromEntries(Array.from({ length: MAX_WHYS }, (_, i) => [`why${i + 1}`, w[i] ?? '']));
        const changes = [
          ...fieldChanges(before, after, ['correction']),
          ...fieldChanges(indexed(before.whys), indexed(whys), Array.from({ length: MAX_WHYS }, (_, i) => `why${i + 1}`)),
          ...fieldChanges(before, after, ['rootCause']),
        ];
        if (changes.length === 0) return before;
        const at = core.stamp();
        repo.updateAnalysis(id, after, at);
        core.record(id, at, changes);
        return core.mustFind(id);
      }),

    'findings.transition': (input) =>
      tx(() => {
        const before = core.mustFind(input.id);
        const decision = decide(
          {
            status: before.status,
            grade: before.grade,
            actionCount: before.actionCount,
            openActionCount: before.openActionCount,
            hasRootCause: before.rootCause.trim() !== '',
          },
          input.command,
        );
        if (!decision.ok) throw new DomainError('CONFLICT', `findings.refused.${decision.reason}`, { status: before.status });
        const { values, extra } = statusChange(before, decision.to, input);
        const at = core.stamp();
        repo.setStatus(before.id, values, at);
        core.record(before.id, at, [
          ...extra,
          { kind: 'status', field: 'status', oldValue: before.status, newValue: decision.to, note: noteOf(input) },
        ]);
        return core.mustFind(before.id);
      }),
  };

  /** The columns a step sets, and the field changes it records beside the status change. */
  function statusChange(before: Finding, to: FindingStatus, input: ParsedInput<'findings.transition'>) {
    const values: StatusValues = {
      status: to,
      rejectionReason: before.rejectionReason,
      verifiedBy: before.verifiedBy,
      verifiedOn: before.verifiedOn,
      verificationNote: before.verificationNote,
      closedOn: before.closedOn,
    };
    switch (input.command) {
      case 'verify': {
        checkNotFuture(input.verifiedOn, 'verifiedOn');
        if (input.verifiedOn < before.foundOn) throw invalid('verifiedOn', 'validation.dateBeforeFound');
        const lastDone = repo.actions(before.id, today()).reduce((max, a) => (a.doneOn && a.doneOn > max ? a.doneOn : max), '');
        if (input.verifiedOn < lastDone) throw invalid('verifiedOn', 'validation.verifiedBeforeDone');
        Object.assign(values, { verifiedBy: input.verifiedBy, verifiedOn: input.verifiedOn, verificationNote: input.note });
        break;
      }
      case 'close': {
        const closedOn = input.closedOn ?? today();
        checkNotFuture(closedOn, 'closedOn');
        if (closedOn < before.foundOn) throw invalid('closedOn', 'validation.dateBeforeFound');
        if (before.verifiedOn && closedOn < before.verifiedOn) throw invalid('closedOn', 'validation.closedBeforeVerified');
        values.closedOn = closedOn;
        break;
      }
      case 'reject':
        values.rejectionReason = input.reason;
        break;
      case 'reopen':
        values.rejectionReason = '';
        break;
      default:
        break;
    }
    const extra: HistoryValues[] = fieldChanges(before, values, ['verifiedBy', 'verifiedOn', 'verificationNote', 'rejectionReason', 'closedOn']);
    return { values, extra };
  }
}

function noteOf(input: ParsedInput<'findings.transition'>): string {
  switch (input.command) {
    case 'close':
      return input.note;
    case 'notEffective':
    case 'reject':
    case 'reopen':
      return input.reason;
    default:
      return '';
  }
}
