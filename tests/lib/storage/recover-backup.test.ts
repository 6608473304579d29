import { describe, expect, it } from 'vitest';
import { createSession } from '../../../lib/session/create-session';
import { SESSION_VERSION } from '../../../lib/session/session-schema';
import { createMemoryStore } from '../../../lib/storage/key-value-store';
import type { KeyValueStore } from '../../../lib/storage/key-value-store';
import { findCaseBackup } from '../../../lib/storage/find-case-backup';
import { recoverBackup } from '../../../lib/storage/recover-backup';
import { sessionKey } from '../../../lib/storage/session-repository';

const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-03-01T10:00:00.000Z');
const session = createSession(slug, 'ecommerce-data-platform-b1', t0);
const key = sessionKey(session.id);

function syncStore(initial: Record<string, string> = {}, { full = false } = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (name: string) => data.get(name) ?? null,
    setItem: (name: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      data.set(name, value);
    },
    removeItem: (name: string) => void data.delete(name),
  };
}

/** A store that refuses every write the way IndexedDB refuses a value it cannot clone. */
function refusingStore(): KeyValueStore {
  const inner = createMemoryStore();
  return { ...inner, set: () => Promise.reject(new RangeError('Maximum call stack size exceeded')) };
}

const record = (value: unknown) => JSON.stringify({ version: SESSION_VERSION, state: { session: value } });

describe('recovering a closing tab backup', () => {
  it('moves a readable backup into the store and clears it', async () => {
    const backups = syncStore({ [`sdt:backup:${key}`]: record(session) });
    const store = createMemoryStore();
    expect(await recoverBackup(store, backups, key, slug, t0)).toEqual({ status: 'restored' });
    expect(await store.get(key)).toEqual({ version: SESSION_VERSION, state: { session } });
    expect([...backups.data.keys()]).toEqual([]);
  });

  it('sets aside a backup the store refuses, so it no longer blocks the case, and keeps its text', async () => {
    const text = record(session);
    const backups = syncStore({ [`sdt:backup:${key}`]: text });
    const result = await recoverBackup(refusingStore(), backups, key, slug, t0);
    expect(result).toEqual({ status: 'set-aside', reason: expect.stringContaining('could not be written'), text, asideKey: `sdt:backup-aside:${key}:${t0.toISOString()}` });
    expect(backups.data.get(`sdt:backup:${key}`)).toBeUndefined();
    expect(backups.data.get(`sdt:backup-aside:${key}:${t0.toISOString()}`)).toBe(text);
    // Opening again finds nothing to replay.
    expect(await recoverBackup(refusingStore(), backups, key, slug, t0)).toEqual({ status: 'none' });
  });

  it.each([
    ['not JSON', '{"version": 6, "state": {', 'not valid JSON'],
    ['a damaged record', JSON.stringify({ hello: 1 }), 'damaged'],
    ['another case', record(createSession('ride-hailing', 'ride-hailing-x', t0)), 'another case'],
    ['a scene element nested 5,000 levels deep', record(session).replace('"elements":[]', `"elements":[{"id":"a","type":"rectangle","customData":${'{"c":'.repeat(5000)}1${'}'.repeat(5000)}}]`), 'restored'],
  ])('deals with a backup that is %s without throwing', async (_name, text, expected) => {
    const backups = syncStore({ [`sdt:backup:${key}`]: text });
    const store = createMemoryStore();
    const result = await recoverBackup(store, backups, key, slug, t0);
    if (expected === 'restored') {
      // The deep element is over a bound: the rest loads, the backup as it was is kept for download.
      expect(result).toMatchObject({ status: 'restored', trimmed: { notes: ['1 drawing element could not be kept (it is nested more than 32 levels deep).'], text } });
      expect(await store.get(key)).toEqual({ version: SESSION_VERSION, state: { session } });
    } else {
      expect(result).toMatchObject({ status: 'set-aside', reason: expect.stringContaining(expected), text });
      expect(await store.get(key)).toBeUndefined();
    }
    expect(backups.data.has(`sdt:backup:${key}`)).toBe(false);
  });

  it('still offers the text when there is no room to keep a copy aside', async () => {
    const backups = syncStore({ [`sdt:backup:${key}`]: '{' }, { full: true });
    const result = await recoverBackup(createMemoryStore(), backups, key, slug, t0);
    expect(result).toEqual({ status: 'set-aside', reason: 'it is not valid JSON', text: '{' });
    expect(backups.data.size).toBe(0);
  });
});

describe('finding a case backup when the database came back empty', () => {
  function listable(entries: Record<string, string>) {
    const store = syncStore(entries);
    return { ...store, get length() { return store.data.size; }, key: (index: number) => [...store.data.keys()][index] ?? null };
  }

  it('picks the newest readable backup of that case only', () => {
    const older = createSession(slug, 'ecommerce-data-platform-old', t0);
    const newer = { ...createSession(slug, 'ecommerce-data-platform-new', t0), updatedAt: '2026-03-02T10:00:00.000Z' };
    const other = { ...createSession('ride-hailing', 'ride-hailing-x', t0), updatedAt: '2026-03-09T10:00:00.000Z' };
    const backups = listable({
      [`sdt:backup:${sessionKey(older.id)}`]: record(older),
      [`sdt:backup:${sessionKey(newer.id)}`]: record(newer),
      [`sdt:backup:${sessionKey(other.id)}`]: record(other),
      [`sdt:backup:${sessionKey('ecommerce-data-platform-bad')}`]: '{',
      'unrelated': 'x',
    });
    expect(findCaseBackup(backups, slug)).toBe(newer.id);
    expect(findCaseBackup(backups, 'ride-hailing')).toBe(other.id);
    expect(findCaseBackup(backups, 'card-payments')).toBeUndefined();
    expect(findCaseBackup(undefined, slug)).toBeUndefined();
  });
});
