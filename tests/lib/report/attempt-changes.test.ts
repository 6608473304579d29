import { describe, expect, it } from 'vitest';
import { changeSincePrevious } from '../../../lib/report/attempt-changes';

describe('change since the previous attempt', () => {
  it('compares attempts in the order they were started, skipping those without a total', () => {
    const changes = changeSincePrevious([
      { id: 'c', createdAt: '2026-11-03T10:00:00Z', total: 55 },
      { id: 'held', createdAt: '2026-11-02T12:00:00Z', total: null },
      { id: 'a', createdAt: '2026-11-01T10:00:00Z', total: 40 },
      { id: 'b', createdAt: '2026-11-02T10:00:00Z', total: 40 },
      { id: 'd', createdAt: '2026-11-04T10:00:00Z', total: 50 },
    ]);
    expect(Object.fromEntries(changes)).toEqual({ a: 'first attempt', b: 'same', c: '+15', d: '−5' });
  });
});
