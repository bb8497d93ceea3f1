import { DomainError, type Handlers, type ParsedInput } from '../../shared/contract';
import { fieldChanges, type ChangeValues } from '../../shared/domain/change-history';
import type { OmbudsmanProduct, OmbudsmanProductDetail, ProductHistoryKind } from '../../shared/domain/products';
import type { EntityOverview } from '../../shared/domain/reports';
import { localDate } from '../../shared/iso/dates';
import { maladministrationStanding, type MaladministrationStanding } from '../../shared/opini/maladministration';
import { productsRepo, type FollowUpValues } from '../db/products-repo';
import { registryRepo } from '../db/registry-repo';
import type { ServiceContext } from './context';
import { invalid } from './findings-core';
import { registerEvidence } from './register-evidence';
import { reportSources } from './report-sources';
import { templateStore } from './templates-service';

type ProductHandlers = Pick<
  Handlers,
  'ombudsman.list' | 'ombudsman.get' | 'ombudsman.create' | 'ombudsman.update' | 'ombudsman.setStatus' |
  'ombudsman.attach' | 'ombudsman.detach' | 'ombudsman.standing'
>;

/** Recorded in history by name: the unit as its name, since an id tells a reader nothing. */
const RECORD_FIELDS = ['unit', 'kind', 'number', 'issuedOn', 'request', 'dueOn'] as const;

/**
 * The register of Ombudsman products and their follow-up, built on the same pieces as the ISO
 * findings register (history table and timeline, evidence links, one transaction per change).
 */
export function productsService(ctx: ServiceContext) {
  const repo = productsRepo(ctx.db);
  const registry = registryRepo(ctx.db);
  /** Due dates are calendar dates on the user's laptop. */
  const today = () => localDate(ctx.now());
  const stamp = () => ctx.now().toISOString();
  /** IMMEDIATE: another process's write is waited out, not refused (see audit-core.ts). */
  const tx = <T>(fn: () => T): T => ctx.db.transaction(fn).immediate();

  function mustFind(id: string): OmbudsmanProduct {
    const product = repo.get(id, today());
    if (!product) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'ombudsmanProduct' });
    return product;
  }
  /** A tuntas product is a record: set it back to "dalam proses" (with a reason) to change it. */
  function mustBeWritable(product: OmbudsmanProduct): void {
    if (product.status === 'tuntas') throw new DomainError('READ_ONLY', 'ombudsman.refused.locked');
  }
  function record(productId: string, at: string, entries: ChangeValues<ProductHistoryKind>[]): void {
    const actor = ctx.settings.get().auditorName;
    for (const entry of entries) repo.addHistory(productId, at, actor, entry);
  }
  function checkUnit(entityId: string, unitId: string | null) {
    if (unitId === null) return;
    const unit = registry.getUnit(unitId);
    if (!unit || unit.entityId !== entityId) throw invalid('fields.unitId', 'validation.unitNotInEntity');
  }
  function checkIssued(issuedOn: string) {
    if (issuedOn > today()) throw invalid('fields.issuedOn', 'validation.dateInFuture');
  }

  /** Leaving "tuntas" takes the qualifier away: it needs a reason. "Tuntas" needs who and when. */
  function followUp(before: OmbudsmanProduct, input: ParsedInput<'ombudsman.setStatus'>): FollowUpValues {
    if (input.status === before.status) throw new DomainError('CONFLICT', 'ombudsman.refused.sameStatus', { status: before.status });
    if (before.status === 'tuntas' && input.note === '') throw invalid('note', 'validation.reopenReason');
    if (input.status !== 'tuntas') return { status: input.status, completedBy: '', completedOn: null };
    if (input.completedOn > today()) throw invalid('completedOn', 'validation.dateInFuture');
    if (input.completedOn < before.issuedOn) throw invalid('completedOn', 'validation.completedBeforeIssued');
    return { status: 'tuntas', completedBy: input.completedBy, completedOn: input.completedOn };
  }

  const evidence = registerEvidence(ctx, {
    links: repo,
    mustBeWritable: (id) => mustBeWritable(mustFind(id)),
    record,
    tx,
    stamp,
  });

  return {
    mustFind,
    list: (filter: ParsedInput<'ombudsman.list'>) => repo.list(filter, today()).filter((p) => !filter.overdueOnly || p.overdue),
    detail(id: string): OmbudsmanProductDetail {
      return { product: mustFind(id), history: repo.history(id), attachments: repo.attachments(id) };
    },

    create({ entityId, fields }: ParsedInput<'ombudsman.create'>): OmbudsmanProduct {
      return tx(() => {
        const entity = registry.getEntity(entityId);
        if (!entity) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'entity' });
        if (entity.archivedAt) throw new DomainError('READ_ONLY', 'errors.archivedParent');
        checkUnit(entityId, fields.unitId);
        checkIssued(fields.issuedOn);
        const id = ctx.newId();
        const at = stamp();
        repo.insert(id, entityId, fields, at);
        record(id, at, [{ kind: 'created', newValue: fields.number, note: fields.kind }]);
        return mustFind(id);
      });
    },

    update({ id, fields }: ParsedInput<'ombudsman.update'>): OmbudsmanProduct {
      return tx(() => {
        const before = mustFind(id);
        mustBeWritable(before);
        checkUnit(before.entityId, fields.unitId);
        checkIssued(fields.issuedOn);
        const unitName = (unitId: string | null) => (unitId ? (registry.getUnit(unitId)?.name ?? '') : '');
        const changes = fieldChanges({ ...before, unit: before.unitName ?? '' }, { ...fields, unit: unitName(fields.unitId) }, RECORD_FIELDS);
        if (changes.length === 0) return before;
        const at = stamp();
        repo.update(id, fields, at);
        record(id, at, changes);
        return mustFind(id);
      });
    },

    setStatus(input: ParsedInput<'ombudsman.setStatus'>): OmbudsmanProduct {
      return tx(() => {
        const before = mustFind(input.id);
        const values = followUp(before, input);
        const at = stamp();
        repo.setStatus(before.id, values, at);
        record(before.id, at, [
          ...fieldChanges(before, values, ['completedBy', 'completedOn']),
          { kind: 'status', field: 'status', oldValue: before.status, newValue: values.status, note: input.note },
        ]);
        return mustFind(before.id);
      });
    },

    attach: evidence.attach,
    detach: evidence.detach,

    /** The qualifier for an entity's year, with the words its method for that year gives it (pass the method when known). */
    standing(entityId: string, year: number, knownMethod?: EntityOverview['method']): MaladministrationStanding {
      if (!registry.getEntity(entityId)) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'entity' });
      // The method most of the entity's units were assessed with that year decides the qualifier's words.
      const method = knownMethod === undefined ? reportSources(ctx).entityOverview(entityId, year).method : knownMethod;
      const template = method ? templateStore(ctx).find(method.id, method.version)?.template : undefined;
      return maladministrationStanding(entityId, year, repo.list({ entityId, search: '' }, today()), template?.qualifier?.label ?? null);
    },
  };
}

export function productHandlers(ctx: ServiceContext): ProductHandlers {
  const s = productsService(ctx);
  return {
    'ombudsman.list': (filter) => s.list(filter),
    'ombudsman.get': ({ id }) => s.detail(id),
    'ombudsman.create': (input) => s.create(input),
    'ombudsman.update': (input) => s.update(input),
    'ombudsman.setStatus': (input) => s.setStatus(input),
    'ombudsman.attach': ({ productId, file }) => s.attach(productId, file),
    'ombudsman.detach': ({ productId, sha256 }) => s.detach(productId, sha256),
    'ombudsman.standing': ({ entityId, year }) => s.standing(entityId, year),
  };
}
