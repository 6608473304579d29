import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { isOffValue, switchedOff } from '../../../lib/text/off-setting';
import { readText } from '../../../lib/text/read-text';

// Kind: a setting named with a value that switches it off ("linger.ms=0", "compression.type=none") says the opposite
// of a point about that setting; it earned the point for the setting's name. New inputs, readings decided before running.
const batching: ClaimSpec = { keywords: ['linger.ms', 'batch.size', 'batching', 'compression'] };
const idempotence: ClaimSpec = { keywords: ['idempotence', 'idempotent producer'] };

describe('a setting switched off contradicts the point about it', () => {
  it.each([
    'Set linger.ms=0 so each ping goes out at once.',
    'Producers run with compression.type=none to save CPU.',
    'We keep batch.size=0 because latency matters most.',
    'enable.idempotence=false on the producer, retries are rare.',
  ])('"%s" is a wrong value, not a statement', (text) => {
    const reading = readClaim(readText(text), text.includes('idempotence') ? idempotence : batching);
    // "=false" is also a negation cue, so enable.idempotence=false already read as negated: either way it earns nothing.
    expect(reading.wrongValue !== undefined || reading.status === 'negated').toBe(true);
    expect(reading.status).not.toBe('stated');
  });

  it.each([
    'linger.ms=20 and compression.type=lz4, so many pings share one request.',
    'Batching with linger.ms=5 groups the small pings.',
  ])('a value that turns it on states it: "%s"', (text) => {
    const reading = readClaim(readText(text), batching);
    expect(reading.wrongValue).toBeUndefined();
    expect(reading.status).toBe('stated');
  });

  it('a wrong claim that looks for the off value still reads it (clause scope)', () => {
    const claim: ClaimSpec = { keywords: ['failOnDataLoss=false', 'failOnDataLoss'], assert: [['exactly once', 'exactly-once']], scope: 'clause' };
    expect(readClaim(readText('failOnDataLoss=false gives us exactly-once.'), claim).status).toBe('stated');
  });

  it('off values', () => {
    expect([0, 'false', 'none', 'off', 'disabled'].every(isOffValue)).toBe(true);
    expect([1, 10, 'all', 'lz4', 'true', -1].some(isOffValue)).toBe(false);
  });

  it('only a span inside the setting name is switched off', () => {
    const read = readText('Set linger.ms=0 now.');
    expect(switchedOff(read, 4, 13)?.text).toBe('linger.ms=0');
    expect(switchedOff(read, 4, 15)).toBeUndefined();
  });
});
