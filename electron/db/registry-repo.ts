import type { Db } from './open';
import type { Entity, EntityKind, ServiceProduct, ServiceUnit } from '../../shared/domain/registry';

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface EntityRow {
  id: string; kind: string; name: string; province: string; notes: string;
  archived_at: string | null; created_at: string; updated_at: string; unit_count: number;
}
interface UnitRow {
  id: string; entity_id: string; name: string; category: string; address: string; head_name: string;
  archived_at: string | null; created_at: string; updated_at: string; product_count: number;
}
interface ProductRow {
  id: string; unit_id: string; name: string; description: string;
  archived_at: string | null; created_at: string; updated_at: string;
}

const toEntity = (r: EntityRow): Entity => ({
  id: r.id, kind: r.kind as EntityKind, name: r.name, province: r.province, notes: r.notes,
  archivedAt: r.archived_at, createdAt: r.created_at, updatedAt: r.updated_at, unitCount: r.unit_count,
});
const toUnit = (r: UnitRow): ServiceUnit => ({
  id: r.id, entityId: r.entity_id, name: r.name, category: r.category, address: r.address,
  headName: r.head_name, archivedAt: r.archived_at, createdAt: r.created_at, updatedAt: r.updated_at,
  productCount: r.product_count,
});
const toProduct = (r: ProductRow): ServiceProduct => ({
  id: r.id, unitId: r.unit_id, name: r.name, description: r.description,
  archivedAt: r.archived_at, createdAt: r.created_at, updatedAt: r.updated_at,
});

const ENTITY_SELECT = `SELECT e.*, (SELECT COUNT(*) FROM service_units u WHERE u.entity_id = e.id AND u.archived_at IS NULL) AS unit_count FROM entities e`;
const UNIT_SELECT = `SELECT u.*, (SELECT COUNT(*) FROM service_products p WHERE p.unit_id = u.id AND p.archived_at IS NULL) AS product_count FROM service_units u`;

export interface ListQuery { search: string; includeArchived: boolean }
export interface EntityValues { kind: EntityKind; name: string; province: string; notes: string }
export interface UnitValues { name: string; category: string; address: string; headName: string }
export interface ProductValues { name: string; description: string }

/** The SQL of the registry. Every value is a bound parameter. */
export function registryRepo(db: Db) {
  const archivedFilter = (alias: string, q: ListQuery) => (q.includeArchived ? '' : ` AND ${alias}.archived_at IS NULL`);
  return {
    listEntities(q: ListQuery): Entity[] {
      const rows = db
        .prepare(`${ENTITY_SELECT} WHERE (e.name LIKE ? ESCAPE '\\' OR e.province LIKE ? ESCAPE '\\')${archivedFilter('e', q)} ORDER BY e.name COLLATE NOCASE`)
        .all(likePattern(q.search), likePattern(q.search)) as EntityRow[];
      return rows.map(toEntity);
    },
    getEntity(id: string): Entity | undefined {
      const row = db.prepare(`${ENTITY_SELECT} WHERE e.id = ?`).get(id) as EntityRow | undefined;
      return row && toEntity(row);
    },
    insertEntity(id: string, v: EntityValues, now: string): void {
      db.prepare('INSERT INTO entities (id, kind, name, province, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, v.kind, v.name, v.province, v.notes, now, now);
    },
    updateEntity(id: string, v: EntityValues, now: string): number {
      return db.prepare('UPDATE entities SET kind = ?, name = ?, province = ?, notes = ?, updated_at = ? WHERE id = ?')
        .run(v.kind, v.name, v.province, v.notes, now, id).changes;
    },
    setEntityArchived(id: string, archivedAt: string | null, now: string): number {
      return db.prepare('UPDATE entities SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, now, id).changes;
    },
    entityNameTaken(name: string, exceptId: string | null): boolean {
      return !!db.prepare('SELECT 1 FROM entities WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId);
    },

    listUnits(entityId: string, q: ListQuery): ServiceUnit[] {
      const rows = db
        .prepare(`${UNIT_SELECT} WHERE u.entity_id = ? AND (u.name LIKE ? ESCAPE '\\' OR u.category LIKE ? ESCAPE '\\')${archivedFilter('u', q)} ORDER BY u.name COLLATE NOCASE`)
        .all(entityId, likePattern(q.search), likePattern(q.search)) as UnitRow[];
      return rows.map(toUnit);
    },
    getUnit(id: string): ServiceUnit | undefined {
      const row = db.prepare(`${UNIT_SELECT} WHERE u.id = ?`).get(id) as UnitRow | undefined;
      return row && toUnit(row);
    },
    insertUnit(id: string, entityId: string, v: UnitValues, now: string): void {
      db.prepare('INSERT INTO service_units (id, entity_id, name, category, address, head_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, entityId, v.name, v.category, v.address, v.headName, now, now);
    },
    updateUnit(id: string, v: UnitValues, now: string): number {
      return db.prepare('UPDATE service_units SET name = ?, category = ?, address = ?, head_name = ?, updated_at = ? WHERE id = ?')
        .run(v.name, v.category, v.address, v.headName, now, id).changes;
    },
    setUnitArchived(id: string, archivedAt: string | null, now: string): number {
      return db.prepare('UPDATE service_units SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, now, id).changes;
    },
    unitNameTaken(entityId: string, name: string, exceptId: string | null): boolean {
      return !!db.prepare('SELECT 1 FROM service_units WHERE entity_id = ? AND name = ? COLLATE NOCASE AND id IS NOT ?').get(entityId, name, exceptId);
    },

    listProducts(unitId: string, q: ListQuery): ServiceProduct[] {
      const rows = db
        .prepare(`SELECT * FROM service_products p WHERE p.unit_id = ? AND p.name LIKE ? ESCAPE '\\'${archivedFilter('p', q)} ORDER BY p.name COLLATE NOCASE`)
        .all(unitId, likePattern(q.search)) as ProductRow[];
      return rows.map(toProduct);
    },
    getProduct(id: string): ServiceProduct | undefined {
      const row = db.prepare('SELECT * FROM service_products WHERE id = ?').get(id) as ProductRow | undefined;
      return row && toProduct(row);
    },
    insertProduct(id: string, unitId: string, v: ProductValues, now: string): void {
      db.prepare('INSERT INTO service_products (id, unit_id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, unitId, v.name, v.description, now, now);
    },
    updateProduct(id: string, v: ProductValues, now: string): number {
      return db.prepare('UPDATE service_products SET name = ?, description = ?, updated_at = ? WHERE id = ?')
        .run(v.name, v.description, now, id).changes;
    },
    setProductArchived(id: string, archivedAt: string | null, now: string): number {
      return db.prepare('UPDATE service_products SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, now, id).changes;
    },
    productNameTaken(unitId: string, name: string, exceptId: string | null): boolean {
      return !!db.prepare('SELECT 1 FROM service_products WHERE unit_id = ? AND name = ? COLLATE NOCASE AND id IS NOT ?').get(unitId, name, exceptId);
    },
  };
}
export type RegistryRepo = ReturnType<typeof registryRepo>;
