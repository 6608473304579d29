import { describe, expect, it } from 'vitest';
import { keptText } from '@/lib/text/kept-text';

describe('keptText blanks what the learner took back', () => {
  it.each([
    ['Surge within 30 seconds - actually, scratch that, hourly is enough', '30 seconds', 'hourly is enough'],
    ['Census in 2 minutes, no wait, every 30 minutes is plenty', '2 minutes', 'every 30 minutes is plenty'],
    ['Alerts within 10 s. On second thought, a daily digest.', '10 s', 'a daily digest'],
  ])('%s', (text, dropped, kept) => {
    const result = keptText(text);
    expect(result).not.toContain(dropped);
    expect(result).toContain(kept);
    expect(result).toHaveLength(text.length);
  });

  it.each(['Alerts within 10 seconds; OEE hourly', 'Never more than 5 minutes behind', ''])('leaves %j unchanged', (text) => {
    expect(keptText(text)).toBe(text);
  });

  it('reads a non-string as empty', () => {
    expect(keptText(undefined as unknown as string)).toBe('');
  });
});
