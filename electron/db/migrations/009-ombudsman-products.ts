import type { Migration } from '../migrate';

/**
 * The register of Ombudsman products (LAHP Tindakan Korektif, LHA Saran Perbaikan, Saran
 * Penyempurnaan, Rekomendasi) per entity and unit, and their follow-up. Since the 2025 method an
 * entity's opinion reads "... Tanpa Maladministrasi" only when its products are followed up to
 * completion, so the database itself refuses a "tuntas" without a named person and a date, and
 * keeps the history append-only. Evidence links to the shared attachments store.
 */
export const ombudsmanProducts: Migration = {
  version: 9,
  name: 'ombudsman-products',
  sql: `
CREATE TABLE ombudsman_products (
  id TEXT PRIMARY KEY,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  unit_id TEXT REFERENCES service_units(id),
  kind TEXT NOT NULL CHECK (kind IN ('lahp','lha','saran','rekomendasi')),
  number TEXT NOT NULL CHECK (length(trim(number)) > 0),
  issued_on TEXT NOT NULL,
  request TEXT NOT NULL CHECK (length(trim(request)) > 0),
  due_on TEXT NOT NULL CHECK (due_on >= issued_on),
  status TEXT NOT NULL DEFAULT 'belum' CHECK (status IN ('belum','proses','tuntas')),
  completed_by TEXT NOT NULL DEFAULT '',
  completed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status <> 'tuntas' OR (completed_by <> '' AND completed_on IS NOT NULL AND completed_on >= issued_on))
);
CREATE INDEX ombudsman_products_entity ON ombudsman_products(entity_id, unit_id);
CREATE INDEX ombudsman_products_open_due ON ombudsman_products(due_on) WHERE status <> 'tuntas';

CREATE TABLE ombudsman_product_attachments (
  product_id TEXT NOT NULL REFERENCES ombudsman_products(id),
  sha256 TEXT NOT NULL REFERENCES attachments(sha256),
  name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (product_id, sha256)
);

CREATE TABLE ombudsman_product_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  product_id TEXT NOT NULL REFERENCES ombudsman_products(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ombudsman_product_history_product ON ombudsman_product_history(product_id, id);

CREATE TRIGGER ombudsman_product_history_append_only_update BEFORE UPDATE ON ombudsman_product_history
BEGIN SELECT RAISE(ABORT, 'product history is append-only'); END;
CREATE TRIGGER ombudsman_product_history_append_only_delete BEFORE DELETE ON ombudsman_product_history
BEGIN SELECT RAISE(ABORT, 'product history is append-only'); END;
`,
};
