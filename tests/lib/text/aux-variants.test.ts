import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import { buildPhraseMatcher } from '../../../lib/text/phrase-matcher';
import { readText } from '../../../lib/text/read-text';

const afterWrite = { keywords: ['after the batch is written', 'once it is saved'] };
const status = (text: string) => readClaim(readText(text), afterWrite).status;

describe('a passive phrase in another tense is the same phrase', () => {
  it.each([
    'Commit after the batch has been written to the database.',
    'After the batch was written to the database.',
    'Commit after the batch gets written.',
    'Only once it has been saved.',
  ])('"%s" states it', (text) => {
    expect(status(text)).toBe('stated');
  });

  it.each(['Commit before the batch is written.', 'Commit after the batch.', 'After the batch has been read.'])('"%s" does not', (text) => {
    expect(status(text)).toBe('missing');
  });

  it('a phrase an entry lists as written keeps its entry over another entry\'s variant', () => {
    const matcher = buildPhraseMatcher([
      { id: 'a', phrases: ['the data is stored'] },
      { id: 'b', phrases: ['the data was stored'] },
    ]);
    expect(matcher.matchAll('the data was stored').map((match) => match.id)).toEqual(['b']);
    expect(matcher.matchAll('the data has been stored').map((match) => match.id)).toEqual(['a']);
  });
});
