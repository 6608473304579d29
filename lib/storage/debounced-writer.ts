import { describeStorageError } from './describe-storage-error';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; message: string };

type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Coalesces rapid writes (one per keystroke) into one write after a quiet period. `flush` writes
 * at once; the app calls it when the page is hidden so a closing tab does not lose the last edit.
 */
export function createDebouncedWriter(
  write: (key: string, value: unknown) => Promise<void>,
  options: { delayMs: number; onStatus: (status: SaveStatus) => void; now?: () => Date; timers?: Timers },
) {
  const timers = options.timers ?? realTimers;
  const now = options.now ?? (() => new Date());
  const pending = new Map<string, unknown>();
  let handle: unknown;
  let chain: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
    if (pending.size === 0) return chain;
    const batch = [...pending.entries()];
    pending.clear();
    options.onStatus({ state: 'saving' });
    chain = chain.then(async () => {
      try {
        for (const [key, value] of batch) await write(key, value);
        if (pending.size === 0) options.onStatus({ state: 'saved', at: now() });
      } catch (error) {
        // Put the batch back (unless newer values arrived) so the next flush retries it.
        for (const [key, value] of batch) if (!pending.has(key)) pending.set(key, value);
        options.onStatus({ state: 'error', message: describeStorageError(error) });
      }
    });
    return chain;
  }

  function schedule(key: string, value: unknown): void {
    pending.set(key, value);
    options.onStatus({ state: 'pending' });
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => void flush(), options.delayMs);
  }

  return { schedule, flush, hasPending: () => pending.size > 0 };
}
