import { describe, expect, it } from 'vitest';
import { createSession } from '../../../lib/session/create-session';
import { SESSION_VERSION } from '../../../lib/session/session-schema';
import { createMemoryStore } from '../../../lib/storage/key-value-store';
import { deleteSession, listSessions, resumeSession, startNewSession } from '../../../lib/storage/session-history';
import { readActiveSessionId, sessionKey, writeActiveSessionId } from '../../../lib/storage/session-repository';

const slug = 'ecommerce-data-platform';

async function seeded() {
  const store = createMemoryStore();
  const older = createSession(slug, 'ecommerce-data-platform-old', new Date('2026-01-01T00:00:00Z'));
  const newer = createSession(slug, 'ecommerce-data-platform-new', new Date('2026-02-01T00:00:00Z'));
  for (const session of [older, newer]) await store.set(sessionKey(session.id), { version: SESSION_VERSION, state: { session } });
  await store.set(sessionKey('broken'), { version: SESSION_VERSION, state: { session: { caseSlug: slug } } });
  await writeActiveSessionId(store, slug, newer.id);
  return { store, older, newer };
}

describe('session history', () => {
  it('lists readable sessions newest first and marks the active one', async () => {
    const { store, older, newer } = await seeded();
    expect(await listSessions(store)).toEqual([
      { session: newer, active: true },
      { session: older, active: false },
    ]);
  });

  it('resumes, starts anew and deletes', async () => {
    const { store, older, newer } = await seeded();
    await resumeSession(store, older);
    expect(await readActiveSessionId(store, slug)).toBe(older.id);
    await startNewSession(store, slug);
    expect(await readActiveSessionId(store, slug)).toBeUndefined();
    await deleteSession(store, newer);
    expect((await listSessions(store)).map((entry) => entry.session.id)).toEqual([older.id]);
  });
});
