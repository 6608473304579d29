import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import { echoedTokens, spanEchoed } from '../../../lib/text/echo';
import { readText } from '../../../lib/text/read-text';

const question = readText('How do you lay out the time-series store so that queries over the last 30 days are fast and expiring old data is cheap?');

function echoedWords(answer: string): string[] {
  const read = readText(answer);
  const echoed = echoedTokens(read, question);
  return read.tokens.filter((token, i) => echoed[i]).map((token) => token.norm);
}

describe('echoedTokens: words copied from the question', () => {
  it('marks runs of two or more content words copied in order', () => {
    expect(echoedWords('We lay out the time-series store so expiring old data is cheap.')).toEqual(['lay', 'out', 'time', 'series', 'store', 'expiring', 'old', 'data', 'cheap'].filter((word) => word !== 'out'));
  });

  it('compares numbers as numbers and does not cross punctuation', () => {
    expect(echoedWords('Queries over 30 days')).toEqual(['30', 'days']);
    expect(echoedWords('Queries over 7 days')).toEqual([]);
    expect(echoedWords('Keep the store. Time is short.')).toEqual([]);
  });

  it('leaves single shared words alone', () => {
    expect(echoedWords('Partition by day and drop old partitions.')).toEqual([]);
  });

  it('spanEchoed is false for a span without content words', () => {
    const read = readText('the store');
    expect(spanEchoed(read, echoedTokens(read, question), 0, 1)).toBe(false);
  });
});

describe('readClaim with the question given', () => {
  const spec = { keywords: ['partition', 'partitioning'], assert: [['drop', 'expire', 'expiring', 'days']] };
  const compression = { keywords: ['rollups', 'compression', 'materialized view'] };
  const given = readText('Engineers read one-minute rollups over two years. How do you lay it out so expiring old data is cheap?');

  it('an assert copied from the question does not complete the claim', () => {
    expect(readClaim(readText('We use partitioning so expiring old data is cheap.'), spec, { given }).status).toBe('named');
    expect(readClaim(readText('We use partitioning so expiring old data is cheap.'), spec).status).toBe('stated');
  });

  it('a keyword copied from the question earns nothing on its own, and says so', () => {
    const reading = readClaim(readText('We serve the one-minute rollups over two years quickly.'), compression, { given });
    expect(reading.status).toBe('missing');
    expect(reading.echoed).toBe('rollups');
  });

  it('the learner\'s own words still count', () => {
    expect(readClaim(readText('Partition by day and drop whole partitions after 30 days.'), spec, { given }).status).toBe('stated');
    expect(readClaim(readText('The one-minute rollups are a materialized view.'), compression, { given }).status).toBe('stated');
  });
});
