import { describe, expect, it } from 'vitest';
import { analyse, contentStems } from '../../../lib/text/analyse';
import { componentNear, namesComponent } from '../../../lib/text/components';
import { readText } from '../../../lib/text/read-text';

const stems = (phrases: string[]) => phrases.map((phrase) => contentStems(analyse(phrase)));
const redis = stems(['redis', 'key-value store']);

function near(text: string, term: string, about = redis): string | undefined {
  const read = readText(text);
  const from = read.tokens.findIndex((token) => token.norm === term);
  return componentNear(read, from, from + 1, about)?.text;
}

describe('componentNear: the component a claim is said of', () => {
  it('takes a component in the same clause, else the nearest one before in the sentence', () => {
    expect(near('We keep positions in Snowflake, partitioned by H3 cell, with a TTL of 90 days.', 'ttl')).toBe('Snowflake');
    expect(near('The S3 lake is keyed by H3 so lookups are fast.', 'h3')).toBe('lake');
    expect(near('Cassandra holds the ledger, and every row has a TTL of a year.', 'ttl')).toBe('Cassandra');
  });

  it('is nothing when the sentence names the subject or no component', () => {
    expect(near('Redis keeps each driver with a TTL of 30 seconds; history goes to the lake.', 'ttl')).toBeUndefined();
    expect(near('Each key gets a TTL of 30 seconds.', 'ttl')).toBeUndefined();
    expect(near('Positions get a TTL. The warehouse keeps history.', 'ttl')).toBeUndefined();
  });

  it('namesComponent tells a store subject from a plain one', () => {
    expect(namesComponent(redis)).toBe(true);
    expect(namesComponent(stems(['customer dimension', 'patient']))).toBe(false);
  });
});
