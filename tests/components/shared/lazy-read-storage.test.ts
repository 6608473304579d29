import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { StateStorage } from 'zustand/middleware';
import { lazyReadStorage } from '../../../components/shared/lazy-read-storage';
import type { ReadState } from '../../../components/shared/lazy-read-storage';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

type Counter = { count: number };
/** A reader that keeps a whole non-negative count and reads anything else as 0 (what a schema would do). */
const readCounter: ReadState<Counter> = (stored) => {
  const count = (stored as { count?: unknown } | undefined)?.count;
  return { count: typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 0 };
};

/** A reader loader that fails its first `failures` calls (a chunk that does not arrive). */
function flakyReader(failures: number) {
  const calls = { count: 0 };
  const load = (): Promise<ReadState<Counter>> => {
    calls.count += 1;
    return calls.count <= failures ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve(readCounter);
  };
  return { load, calls };
}

const noWait = { wait: () => Promise.resolve() };

function counterStore(storage: StateStorage, failures: number) {
  const reader = flakyReader(failures);
  const errors: unknown[] = [];
  const store = create<Counter & { increment: () => void }>()(
    persist((set) => ({ count: 0, increment: () => set((state) => ({ count: state.count + 1 })) }), {
      name: 'counter',
      version: 1,
      storage: lazyReadStorage<Counter>(() => storage, reader.load, { ...noWait, attempts: 2 }),
      skipHydration: true,
      partialize: (state) => ({ count: state.count }),
      onRehydrateStorage: () => (_state, error) => {
        if (error) errors.push(error);
      },
    }),
  );
  return { store, reader, errors };
}

describe('lazyReadStorage', () => {
  it('does not load the reader when nothing is stored, and writes once read', async () => {
    const storage = memoryStorage();
    const { store, reader } = counterStore(storage, 0);
    await store.persist.rehydrate();
    store.getState().increment();
    await Promise.resolve();
    expect(reader.calls.count).toBe(0);
    expect(JSON.parse(storage.data.get('counter') ?? '{}')).toEqual({ state: { count: 1 }, version: 1 });
  });

  it('loads the reader for a stored record and gives the store what the reader made of it', async () => {
    const storage = memoryStorage({ counter: JSON.stringify({ state: { count: 41 }, version: 1 }) });
    const { store, reader } = counterStore(storage, 1);
    await store.persist.rehydrate();
    expect(reader.calls.count).toBe(2);
    expect(store.getState().count).toBe(41);
    store.getState().increment();
    await Promise.resolve();
    expect(JSON.parse(storage.data.get('counter') ?? '{}').state.count).toBe(42);
  });

  it('reads damaged JSON and invalid fields through the reader (a fresh start), never as a crash', async () => {
    for (const raw of ['{not json', JSON.stringify({ state: { count: -3 }, version: 1 }), JSON.stringify('just a string'), 'null']) {
      const { store, errors } = counterStore(memoryStorage({ counter: raw }), 0);
      await store.persist.rehydrate();
      expect(errors).toEqual([]);
      expect(store.getState().count).toBe(0);
    }
  });

  it('writes nothing before the stored record is read, so an early change cannot overwrite it', async () => {
    const stored = JSON.stringify({ state: { count: 7 }, version: 1 });
    const storage = memoryStorage({ counter: stored });
    const { store } = counterStore(storage, 0);
    store.getState().increment();
    await Promise.resolve();
    expect(storage.data.get('counter')).toBe(stored);
  });

  it('keeps the stored record as it was when the reader never loads, and reads it on a later try', async () => {
    const stored = JSON.stringify({ state: { count: 9 }, version: 1 });
    const storage = memoryStorage({ counter: stored });
    const { store, reader, errors } = counterStore(storage, 2);
    await store.persist.rehydrate();
    expect(reader.calls.count).toBe(2);
    expect(errors).toHaveLength(1);
    store.getState().increment();
    await Promise.resolve();
    expect(storage.data.get('counter')).toBe(stored);
    await store.persist.rehydrate();
    expect(store.getState().count).toBe(9);
  });
});
