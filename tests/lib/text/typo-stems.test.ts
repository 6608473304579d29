import { describe, expect, it } from 'vitest';
import { findPhrases } from '../../../lib/text/find-phrases';
import { readText } from '../../../lib/text/read-text';

const found = (text: string, phrases: string[]) => findPhrases(readText(text), [{ id: 'hit', phrases }]).map((hit) => `${hit.verbatim}:${hit.polarity}`);

describe('typos in long words match the phrase they stand for', () => {
  it.each([
    ['We set a watermakr of two minutes.', ['watermark'], 'watermakr:affirmed'],
    ['Writes are idempotant downstream.', ['idempotent'], 'idempotant:affirmed'],
    ['It is exaclty once end to end.', ['exactly once'], 'exaclty once:affirmed'],
    ['Restore from the checkpiont folder.', ['checkpoint'], 'checkpiont:affirmed'],
  ])('%s', (text, phrases, hit) => {
    expect(found(text, phrases)).toEqual([hit]);
  });

  it('keeps negation and never corrects short words or words outside the phrases', () => {
    expect(found('We never use a watermakr.', ['watermark'])).toEqual(['watermakr:negated']);
    expect(found('Do not loose data.', ['lose'])).toEqual([]);
    expect(found('The petition was filed.', ['partition'])).toEqual([]);
    expect(found('Use insted of the arival time.', ['arrival time'])).toEqual([]);
  });
});
