import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';

// Own wordings for the round-22 kind "a failure story told before the fix is read as the learner's own claim".
const roleOf = (text: string, word: string) => {
  const read = readText(text);
  const at = read.tokens.findIndex((token) => token.norm === word);
  if (at < 0) throw new Error(`no "${word}" in the text`);
  return read.role[at];
};

describe('a failure story told before the fix', () => {
  const story = 'Two years ago our consumer committed offsets before writing to the warehouse, and one crash lost a whole batch. The consumer commits only after the warehouse write succeeds.';

  it('the story is reported, the fix after it is the claim', () => {
    expect(roleOf(story, 'before')).toBe('reported');
    expect(roleOf(story, 'succeeds')).toBe('claim');
  });

  it('a story goes on through the past-tense sentences after its frame', () => {
    const text = 'The bug was in our billing export. Someone scheduled it on the wall clock, it ran twice around the DST change and charged customers twice. Each run takes its hour from the schedule, never from the clock.';
    expect(roleOf(text, 'wall')).toBe('reported');
    expect(roleOf(text, 'schedule')).toBe('claim');
  });

  it('a fix told in the past is the answer, not the story', () => {
    const text = 'At my old team we keyed the topic by region and one partition lagged for hours. So we switched to keying by device id, which spread the load.';
    expect(roleOf(text, 'region')).toBe('reported');
    expect(roleOf(text, 'device')).toBe('claim');
  });

  it('a success told in the past stays the learner\'s claim', () => {
    const text = 'At my previous job we ran every producer with acks=all and two in-sync replicas and never lost a write. Here I would do the same.';
    expect(roleOf(text, 'replicas')).toBe('claim');
  });

  it('a story with nothing after it is left as written', () => {
    const text = 'Last year our nightly job appended the day again after a retry and doubled the totals.';
    expect(roleOf(text, 'appended')).toBe('claim');
  });
});
