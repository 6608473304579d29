import { describe, expect, it } from 'vitest';
import type { PersistStorage } from 'zustand/middleware';
import { createSessionStore, loadSessionLimits } from '../../../components/session/session-store';
import type { PersistedSession } from '../../../components/session/session-store';
import { createSession } from '../../../lib/session/create-session';

const t0 = new Date('2026-03-01T10:00:00.000Z');

function recordingStorage() {
  const writes: unknown[] = [];
  const storage: PersistStorage<PersistedSession> = {
    getItem: () => null,
    setItem: (_name, value) => void writes.push(value),
    removeItem: () => undefined,
  };
  return { storage, writes };
}

describe('the session store', () => {
  it('says at once when an action met a limit, and keeps the state within it', async () => {
    // The limits load with the first edit (session-limits-lazy.test.ts); once in, a cut is said at once.
    await loadSessionLimits();
    const { storage } = recordingStorage();
    const store = createSessionStore(createSession('ecommerce-data-platform', 'ecommerce-data-platform-s', t0), storage);
    store.getState().setWorksheetRows(Array.from({ length: 204 }, (_, index) => ({ id: `r${index}`, name: '', expr: '1' })));
    expect(store.getState().session.answers.estimate.rows).toHaveLength(200);
    expect(store.getState().limitNotice?.text).toBe('At most 200 worksheet rows can be kept; the 4 past that were not added.');
    store.getState().dismissLimitNotice();
    expect(store.getState().limitNotice).toBeUndefined();
  });

  it('changes and writes nothing while another tab holds the attempt', () => {
    const { storage, writes } = recordingStorage();
    const session = createSession('ecommerce-data-platform', 'ecommerce-data-platform-t', t0);
    const store = createSessionStore(session, storage);
    store.getState().setTab('other-tab-open');
    store.getState().setNotes('clarify', 'typed in the second tab');
    store.getState().ask('Who reads it?');
    expect(store.getState().session).toBe(session);
    expect(writes).toEqual([]);
    store.getState().setTab('took-over');
    store.getState().setNotes('clarify', 'now it is kept');
    expect(store.getState().session.steps.clarify.notes).toBe('now it is kept');
    expect(writes.length).toBeGreaterThan(0);
  });
});
