import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

// Inputs written for these tests, each with what an interviewer reads in it decided before the reader ran: in an answer
// that explains elsewhere, a heading over items that are the claim's subjects ("Dimensions: driver, zone, hour") and a
// bracketed gloss on one of them ("driver (SCD2)") are terse claims, not bare terms (lib/text/subject-mention.ts).

const dimensions: ClaimSpec = { keywords: ['dimensions', 'dims'], assert: [['driver', 'zone', 'hour', 'rider']], subject: { of: ['driver', 'zone', 'hour', 'rider', 'vehicle'] } };
const history: ClaimSpec = { keywords: ['scd2', 'type 2'], assert: [['history', 'new row', 'version']], subject: { of: ['driver', 'vehicle', 'rider'] } };

const terse = 'fact_trip, one row per completed trip. Dims: driver (SCD2), zone, hour, rider. Surge report = avg fare by zone and hour.';

describe('a terse star schema says its parts', () => {
  it('reads "Dims: driver, zone, hour" as naming the dimensions, not listing a term', () => {
    expect(readClaim(readText(terse), dimensions).status).not.toBe('listed');
  });

  it('reads "driver (SCD2)" as said of the driver dimension', () => {
    expect(readClaim(readText(terse), history).status).not.toBe('listed');
  });

  it('keeps a whole answer of terms a list ("Dims: driver, zone, hour. SCD2, grain, facts.")', () => {
    const read = readText('Dims: driver, zone, hour. SCD2, grain, facts.');
    expect(readClaim(read, dimensions).status).toBe('listed');
  });

  it('keeps a bracket that glosses another subject a list term ("fare (SCD2)")', () => {
    const read = readText('fact_trip, one row per completed trip. Measures: fare (SCD2), distance, tip. Report = avg fare by zone.');
    expect(readClaim(read, history).status).toBe('listed');
  });
});
