import { describe, expect, it, vi } from 'vitest';
import { createSession } from '../../../lib/session/create-session';
import { SESSION_VERSION } from '../../../lib/session/session-schema';
import { createDebouncedWriter } from '../../../lib/storage/debounced-writer';
import type { SaveStatus } from '../../../lib/storage/debounced-writer';
import { clearBackup, readBackup, writeBackup } from '../../../lib/storage/pending-backup';
import { createMemoryStore } from '../../../lib/storage/key-value-store';
import {
  listQuarantinedKeys,
  loadSessionRecord,
  readActiveSession,
  readActiveSessionId,
  sessionKey,
  writeActiveSessionId,
} from '../../../lib/storage/session-repository';

const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-03-01T10:00:00.000Z');

describe('session repository', () => {
  it('finds the active session of a case', async () => {
    const store = createMemoryStore();
    const session = createSession(slug, 'ecommerce-data-platform-a1', t0);
    await store.set(sessionKey(session.id), { version: SESSION_VERSION, state: { session } });
    await writeActiveSessionId(store, slug, session.id);
    expect(await readActiveSessionId(store, slug)).toBe(session.id);
    expect(await readActiveSession(store, slug)).toEqual(session);
    expect(await readActiveSession(store, 'ride-hailing')).toBeUndefined();
  });

  it('keeps an unreadable record aside, byte for byte, and leaves the original in place', async () => {
    const damaged = { version: SESSION_VERSION, state: { session: { id: 'ecommerce-data-platform-a1', notes: 'half a record' } } };
    const store = createMemoryStore([[sessionKey('ecommerce-data-platform-a1'), damaged]]);
    const loaded = await loadSessionRecord(store, 'ecommerce-data-platform-a1', slug, t0);
    expect(loaded).toMatchObject({ status: 'quarantined', quarantineKey: 'sdt:quarantine:ecommerce-data-platform-a1:2026-03-01T10:00:00.000Z' });
    expect(await listQuarantinedKeys(store)).toEqual(['sdt:quarantine:ecommerce-data-platform-a1:2026-03-01T10:00:00.000Z']);
    expect(await store.get('sdt:quarantine:ecommerce-data-platform-a1:2026-03-01T10:00:00.000Z')).toEqual(damaged);
    expect(await store.get(sessionKey('ecommerce-data-platform-a1'))).toEqual(damaged);
  });

  it('says when there is nothing stored', async () => {
    expect(await loadSessionRecord(createMemoryStore(), 'nope', slug)).toEqual({ status: 'none' });
  });
});

describe('debounced writer', () => {
  it('writes the last value once after the quiet period and reports its status', async () => {
    vi.useFakeTimers();
    try {
      const writes: [string, unknown][] = [];
      const statuses: SaveStatus['state'][] = [];
      const writer = createDebouncedWriter(async (key, value) => void writes.push([key, value]), {
        delayMs: 400,
        onStatus: (status) => statuses.push(status.state),
      });
      writer.schedule('k', 1);
      writer.schedule('k', 2);
      writer.schedule('k', 3);
      expect(writes).toEqual([]);
      await vi.advanceTimersByTimeAsync(400);
      expect(writes).toEqual([['k', 3]]);
      expect(statuses.at(-1)).toBe('saved');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes at least every maxWait while the learner keeps typing', async () => {
    vi.useFakeTimers();
    try {
      const writes: unknown[] = [];
      const writer = createDebouncedWriter(async (_key, value) => void writes.push(value), { delayMs: 400, maxWaitMs: 1000, onStatus: () => undefined });
      for (let keystroke = 0; keystroke < 10; keystroke += 1) {
        writer.schedule('k', keystroke);
        await vi.advanceTimersByTimeAsync(300);
      }
      expect(writes.length).toBeGreaterThanOrEqual(2);
      expect(writes).toContain(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('backs up unsaved values synchronously when the page hides, and drops the backup once written', async () => {
    const backups = new Map<string, string>();
    const sync = { getItem: (key: string) => backups.get(key) ?? null, setItem: (key: string, value: string) => void backups.set(key, value), removeItem: (key: string) => void backups.delete(key) };
    let release: (() => void) | undefined;
    const writer = createDebouncedWriter(() => new Promise<void>((resolve) => (release = resolve)), {
      delayMs: 10_000,
      onStatus: () => undefined,
      backup: (key, value) => writeBackup(sync, key, value),
      onWritten: (key) => clearBackup(sync, key),
    });
    writer.schedule('sdt:session:a', { notes: 'last words' });
    const flushed = writer.flushOnHide();
    // The tab may die here: the backup is already there.
    expect(readBackup(sync, 'sdt:session:a')).toEqual({ found: true, value: { notes: 'last words' } });
    await vi.waitFor(() => expect(release).toBeDefined());
    release?.();
    await flushed;
    expect(readBackup(sync, 'sdt:session:a')).toEqual({ found: false });
  });

  it('flushes at once when asked (a closing tab) and retries after a failed write', async () => {
    let fail = true;
    const writes: unknown[] = [];
    const statuses: SaveStatus[] = [];
    const writer = createDebouncedWriter(
      async (_key, value) => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        writes.push(value);
      },
      { delayMs: 10_000, onStatus: (status) => statuses.push(status) },
    );
    writer.schedule('k', 'draft');
    await writer.flush();
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'browser storage is full' });
    expect(writer.hasPending()).toBe(true);
    fail = false;
    await writer.flush();
    expect(writes).toEqual(['draft']);
    expect(statuses.at(-1)?.state).toBe('saved');
  });
});

describe('an unreadable record when storage has no room', () => {
  it('is reported with its own key as the kept copy, and the case still opens', async () => {
    const damaged = { version: SESSION_VERSION, state: { session: { id: 'ecommerce-data-platform-z', notes: 'half' } } };
    const inner = createMemoryStore([[sessionKey('ecommerce-data-platform-z'), damaged]]);
    const full = { ...inner, set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const loaded = await loadSessionRecord(full, 'ecommerce-data-platform-z', slug, t0);
    expect(loaded).toMatchObject({ status: 'quarantined', quarantineKey: sessionKey('ecommerce-data-platform-z') });
    expect(await inner.get(sessionKey('ecommerce-data-platform-z'))).toEqual(damaged);
  });
});
