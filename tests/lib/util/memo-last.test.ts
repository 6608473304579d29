import { describe, expect, it } from 'vitest';
import { memoLast } from '../../../lib/util/memo-last';

describe('memoLast', () => {
  it('reads a text once while it is among the last few, then again once dropped', () => {
    const read: string[] = [];
    const length = memoLast((text: string) => {
      read.push(text);
      return text.length;
    }, 2);
    expect([length('alpha'), length('alpha'), length('be'), length('alpha')]).toEqual([5, 5, 2, 5]);
    expect(read).toEqual(['alpha', 'be']);
    length('gamma');
    length('be');
    // 'alpha' was the oldest when 'gamma' came, so it is read again.
    length('alpha');
    expect(read).toEqual(['alpha', 'be', 'gamma', 'alpha']);
  });

  it('keeps falsy results (false, null, 0) as results', () => {
    let calls = 0;
    const never = memoLast(() => {
      calls += 1;
      return null;
    }, 4);
    never('x');
    never('x');
    expect(calls).toBe(1);
  });

  it('refuses a size below one or not whole', () => {
    expect(() => memoLast((text: string) => text, 0)).toThrow(/positive whole number/);
    expect(() => memoLast((text: string) => text, 1.5)).toThrow(/positive whole number/);
  });
});
