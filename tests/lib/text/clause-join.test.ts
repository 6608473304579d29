import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';

// Whether the word (first occurrence, lower case) is inside a negation's scope.
const negated = (text: string, word: string) => {
  const read = readText(text);
  const index = read.tokens.findIndex((token) => token.norm === word);
  if (index < 0) throw new Error(`no "${word}" in "${text}"`);
  return read.negated[index];
};

describe('a negation stops at ", and" opening a new statement', () => {
  it.each([
    ['No late event is ever dropped, and Spark keeps all window state.', 'state'],
    ['We never use ZooKeeper, and the controller is part of Kafka.', 'controller'],
    ['It does not wait on the clock, and windows are closed by the watermark.', 'closed'],
  ])('"%s": "%s" is affirmed', (text, word) => {
    expect(negated(text, word)).toBe(false);
  });

  it.each([
    ['No checkpoint, and no WAL.', 'wal'],
    ['We skip retries, and acks.', 'acks'],
    ['There is no checkpoint, and replays lose data.', 'checkpoint'],
  ])('"%s": "%s" stays negated (a list, or the negated part itself)', (text, word) => {
    expect(negated(text, word)).toBe(true);
  });
});
