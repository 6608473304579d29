/** The little storage the app needs; IndexedDB in the browser, a Map in tests and as a fallback. */
export type KeyValueStore = {
  /** false for the in-memory fallback: nothing survives a reload. */
  readonly persistent: boolean;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
};

export function createMemoryStore(initial: Iterable<[string, unknown]> = []): KeyValueStore {
  const data = new Map<string, unknown>(initial);
  return {
    persistent: false,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    del: async (key) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
  };
}
