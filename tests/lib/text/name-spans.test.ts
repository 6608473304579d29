import { describe, expect, it } from 'vitest';
import { blankNameSpans, findNameSpans } from '../../../lib/text/name-spans';

describe('name spans: URLs and absolute paths', () => {
  it('blanks a URL and an absolute path to spaces of the same length', () => {
    const text = 'write to abfss://lake@acct.dfs.core.windows.net/exactly-once/ and keep /var/run/dedup-state here';
    const blanked = blankNameSpans(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toMatch(/exactly|dedup|abfss/);
    expect(blanked.startsWith('write to ')).toBe(true);
    expect(blanked.endsWith(' here')).toBe(true);
    expect(findNameSpans(text)).toHaveLength(2);
  });

  it('leaves slash lists, rates and relative paths alone', () => {
    for (const text of ['Visa/Mastercard auths', '50k/s at peak', 'min/max/avg per minute', 'models/marts/fct_orders.sql', 'either/or']) {
      expect(blankNameSpans(text)).toBe(text);
    }
  });

  it('reads a non-string as empty', () => {
    expect(blankNameSpans(undefined as unknown as string)).toBe('');
    expect(findNameSpans(42 as unknown as string)).toEqual([]);
  });
});
