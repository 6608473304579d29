import { describe, expect, it } from 'vitest';
import { holdTabLock } from '../../../lib/storage/tab-lock';
import type { LockApi } from '../../../lib/storage/tab-lock';

/** Exclusive locks shared by "tabs" in one test, granted in request order, as the Web Locks API does. */
function fakeLocks(): LockApi {
  const held = new Set<string>();
  const queues = new Map<string, Array<() => void>>();
  const grant = (name: string) => {
    const next = queues.get(name)?.shift();
    if (next) next();
  };
  return {
    request(name, options, callback) {
      const run = async () => {
        held.add(name);
        try {
          await callback({ name });
        } finally {
          held.delete(name);
          grant(name);
        }
      };
      if (!held.has(name)) return run();
      if (options.ifAvailable) return callback(null);
      return new Promise((resolve, reject) => {
        const queue = queues.get(name) ?? [];
        const start = () => void run().then(resolve, reject);
        queue.push(start);
        queues.set(name, queue);
        options.signal?.addEventListener('abort', () => {
          queues.set(name, (queues.get(name) ?? []).filter((item) => item !== start));
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('one tab writes an attempt at a time', () => {
  it('makes the second tab wait read-only and hands it the attempt when the first lets go', async () => {
    const locks = fakeLocks();
    const events: string[] = [];
    const releaseA = holdTabLock(locks, 'sdt:lock:s1', { onWaiting: () => events.push('A waits'), onAcquired: (after) => void events.push(`A holds${after ? ' after waiting' : ''}`) });
    await tick();
    const releaseB = holdTabLock(locks, 'sdt:lock:s1', { onWaiting: () => events.push('B waits'), onAcquired: (after) => void events.push(`B holds${after ? ' after waiting' : ''}`) });
    await tick();
    expect(events).toEqual(['A holds', 'B waits']);
    releaseA();
    await tick();
    await tick();
    expect(events).toEqual(['A holds', 'B waits', 'B holds after waiting']);
    releaseB();
  });

  it('lets different attempts be held at once, and a waiting tab that closes stops waiting', async () => {
    const locks = fakeLocks();
    const events: string[] = [];
    const a = holdTabLock(locks, 'sdt:lock:s1', { onWaiting: () => events.push('A waits'), onAcquired: () => void events.push('A holds') });
    const other = holdTabLock(locks, 'sdt:lock:s2', { onWaiting: () => events.push('other waits'), onAcquired: () => void events.push('other holds') });
    await tick();
    const b = holdTabLock(locks, 'sdt:lock:s1', { onWaiting: () => events.push('B waits'), onAcquired: () => void events.push('B holds') });
    await tick();
    b();
    a();
    await tick();
    await tick();
    expect(events).toEqual(['A holds', 'other holds', 'B waits']);
    other();
  });

  it('without the Web Locks API every tab holds (the behaviour before)', async () => {
    const events: string[] = [];
    holdTabLock(undefined, 'sdt:lock:s1', { onWaiting: () => events.push('waits'), onAcquired: () => void events.push('holds') });
    holdTabLock(undefined, 'sdt:lock:s1', { onWaiting: () => events.push('waits'), onAcquired: () => void events.push('holds') });
    expect(events).toEqual(['holds', 'holds']);
  });
});
