import type { Db } from './open';
import { likePattern } from './registry-repo';
import { registerRecordsRepo } from './register-records-repo';
import {
  isProductOverdue,
  type FollowUpStatus,
  type OmbudsmanProduct,
  type OmbudsmanProductKind,
  type ProductHistoryKind,
} from '../../shared/domain/products';

interface ProductRow {
  id: string; entity_id: string; entity_name: string; unit_id: string | null; unit_name: string | null; kind: string;
  number: string; issued_on: string; request: string; due_on: string; status: string; completed_by: string;
  completed_on: string | null; created_at: string; updated_at: string; attachment_count: number;
}

const toProduct = (r: ProductRow, today: string): OmbudsmanProduct => {
  const status = r.status as FollowUpStatus;
  return {
    id: r.id, entityId: r.entity_id, entityName: r.entity_name, unitId: r.unit_id, unitName: r.unit_name,
    kind: r.kind as OmbudsmanProductKind, number: r.number, issuedOn: r.issued_on, request: r.request, dueOn: r.due_on,
    status, completedBy: r.completed_by, completedOn: r.completed_on, overdue: isProductOverdue({ dueOn: r.due_on, status }, today),
    attachmentCount: r.attachment_count, createdAt: r.created_at, updatedAt: r.updated_at,
  };
};

const SELECT = `SELECT p.*, e.name AS entity_name, u.name AS unit_name,
  (SELECT COUNT(*) FROM ombudsman_product_attachments l WHERE l.product_id = p.id) AS attachment_count
FROM ombudsman_products p JOIN entities e ON e.id = p.entity_id LEFT JOIN service_units u ON u.id = p.unit_id`;

export interface ProductValues {
  unitId: string | null; kind: OmbudsmanProductKind; number: string; issuedOn: string; request: string; dueOn: string;
}
export interface FollowUpValues { status: FollowUpStatus; completedBy: string; completedOn: string | null }
/** The SQL side of the register's filters (overdue needs today and is applied after). */
export interface ProductQuery {
  entityId?: string | undefined; unitId?: string | undefined; kind?: OmbudsmanProductKind | undefined;
  status?: FollowUpStatus | undefined; year?: number | undefined; search: string;
}

/** The SQL of the Ombudsman products register. Every value is a bound parameter; the WHERE clauses are fixed text. */
export function productsRepo(db: Db) {
  return {
    list(q: ProductQuery, today: string): OmbudsmanProduct[] {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, ...values: unknown[]) => { where.push(sql); params.push(...values); };
      if (q.entityId) add('p.entity_id = ?', q.entityId);
      if (q.unitId) add('p.unit_id = ?', q.unitId);
      if (q.kind) add('p.kind = ?', q.kind);
      if (q.status) add('p.status = ?', q.status);
      if (q.year) add('substr(p.issued_on, 1, 4) = ?', String(q.year));
      if (q.search) {
        const like = likePattern(q.search);
        add(`(p.number LIKE ? ESCAPE '\\' OR p.request LIKE ? ESCAPE '\\' OR p.completed_by LIKE ? ESCAPE '\\'
          OR e.name LIKE ? ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\')`, like, like, like, like, like);
      }
      const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY p.issued_on DESC, p.number`;
      return (db.prepare(sql).all(...params) as ProductRow[]).map((r) => toProduct(r, today));
    },
    get(id: string, today: string): OmbudsmanProduct | undefined {
      const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as ProductRow | undefined;
      return row && toProduct(row, today);
    },
    insert(id: string, entityId: string, v: ProductValues, now: string): void {
      db.prepare(`INSERT INTO ombudsman_products (id, entity_id, unit_id, kind, number, issued_on, request, due_on, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(id, entityId, v.unitId, v.kind, v.number, v.issuedOn, v.request, v.dueOn, now, now);
    },
    update(id: string, v: ProductValues, now: string): void {
      db.prepare(`UPDATE ombudsman_products SET unit_id = ?, kind = ?, number = ?, issued_on = ?, request = ?, due_on = ?, updated_at = ?
        WHERE id = ?`).run(v.unitId, v.kind, v.number, v.issuedOn, v.request, v.dueOn, now, id);
    },
    setStatus(id: string, v: FollowUpValues, now: string): void {
      db.prepare('UPDATE ombudsman_products SET status = ?, completed_by = ?, completed_on = ?, updated_at = ? WHERE id = ?')
        .run(v.status, v.completedBy, v.completedOn, now, id);
    },
    /** Evidence links and history: the same tables and SQL as every register. */
    ...registerRecordsRepo<ProductHistoryKind>(db, 'ombudsmanProduct'),
  };
}
export type ProductsRepo = ReturnType<typeof productsRepo>;
