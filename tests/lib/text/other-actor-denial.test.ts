import { describe, expect, it } from 'vitest';
import { findPhrases } from '@/lib/text/find-phrases';
import { deniedOfOtherActor } from '@/lib/text/other-actor-denial';
import { readText } from '@/lib/text/read-text';

// Whether the negated term is denied only as what another actor does with it (true), or denied itself (false).
function otherActor(text: string, term: string): boolean {
  const read = readText(text);
  const hit = findPhrases(read, [{ id: 'term', phrases: [term] }]).find((found) => found.polarity === 'negated');
  if (!hit) throw new Error(`"${term}" is not negated in "${text}"`);
  return deniedOfOtherActor(read, hit.from, hit.to);
}

describe('a negation said of another actor denies its access, not the thing', () => {
  it.each([
    ['Dashboards never query the orders database.', 'orders database'],
    ['The BI tools do not hit the production Postgres.', 'postgres'],
    ['Reports will never read from the trip database directly.', 'trip database'],
    ['Data scientists cannot touch the raw clickstream.', 'clickstream'],
  ])('%s', (text, term) => {
    expect(otherActor(text, term)).toBe(true);
  });
});

describe('a negation of the thing itself, or of what the design does with it, still denies it', () => {
  it.each([
    ['No CDC.', 'cdc'],
    ['We never ingest the clickstream.', 'clickstream'],
    ['Without the partner files.', 'partner files'],
    ["Don't load the partner files.", 'partner files'],
    ['The pipeline does not read the orders database.', 'orders database'],
    ['The clickstream is not needed.', 'clickstream'],
    ['Analytics do not need any dashboards.', 'dashboards'],
  ])('%s', (text, term) => {
    expect(otherActor(text, term)).toBe(false);
  });
});
