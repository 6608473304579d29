import { describe, expect, it } from 'vitest';
import { boundInBase, readQuantity } from '../../../lib/text/claim-quantity';
import type { QuantitySpec } from '../../../lib/text/claim-quantity';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

function quantityOf(text: string, term: string, spec: QuantitySpec) {
  const read = readText(text);
  const from = read.tokens.findIndex((token) => token.norm === term);
  if (from < 0) throw new Error(`no "${term}" in ${text}`);
  return readQuantity(read, from, from + 1, spec);
}

const retention: QuantitySpec = { dimension: 'duration', min: '7 years' };
const ttl: QuantitySpec = { dimension: 'duration', min: '5 s', max: '2 min' };

describe('boundInBase: content bounds read by the values reader', () => {
  it.each([
    ['7 years', 'duration', 7 * 365.25 * 86_400],
    ['90 s', 'duration', 90],
    ['2 min', 'duration', 120],
    ['13 months', 'duration', 13 * (365.25 / 12) * 86_400],
    ['256 KB', 'data_size', 256_000],
    ['1 GiB', 'data_size', 2 ** 30],
  ] as const)('%s', (text, dimension, base) => {
    expect(boundInBase(text, dimension)).toBeCloseTo(base, 3);
  });

  it('is undefined for a bound of another dimension or no quantity', () => {
    expect(boundInBase('256 KB', 'duration')).toBeUndefined();
    expect(boundInBase('seven', 'duration')).toBeUndefined();
  });
});

describe('readQuantity: the duration a term is given in its clause', () => {
  it.each([
    ['Object Lock with a retention of 1 year.', 'object lock', retention, 'wrong'],
    ['Records are retained for 13 months, then deleted.', 'retained', retention, 'wrong'],
    ['Keep the records 84 months under Object Lock.', 'keep', retention, 'right'],
    ['Object Lock in compliance mode for seven years.', 'object lock', retention, 'right'],
    ['Each driver key has a TTL of 24 hours.', 'ttl', ttl, 'wrong'],
    ['A 20 s TTL on every driver key.', 'ttl', ttl, 'right'],
    ['Set the ttl to 15 seconds.', 'ttl', ttl, 'right'],
    ['The TTL is 1 h so memory is freed.', 'ttl', ttl, 'wrong'],
  ] as const)('%#: %s', (text, term, spec, verdict) => {
    expect(quantityOf(text, term, spec)?.verdict).toBe(verdict);
  });

  it('reads nothing without a quantity in the clause, or from another clause', () => {
    expect(quantityOf('Each driver key has a TTL.', 'ttl', ttl)).toBeUndefined();
    expect(quantityOf('Each driver key has a TTL; we also retry for 2 hours.', 'ttl', ttl)).toBeUndefined();
  });

  it('ignores a negated quantity', () => {
    expect(quantityOf('A TTL, but not 24 hours.', 'ttl', ttl)?.verdict).not.toBe('wrong');
  });
});

describe('readClaim with a quantity', () => {
  const ttlClaim: ClaimSpec = { keywords: ['ttl'], quantity: { ...ttl, why: 'A silent phone must drop out fast.' } };
  const deleteTooSoon: ClaimSpec = { keywords: ['delete', 'deletes', 'expire', 'expires'], quantity: { dimension: 'duration', max: '83 months', required: true }, scope: 'clause' };

  it('a wrong value contradicts the claim and says why; a right one states it', () => {
    expect(readClaim(readText('Each driver gets a TTL of 2 hours.'), ttlClaim).wrongTarget).toMatchObject({ said: '2 hours', why: 'A silent phone must drop out fast.' });
    expect(readClaim(readText('Each driver gets a TTL of 12 seconds.'), ttlClaim).status).toBe('stated');
  });

  it.each([
    ['A lifecycle rule deletes objects after 13 months.', true],
    ['Objects expire after 90 days to save money.', true],
    ['Objects expire after 7 years, once the retention ends.', false],
    ['A lifecycle rule deletes old objects.', false],
    ['We never delete anything before 7 years.', false],
  ])('%#: a required quantity decides whether a wrong claim is stated: %s', (text, fires) => {
    expect(readClaim(readText(text), deleteTooSoon).status === 'stated').toBe(fires);
  });
});

describe('readQuantity: cues, call arguments and relative clauses (facts28)', () => {
  const kept: QuantitySpec = { dimension: 'duration', min: '30 days', cue: ['drop', 'drops', 'kept', 'retention'] };
  it('with a cue, reads only a quantity the cue stands just before', () => {
    expect(quantityOf('A retention policy drops chunks older than 14 days.', 'chunks', kept)).toEqual({ verdict: 'wrong', said: '14 days' });
    expect(quantityOf('Split the table into chunks of 1 day each.', 'chunks', kept)).toBeUndefined();
    expect(quantityOf('Compress chunks older than 7 days.', 'chunks', kept)).toBeUndefined();
  });

  it('reads the arguments of a call as the term\'s clause', () => {
    expect(quantityOf('Then withWatermark("event_ts", "5 seconds")', 'watermark', { dimension: 'duration', min: '1 min' })).toEqual({ verdict: 'wrong', said: '5 seconds' });
  });

  it('reads a relative clause about the term, past a parenthesis', () => {
    const size: QuantitySpec = { dimension: 'data_size', min: '64 MB', max: '2 GB' };
    expect(quantityOf('Fix: a compaction job (OPTIMIZE in Delta) that rewrites each partition into 1 MB files.', 'compaction', size)).toMatchObject({ verdict: 'wrong', said: '1 MB' });
    expect(quantityOf('Fix: a compaction job that rewrites each partition into 512 MB files.', 'compaction', size)).toMatchObject({ verdict: 'right' });
    expect(quantityOf('We run compaction nightly. That leaves 1 MB files.', 'compaction', size)).toBeUndefined();
  });
});

describe('boundInBase agrees with the unit math (mathjs) on every unit it reads', () => {
  it.each([
    ['1 min', 'duration', '1 minute', 's'],
    ['2 h', 'duration', '2 hour', 's'],
    ['3 weeks', 'duration', '3 week', 's'],
    ['13 months', 'duration', '13 month', 's'],
    ['7 years', 'duration', '7 year', 's'],
    ['64 MB', 'data_size', '64 MB', 'B'],
    ['1 GiB', 'data_size', '1 GiB', 'B'],
  ] as const)('%s', async (text, dimension, expression, unit) => {
    const { evaluateUnits } = await import('../../../lib/units/math');
    const value = evaluateUnits(expression) as { toNumber: (unit: string) => number };
    expect(boundInBase(text, dimension)).toBeCloseTo(value.toNumber(unit), 0);
  });
});
