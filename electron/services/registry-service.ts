import { DomainError, validationError, type Handlers } from '../../shared/contract';
import { registryRepo } from '../db/registry-repo';
import type { ServiceContext } from './context';

type RegistryHandlers = Pick<
  Handlers,
  | 'entities.list' | 'entities.get' | 'entities.create' | 'entities.update' | 'entities.archive'
  | 'units.list' | 'units.get' | 'units.create' | 'units.update' | 'units.archive'
  | 'products.list' | 'products.create' | 'products.update' | 'products.archive'
>;

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new DomainError('NOT_FOUND', 'errors.notFound', { what });
  return value;
}

const duplicate = () => validationError([{ path: 'name', message: 'validation.duplicateName' }]);

/** Entities, service units and service products: create, edit, list, search, archive. */
export function registryHandlers(ctx: ServiceContext): RegistryHandlers {
  const repo = registryRepo(ctx.db);
  const now = () => ctx.now().toISOString();
  const archivedAt = (archived: boolean) => (archived ? now() : null);
  // IMMEDIATE: another process's write is waited out, not refused (see audit-core.ts).
  const tx = <T>(fn: () => T): T => ctx.db.transaction(fn).immediate();

  return {
    'entities.list': (q) => repo.listEntities(q),
    'entities.get': ({ id }) => found(repo.getEntity(id), 'entity'),
    'entities.create': (fields) =>
      tx(() => {
        if (repo.entityNameTaken(fields.name, null)) throw duplicate();
        const id = ctx.newId();
        repo.insertEntity(id, fields, now());
        return found(repo.getEntity(id), 'entity');
      }),
    'entities.update': ({ id, fields }) =>
      tx(() => {
        found(repo.getEntity(id), 'entity');
        if (repo.entityNameTaken(fields.name, id)) throw duplicate();
        repo.updateEntity(id, fields, now());
        return found(repo.getEntity(id), 'entity');
      }),
    'entities.archive': ({ id, archived }) =>
      tx(() => {
        found(repo.getEntity(id), 'entity');
        repo.setEntityArchived(id, archivedAt(archived), now());
        return found(repo.getEntity(id), 'entity');
      }),

    'units.list': ({ entityId, ...q }) => {
      found(repo.getEntity(entityId), 'entity');
      return repo.listUnits(entityId, q);
    },
    'units.get': ({ id }) => found(repo.getUnit(id), 'unit'),
    'units.create': ({ entityId, fields }) =>
      tx(() => {
        const entity = found(repo.getEntity(entityId), 'entity');
        if (entity.archivedAt) throw new DomainError('READ_ONLY', 'errors.archivedParent');
        if (repo.unitNameTaken(entityId, fields.name, null)) throw duplicate();
        const id = ctx.newId();
        repo.insertUnit(id, entityId, fields, now());
        return found(repo.getUnit(id), 'unit');
      }),
    'units.update': ({ id, fields }) =>
      tx(() => {
        const unit = found(repo.getUnit(id), 'unit');
        if (repo.unitNameTaken(unit.entityId, fields.name, id)) throw duplicate();
        repo.updateUnit(id, fields, now());
        return found(repo.getUnit(id), 'unit');
      }),
    'units.archive': ({ id, archived }) =>
      tx(() => {
        found(repo.getUnit(id), 'unit');
        repo.setUnitArchived(id, archivedAt(archived), now());
        return found(repo.getUnit(id), 'unit');
      }),

    'products.list': ({ unitId, ...q }) => {
      found(repo.getUnit(unitId), 'unit');
      return repo.listProducts(unitId, q);
    },
    'products.create': ({ unitId, fields }) =>
      tx(() => {
        const unit = found(repo.getUnit(unitId), 'unit');
        if (unit.archivedAt) throw new DomainError('READ_ONLY', 'errors.archivedParent');
        if (repo.productNameTaken(unitId, fields.name, null)) throw duplicate();
        const id = ctx.newId();
        repo.insertProduct(id, unitId, fields, now());
        return found(repo.getProduct(id), 'product');
      }),
    'products.update': ({ id, fields }) =>
      tx(() => {
        const product = found(repo.getProduct(id), 'product');
        if (repo.productNameTaken(product.unitId, fields.name, id)) throw duplicate();
        repo.updateProduct(id, fields, now());
        return found(repo.getProduct(id), 'product');
      }),
    'products.archive': ({ id, archived }) =>
      tx(() => {
        found(repo.getProduct(id), 'product');
        repo.setProductArchived(id, archivedAt(archived), now());
        return found(repo.getProduct(id), 'product');
      }),
  };
}
