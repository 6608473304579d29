import { describe, expect, it } from 'vitest';
import { deniedInFallback } from '../../../lib/text/fallback-branch';
import { readText } from '../../../lib/text/read-text';

/** Whether the first token spelling `word` in `text` is denied inside a fallback branch. */
const inFallback = (text: string, word: string) => {
  const read = readText(text);
  const at = read.tokens.findIndex((token) => token.norm === word);
  if (at < 0) throw new Error(`no token ${word} in ${text}`);
  return deniedInFallback(read, at);
};

describe('a denial in a fallback branch', () => {
  it('is read as the alternative rejected for that branch', () => {
    expect(inFallback('If the model server times out, approve on the rule table, never a blanket decline.', 'decline')).toBe(true);
    expect(inFallback('When the time-series store is unavailable the live view shows the last value, not an empty dashboard.', 'dashboard')).toBe(true);
    expect(inFallback('In case of an outage of the stream job, pricing keeps the last multiplier and no surge map is published.', 'surge')).toBe(true);
    expect(inFallback('Otherwise the cached census is served, not a blank census board.', 'board')).toBe(true);
    expect(inFallback('Should the CDC connector fall behind, finance waits for the marts rather than no reconciliation at all.', 'reconciliation')).toBe(true);
  });
  it('is not when the sentence sets no failure and names no fallback', () => {
    expect(inFallback('No dashboard is needed for the plant managers.', 'dashboard')).toBe(false);
    expect(inFallback('On sale days we skip the inventory view and never publish a surge map.', 'surge')).toBe(false);
    expect(inFallback('If the business agrees, we build no reconciliation job.', 'reconciliation')).toBe(false);
  });
});
