import { describe, expect, it } from 'vitest';
import { loadWithRetry } from '../../../lib/util/load-with-retry';

function failing(times: number, value = 'chunk') {
  let calls = 0;
  return {
    load: () => {
      calls += 1;
      return calls <= times ? Promise.reject(new Error(`attempt ${calls} failed`)) : Promise.resolve(value);
    },
    calls: () => calls,
  };
}

describe('loadWithRetry (a lazy chunk asked for again before giving up)', () => {
  it('resolves on the first attempt without waiting', async () => {
    const waits: number[] = [];
    const source = failing(0);
    await expect(loadWithRetry(source.load, { wait: async (ms) => void waits.push(ms) })).resolves.toBe('chunk');
    expect(source.calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('waits the given delays between attempts and resolves once one succeeds', async () => {
    const waits: number[] = [];
    const source = failing(2);
    await expect(loadWithRetry(source.load, { attempts: 3, delaysMs: [10, 40], wait: async (ms) => void waits.push(ms) })).resolves.toBe('chunk');
    expect(source.calls()).toBe(3);
    expect(waits).toEqual([10, 40]);
  });

  it('repeats the last delay when there are more attempts than delays', async () => {
    const waits: number[] = [];
    const source = failing(3);
    await loadWithRetry(source.load, { attempts: 4, delaysMs: [5], wait: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([5, 5, 5]);
  });

  it('rejects with the last error after every attempt failed, and a later call starts afresh', async () => {
    const source = failing(4);
    const options = { attempts: 3, wait: () => Promise.resolve() };
    await expect(loadWithRetry(source.load, options)).rejects.toThrow('attempt 3 failed');
    expect(source.calls()).toBe(3);
    await expect(loadWithRetry(source.load, options)).resolves.toBe('chunk');
    expect(source.calls()).toBe(5);
  });

  it('makes at least one attempt whatever the count asked', async () => {
    const source = failing(1);
    await expect(loadWithRetry(source.load, { attempts: 0, wait: () => Promise.resolve() })).rejects.toThrow('attempt 1 failed');
    expect(source.calls()).toBe(1);
  });
});
