import type { Migration } from '../migrate';

export const registry: Migration = {
  version: 1,
  name: 'registry',
  sql: `
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('pemkot','pemkab','pemprov','kementerian','lembaga')),
  name TEXT NOT NULL,
  province TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE service_units (
  id TEXT PRIMARY KEY,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  head_name TEXT NOT NULL DEFAULT '',
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX service_units_entity ON service_units(entity_id);

CREATE TABLE service_products (
  id TEXT PRIMARY KEY,
  unit_id TEXT NOT NULL REFERENCES service_units(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX service_products_unit ON service_products(unit_id);
`,
};
