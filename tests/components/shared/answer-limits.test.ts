import { describe, expect, it } from 'vitest';
import { MAX_ROW_NAME_INPUT } from '@/components/shared/answer-limits';
import { keptSentence, tooLongSentence } from '@/components/shared/length-note';
import { MAX_NAME_LENGTH, nameError } from '@/lib/estimate/names';

describe('a worksheet row name box', () => {
  it('counts to the length the estimate engine reads as a name', () => {
    expect(MAX_ROW_NAME_INPUT).toBe(MAX_NAME_LENGTH);
    expect(nameError('a'.repeat(MAX_ROW_NAME_INPUT))).toBeUndefined();
  });
});

describe('a box saved as the learner types, past its limit', () => {
  it('says how much to cut and which version is saved meanwhile', () => {
    expect(`${tooLongSentence('Your list of main entities', 2_150, 2_000, 'have it saved and graded')} ${keptSentence(1_980)}`).toBe(
      'Your list of main entities is 2,150 characters, 150 over the 2,000 limit: shorten it to have it saved and graded. Your text is kept here; until then the last version within the limit (1,980 characters) is the one saved.',
    );
  });
});
