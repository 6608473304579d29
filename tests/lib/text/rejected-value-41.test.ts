import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { deniesUse } from '../../../lib/text/self-contradiction';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from '../deep-dive/fixtures';

// Whether the word `term` in `text` is denied as something the design has or uses.
const denied = (text: string, term: string) => {
  const read = readText(text);
  const at = read.tokens.findIndex((token) => token.norm === term);
  return deniesUse(read, at, at + 1);
};

describe('a rejected value of a term is not a denial of the term', () => {
  it('reads "No key=..." and "no key by ..." as an option turned down', () => {
    expect(denied('No key=zone_id: downtown would be one hot partition.', 'key')).toBe(false);
    expect(denied('No partition per rider: millions of partitions is far too many.', 'partition')).toBe(false);
    expect(denied('No key by city, the big cities would swamp one partition.', 'key')).toBe(false);
  });

  it('still reads a plain denial of the term', () => {
    expect(denied('No key is needed, round robin is fine.', 'key')).toBe(true);
    expect(denied('No TTL. The app removes drivers itself.', 'ttl')).toBe(true);
  });

  it('keeps a keyed design that turns down another key (interviewer: 80)', () => {
    const result = scoreDeepDivePrompt(
      promptOf('ride-hailing', 'location-topic-partitioning'),
      'key=driver_id, so one driver\'s pings stay in one partition and in order; 48 partitions for about 100k pings a second at peak with room to double. No key=zone_id: a busy downtown zone would make one hot partition while the others idle.',
    );
    expect(Object.fromEntries(result.points.map((point) => [point.id, point.status]))['key-by-driver']).toBe('stated');
    expect(Math.round((100 * result.earned) / result.available)).toBeGreaterThanOrEqual(65);
  });
});
