import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createReviewStore, REVIEW_STORAGE_KEY } from '../../../components/review/review-queue-store';
import type { QueueRules } from '../../../lib/review/queue-change';
import * as rules from '../../../lib/review/review-queue';
import type { ReviewSubject } from '../../../lib/review/review-item-schema';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

/** A loader that fails its first `failures` calls (a chunk that does not arrive), then serves the real rules. */
function flakyLoader(failures: number) {
  const calls = { count: 0 };
  const load = (): Promise<QueueRules> => {
    calls.count += 1;
    return calls.count <= failures ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve(rules);
  };
  return { load, calls };
}

const noWait = { wait: () => Promise.resolve() };
const question: ReviewSubject = { kind: 'question', topic: 'streaming', questionId: 'exactly-once', title: 'What does exactly-once mean?' };
const drill: ReviewSubject = { kind: 'drill', generatorId: 'kafka-partitions', topic: 'streaming', title: 'Partitions for a throughput', lastSeed: 7 };
const prompt: ReviewSubject = { kind: 'prompt', caseSlug: 'ride-hailing', promptId: 'surge-pricing', topic: 'streaming', title: 'How is surge computed?' };

async function hydrated(storage: StateStorage, failures: number, attempts = 3) {
  const loader = flakyLoader(failures);
  const store = createReviewStore({ storage: () => storage, loadRules: loader.load, retry: { ...noWait, attempts } });
  await store.persist.rehydrate();
  return { store, loader };
}

/** Lets queued promise callbacks (the store's apply pass) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('review queue store with a rules chunk that fails to load', () => {
  it('retries a failed load and applies the change once the chunk arrives', async () => {
    const { store, loader } = await hydrated(memoryStorage(), 2);
    store.getState().add([question]);
    await settle();
    expect(loader.calls.count).toBe(3);
    expect(store.getState().queue.items.map((item) => item.id)).toEqual(['question:streaming:exactly-once']);
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().stalled).toBe(false);
  });

  it('keeps the change, stored, and says so when every attempt fails; "Try again" applies it', async () => {
    const storage = memoryStorage();
    const { store, loader } = await hydrated(storage, 3);
    store.getState().add([drill]);
    await settle();
    expect(store.getState().stalled).toBe(true);
    expect(store.getState().queue.items).toEqual([]);
    expect(store.getState().pending).toHaveLength(1);
    // Stored with the queue, so a reload does not lose it either.
    expect(JSON.parse(storage.data.get(REVIEW_STORAGE_KEY) ?? '{}').state.pending).toHaveLength(1);
    await store.getState().retry();
    expect(loader.calls.count).toBe(4);
    expect(store.getState().stalled).toBe(false);
    expect(store.getState().queue.items.map((item) => item.id)).toEqual(['drill:kafka-partitions']);
    expect(JSON.parse(storage.data.get(REVIEW_STORAGE_KEY) ?? '{}').state.pending).toEqual([]);
  });

  it('applies every change in the order asked after a stall, including ones asked meanwhile', async () => {
    const { store } = await hydrated(memoryStorage(), 3, 3);
    store.getState().add([prompt, question]);
    await settle();
    expect(store.getState().stalled).toBe(true);
    store.getState().remove('prompt:ride-hailing:surge-pricing');
    await settle();
    expect(store.getState().stalled).toBe(false);
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().queue.items.map((item) => item.id)).toEqual(['question:streaming:exactly-once']);
  });

  it('applies changes kept from an earlier visit when the next page reads the queue', async () => {
    const storage = memoryStorage();
    const first = await hydrated(storage, 3, 1);
    first.store.getState().add([question]);
    first.store.getState().review('question:streaming:exactly-once', true, new Date('2026-11-30T10:00:00Z'));
    await settle();
    expect(first.store.getState().pending).toHaveLength(2);
    const second = await hydrated(storage, 0);
    await settle();
    const [item] = second.store.getState().queue.items;
    expect(item?.id).toBe('question:streaming:exactly-once');
    expect(item?.card.reps).toBe(1);
    expect(second.store.getState().pending).toEqual([]);
  });

  it('waits for the stored queue before applying, so a change asked early does not overwrite it', async () => {
    const storage = memoryStorage();
    const before = await hydrated(storage, 0);
    before.store.getState().add([question]);
    await settle();
    const loader = flakyLoader(0);
    const store = createReviewStore({ storage: () => storage, loadRules: loader.load, retry: noWait });
    store.getState().add([drill]);
    await settle();
    expect(loader.calls.count).toBe(0);
    await store.persist.rehydrate();
    await settle();
    expect(store.getState().queue.items.map((item) => item.id).sort()).toEqual(['drill:kafka-partitions', 'question:streaming:exactly-once']);
  });

  it('drops a damaged stored change and keeps the valid ones', async () => {
    const storage = memoryStorage({
      [REVIEW_STORAGE_KEY]: JSON.stringify({ version: 1, state: { queue: { items: [] }, pending: [{ kind: 'add', subjects: [], at: 'yesterday' }, { kind: 'add', subjects: [question], at: '2026-11-30T09:00:00Z' }, 42] } }),
    });
    const { store } = await hydrated(storage, 0);
    await settle();
    expect(store.getState().queue.items.map((item) => item.id)).toEqual(['question:streaming:exactly-once']);
  });
});

describe('review queue store reading a stored queue lazily', () => {
  /** A reader loader that fails its first `failures` calls, then reads with the real schemas. */
  function flakyReader(failures: number) {
    const calls = { count: 0 };
    const load = async () => {
      calls.count += 1;
      if (calls.count <= failures) throw new Error('Failed to fetch dynamically imported module');
      const [{ readReviewQueue }, { readPendingChanges }] = await Promise.all([import('../../../lib/review/review-item-schema'), import('../../../lib/review/queue-change')]);
      return (stored: unknown) => {
        const record = stored as { queue?: unknown; pending?: unknown } | undefined;
        return { queue: readReviewQueue(record?.queue), pending: readPendingChanges(record?.pending) };
      };
    };
    return { load, calls };
  }

  it('does not load the reader when no queue is stored', async () => {
    const reader = flakyReader(0);
    const store = createReviewStore({ storage: () => memoryStorage(), loadRules: flakyLoader(0).load, loadReader: reader.load, retry: noWait });
    await store.persist.rehydrate();
    store.getState().add([question]);
    await settle();
    expect(reader.calls.count).toBe(0);
    expect(store.getState().queue.items).toHaveLength(1);
  });

  it('says so, writes nothing and loses no change when the stored queue cannot be read; "Try again" reads it and applies the change', async () => {
    const storage = memoryStorage();
    const before = await hydrated(storage, 0);
    before.store.getState().add([question]);
    await settle();
    const stored = storage.data.get(REVIEW_STORAGE_KEY);
    const reader = flakyReader(3);
    const store = createReviewStore({ storage: () => storage, loadRules: flakyLoader(0).load, loadReader: reader.load, retry: { ...noWait, attempts: 3 } });
    await store.persist.rehydrate();
    expect(store.getState().stalled).toBe(true);
    expect(store.getState().hydrated).toBe(false);
    store.getState().add([drill]);
    await settle();
    expect(storage.data.get(REVIEW_STORAGE_KEY)).toBe(stored);
    expect(store.getState().pending).toHaveLength(1);
    await store.getState().retry();
    await settle();
    expect(store.getState().stalled).toBe(false);
    expect(store.getState().queue.items.map((item) => item.id).sort()).toEqual(['drill:kafka-partitions', 'question:streaming:exactly-once']);
    expect(JSON.parse(storage.data.get(REVIEW_STORAGE_KEY) ?? '{}').state.queue.items).toHaveLength(2);
  });
});
