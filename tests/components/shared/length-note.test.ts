import { describe, expect, it } from 'vitest';
import { lengthNoteIds, tooLongSentence } from '@/components/shared/length-note';

// Answer boxes past their limit keep the text and say how much to cut, instead of a maxLength that cuts a paste.

describe('tooLongSentence', () => {
  it('says the length, the excess and the limit with digit grouping, and what shortening unlocks', () => {
    expect(tooLongSentence('Your question', 1_234, 500, 'ask it')).toBe('Your question is 1,234 characters, 734 over the 500 limit: shorten it to ask it.');
    expect(tooLongSentence('Your answer', 1_001, 1_000, 'check it')).toBe('Your answer is 1,001 characters, 1 over the 1,000 limit: shorten it to check it.');
  });
});

describe('lengthNoteIds', () => {
  it('points at the count, and at the error only past the limit', () => {
    expect(lengthNoteIds('q', 500, 500)).toBe('q-count');
    expect(lengthNoteIds('q', 501, 500)).toBe('q-count q-error');
  });
});
