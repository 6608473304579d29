import { describe, expect, it, vi } from 'vitest';
import type { PersistStorage } from 'zustand/middleware';
import type { PersistedSession } from '@/components/session/session-store';
import { createSession } from '@/lib/session/create-session';
import { loadedAtOnce } from '../static-imports';

// A step page opened and only read does not download the session schema's limits (nor the canvas's scene bounds);
// the first edit loads them, and whatever was typed meanwhile is held to them the moment they arrive.

const t0 = new Date('2026-05-04T08:00:00.000Z');
const noStorage: PersistStorage<PersistedSession> = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

describe('the session store before the limits load', () => {
  it('loads neither the limits nor the scene bounds with the page', () => {
    const atOnce = loadedAtOnce('components/session/session-provider.tsx');
    expect(atOnce.has('components/session/session-store.ts')).toBe(true);
    expect(atOnce.has('lib/session/session-limits.ts')).toBe(false);
    expect(atOnce.has('lib/canvas/scene-bounds.ts')).toBe(false);
  });

  it('applies an edit at once and cuts it, with the sentence, once the limits are in', async () => {
    vi.resetModules();
    const { createSessionStore, loadSessionLimits } = await import('@/components/session/session-store');
    const store = createSessionStore(createSession('iot-telemetry', 'iot-telemetry-lazy', t0), noStorage);
    store.getState().visit('estimate');
    expect(store.getState().session.currentStep).toBe('estimate');
    const rows = Array.from({ length: 203 }, (_, index) => ({ id: `q${index}`, name: `device_${index}`, expr: '2 KB * 10' }));
    store.getState().setWorksheetRows(rows);
    // Typing never waits for the limits: the edit is in the state at once.
    expect(store.getState().session.answers.estimate.rows).toHaveLength(203);
    await loadSessionLimits();
    await vi.waitFor(() => expect(store.getState().session.answers.estimate.rows).toHaveLength(200));
    expect(store.getState().limitNotice?.text).toBe('At most 200 worksheet rows can be kept; the 3 past that were not added.');
    // From then on a cut is said with the action itself.
    store.getState().setNotes('clarify', 'n'.repeat(100_005));
    expect(store.getState().session.steps.clarify.notes).toHaveLength(100_000);
    expect(store.getState().limitNotice?.text).toMatch(/^Notes for Clarify: capped at 100,000 characters/);
  });

  it('leaves a session that fits untouched when the limits arrive', async () => {
    vi.resetModules();
    const { createSessionStore, loadSessionLimits } = await import('@/components/session/session-store');
    const store = createSessionStore(createSession('card-payments', 'card-payments-lazy', t0), noStorage);
    store.getState().setEntities('merchant, card, authorisation');
    const edited = store.getState().session;
    await loadSessionLimits();
    await Promise.resolve();
    expect(store.getState().session).toBe(edited);
    expect(store.getState().limitNotice).toBeUndefined();
  });
});

describe('a page whose chunk holds the limits', () => {
  it('hands them to the store, which then cuts an edit at once', async () => {
    vi.resetModules();
    const { createSessionStore, provideSessionLimits } = await import('@/components/session/session-store');
    const { fitSession } = await import('@/lib/session/session-limits');
    provideSessionLimits(fitSession);
    const store = createSessionStore(createSession('ride-hailing', 'ride-hailing-diagram', t0), noStorage);
    store.getState().setEntities('rider, driver, trip; '.repeat(120));
    expect(store.getState().session.answers.clarify.entities).toHaveLength(2_000);
    expect(store.getState().limitNotice?.text).toMatch(/^The list of entities: capped at 2,000 characters/);
  });
});
