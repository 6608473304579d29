import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

/** The SQLite migrations shipped with the app: server/storage/migrations/sqlite/NNN-name.sql. */
export const SQLITE_MIGRATIONS_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations', 'sqlite');

/**
 * Applies, in file-name order, every migration of `dir` not yet recorded in `schema_migrations`, each
 * in its own transaction with its record. Returns the names applied. A failing migration rolls back
 * and throws with its file name.
 */
export function runSqliteMigrations(db: Database, dir = SQLITE_MIGRATIONS_DIR): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]);
  const pending = readdirSync(dir)
    .filter((name) => /^\d+-[a-z0-9-]+\.sql$/.test(name) && !applied.has(name))
    .sort();
  const record = db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)');
  for (const name of pending) {
    const sql = readFileSync(path.join(dir, name), 'utf8');
    try {
      db.transaction(() => {
        db.exec(sql);
        record.run(name, new Date().toISOString());
      })();
    } catch (error) {
      throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return pending;
}
