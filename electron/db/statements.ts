import type Database from 'better-sqlite3';

const byConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The prepared statement for `sql` on this connection, prepared once. Preparing costs tens of
 * microseconds, and the answer path ran a dozen statements per call; a restore opens a new
 * connection, which gets its own statements (the old map goes with the closed handle).
 */
export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let statements = byConnection.get(db);
  if (!statements) byConnection.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
