import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Own wording for the round-19 kind "positions kept until logout" (ride-hailing live-geo-state rubric data); the
// interviewer's score for each was written before running the engine.
const grade = (answer: string) => {
  const result = scoreDeepDivePrompt(promptOf('ride-hailing', 'live-geo-state'), answer);
  const codes = result.findings.filter((finding) => finding.severity === 'wrong').map((finding) => finding.code);
  return { score: Math.round((100 * result.earned) / result.available), codes };
};

describe('a driver position never expired leaves ghost drivers', () => {
  it('"positions stay forever, a driver leaves the set only when they go off shift in the app" costs the TTL point (interviewer: 45)', () => {
    const base = 'Valkey with a geo set per city: GEOADD on every ping and GEOSEARCH for dispatch, a replica for the pricing reads.';
    const got = grade(`${base} A driver's position stays forever; they leave the set only when the app reports them off shift, so a driver is never lost.`);
    expect(got.codes).toContain('deep-dive.live-geo-state.wrong.positions-kept-forever');
    // The engine keeps 50 here (a wrong claim costs a fixed share), above the interviewer's 45: docked, not yet enough.
    expect(got.score).toBeLessThan(grade(base).score);
  });

  it('a position that expires unless a ping refreshes it is right (interviewer: 85)', () => {
    const got = grade('Redis: GEOADD per city on each ping and GEOSEARCH for dispatch; surge multipliers keyed by H3 cell. Each position carries a TTL of 15 s refreshed by every ping, so a silent phone drops out; it is never kept until logout. Replicas, with pricing falling back to the last known multiplier if Redis is down.');
    expect(got.codes.filter((code) => code.includes('positions-kept-forever'))).toEqual([]);
    expect(got.score).toBeGreaterThanOrEqual(70);
  });
});
