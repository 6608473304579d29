import { describe, expect, it } from 'vitest';
import { createSession } from '../../../lib/session/create-session';
import { setStepNotes } from '../../../lib/session/session-actions';
import { exportSession, importSession } from '../../../lib/session/session-export';
import { SESSION_VERSION } from '../../../lib/session/session-schema';
import type { Session } from '../../../lib/session/session-schema';
import { commitSessionImport, planSessionImport } from '../../../lib/storage/import-session-record';
import { createMemoryStore } from '../../../lib/storage/key-value-store';
import { listSessions } from '../../../lib/storage/session-history';
import { activeSessionKey, sessionKey } from '../../../lib/storage/session-repository';

const slug = 'ecommerce-data-platform';
const known = ['ecommerce-data-platform', 'ride-hailing'];
const at = (minutes: number) => new Date(Date.parse('2026-03-01T10:00:00.000Z') + minutes * 60_000);
const stored = (session: Session) => ({ version: SESSION_VERSION, state: { session } });

function imported(session: Session): Session {
  const result = importSession(exportSession(session, at(0)));
  if (!result.ok) throw new Error(result.error);
  return result.session;
}

describe('importing a session over stored work', () => {
  it('asks before replacing newer work, and keeps the replaced version as its own attempt', async () => {
    const exported = setStepNotes(createSession(slug, 'ecommerce-data-platform-a', at(0)), 'clarify', 'Who reads it?', at(1));
    const newer = setStepNotes(exported, 'clarify', 'Who reads it? Daily volume?', at(5));
    const store = createMemoryStore([[sessionKey(newer.id), stored(newer)], [activeSessionKey(slug), newer.id]]);
    const file = imported(exported);
    const plan = await planSessionImport(store, file, known);
    expect(plan).toEqual({ ok: true, replaces: { saved: newer, savedIsNewer: true } });
    if (!plan.ok) return;
    const { keptAs } = await commitSessionImport(store, file, plan, at(6));
    expect(keptAs).toMatch(/^ecommerce-data-platform-/);
    const history = await listSessions(store);
    expect(history.map((entry) => [entry.session.steps.clarify.notes, entry.active])).toEqual([
      ['Who reads it? Daily volume?', false],
      ['Who reads it?', true],
    ]);
    expect(history[0]?.session.id).toBe(keptAs);
  });

  it('does not ask when the stored version is older, but still keeps it', async () => {
    const older = createSession(slug, 'ecommerce-data-platform-b', at(0));
    const file = imported(setStepNotes(older, 'estimate', '200 GB/day', at(3)));
    const store = createMemoryStore([[sessionKey(older.id), stored(older)]]);
    const plan = await planSessionImport(store, file, known);
    expect(plan).toEqual({ ok: true, replaces: { saved: older, savedIsNewer: false } });
    if (plan.ok) expect((await commitSessionImport(store, file, plan, at(4))).keptAs).toBeDefined();
    expect(await listSessions(store)).toHaveLength(2);
  });

  it('stores a new or identical session without asking or copying', async () => {
    const session = setStepNotes(createSession(slug, 'ecommerce-data-platform-c', at(0)), 'clarify', 'Scope?', at(1));
    const store = createMemoryStore();
    expect(await planSessionImport(store, imported(session), known)).toEqual({ ok: true });
    await store.set(sessionKey(session.id), stored(session));
    const plan = await planSessionImport(store, imported(session), known);
    expect(plan).toEqual({ ok: true });
    if (plan.ok) expect(await commitSessionImport(store, imported(session), plan)).toEqual({});
    expect(await store.get(activeSessionKey(slug))).toBe(session.id);
  });

  it('refuses a session for a case this app does not have, leaving no key behind', async () => {
    const store = createMemoryStore();
    const session = imported(createSession('no-such-case', 'no-such-case-1', at(0)));
    expect(await planSessionImport(store, session, known)).toEqual({ ok: false, error: 'The session is for a case this app does not have ("no-such-case"); if it is an imported case, import its case pack first.' });
    expect(await store.keys()).toEqual([]);
  });
});
