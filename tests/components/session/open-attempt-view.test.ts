import { describe, expect, it } from 'vitest';
import { viewAttempt } from '../../../components/session/open-attempt-view';
import { createSession } from '../../../lib/session/create-session';
import { SESSION_VERSION } from '../../../lib/session/session-schema';
import { createMemoryStore } from '../../../lib/storage/key-value-store';
import { readActiveSessionId, sessionKey, writeActiveSessionId } from '../../../lib/storage/session-repository';

const slug = 'ride-hailing';

async function seeded() {
  const store = createMemoryStore();
  const earlier = createSession(slug, 'ride-hailing-earlier', new Date('2026-10-01T09:00:00Z'));
  const current = createSession(slug, 'ride-hailing-current', new Date('2026-11-01T09:00:00Z'));
  for (const session of [earlier, current]) await store.set(sessionKey(session.id), { version: SESSION_VERSION, state: { session } });
  await writeActiveSessionId(store, slug, current.id);
  return { store, earlier, current };
}

describe('viewAttempt (a report of an earlier attempt, opened from history)', () => {
  it('opens the earlier attempt read-only and leaves the current attempt current', async () => {
    const { store, earlier, current } = await seeded();
    const opened = await viewAttempt(store, slug, earlier.id);
    expect(opened?.store.getState().session.id).toBe(earlier.id);
    expect(opened?.store.getState().tab).toBe('other-tab-open');
    expect(opened?.notices).toEqual([{ kind: 'viewing-attempt', updatedAt: earlier.updatedAt }]);
    expect(await readActiveSessionId(store, slug)).toBe(current.id);
  });

  it('writes nothing when the viewed attempt is edited or flushed', async () => {
    const { store, earlier } = await seeded();
    const opened = await viewAttempt(store, slug, earlier.id);
    opened?.store.getState().setNotes('clarify', 'typed while looking at an old report');
    await opened?.flush();
    await opened?.flushOnHide();
    expect(opened?.store.getState().session.steps.clarify.notes).toBe(earlier.steps.clarify.notes);
    expect(await store.get(sessionKey(earlier.id))).toEqual({ version: SESSION_VERSION, state: { session: earlier } });
  });

  it('declines the current attempt, a missing one and another case’s (the caller opens the current attempt)', async () => {
    const { store, current } = await seeded();
    const other = createSession('card-payments', 'card-payments-one', new Date('2026-11-02T09:00:00Z'));
    await store.set(sessionKey(other.id), { version: SESSION_VERSION, state: { session: other } });
    expect(await viewAttempt(store, slug, current.id)).toBeUndefined();
    expect(await viewAttempt(store, slug, 'ride-hailing-gone')).toBeUndefined();
    expect(await viewAttempt(store, slug, other.id)).toBeUndefined();
  });
});
