import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';

/** The Postgres migrations shipped with the app: server/storage/migrations/postgres/NNN-name.sql. */
export const POSTGRES_MIGRATIONS_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations', 'postgres');

/**
 * The advisory lock key the migrations run under (any bigint the app uses for nothing else): the
 * 64-bit number spelled by the ASCII of "sdtrooms".
 */
export const MIGRATIONS_LOCK_KEY = 0x7364_7472_6f6f_6d73n;

/**
 * Applies, in file-name order, every migration of `dir` not yet recorded in `schema_migrations`, each
 * in its own transaction with its record, the whole run holding a session advisory lock so that app
 * instances starting together apply each migration once (the others wait, then find nothing to do).
 * Returns the names applied. A failing migration rolls back and throws with its file name. With nothing
 * to apply it only reads, so a role without the right to create tables can start the app.
 */
export async function runPostgresMigrations(pool: Pool, dir = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((name) => /^\d+-[a-z0-9-]+\.sql$/.test(name))
    .sort();
  const client = await pool.connect();
  let unlocked = false;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK_KEY.toString()]);
    try {
      // Created only when missing: CREATE ... IF NOT EXISTS would still need the right to create tables,
      // and an app role with only read/write rights must start once an owner has migrated.
      const present = await client.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
      if (!present.rows[0]?.present) await client.query('CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at text NOT NULL)');
      const applied = new Set((await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((row) => row.name));
      const pending = files.filter((name) => !applied.has(name));
      for (const name of pending) {
        const sql = readFileSync(path.join(dir, name), 'utf8');
        try {
          await client.query('BEGIN');
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)', [name, new Date().toISOString()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return pending;
    } finally {
      unlocked = await client.query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK_KEY.toString()]).then(() => true, () => false);
    }
  } finally {
    // A connection that may still hold the lock is closed rather than returned to the pool.
    client.release(!unlocked);
  }
}
