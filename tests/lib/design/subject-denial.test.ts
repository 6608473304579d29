import { describe, expect, it } from 'vitest';
import { readSlaByUseCase } from '@/lib/design/sla-by-use-case';
import { getDesignIndex, mentions } from '@/lib/design/design-index';
import { scoreDesign } from '@/lib/design/score-design';
import { answer, fixtureRubric } from './fixture-rubric';

const rubric = fixtureRubric();
const index = getDesignIndex(rubric);

describe('a subject denied by the predicate after it', () => {
  it.each([
    ['real-time is out of scope, daily is fine', 86_400],
    ['sub-second is not a requirement; hourly', 3_600],
    ['Real-time is not in scope: weekly is enough', 604_800],
    ['sub-minute freshness is a non-goal, hourly is fine', 3_600],
  ])('reads %s as asserting only the looser freshness', (sla, seconds) => {
    const reading = readSlaByUseCase(sla, index.useCases);
    expect(reading.asserted.map((stated) => stated.seconds)).toEqual([seconds]);
    expect(reading.negated.length).toBeGreaterThan(0);
  });

  it.each(['CDC is out of scope', 'CDC is not a requirement', 'Postgres CDC is a non-goal'])('does not credit a name in %s', (text) => {
    expect(mentions(index.inputs, text).every((found) => found.negated)).toBe(true);
  });

  it.each(['CDC from Postgres is in scope', 'CDC is a requirement', 'we read the database with CDC'])('still credits a name in %s', (text) => {
    expect(mentions(index.inputs, text).some((found) => !found.negated)).toBe(true);
  });

  it('does not praise an SLA whose strict part is out of scope', () => {
    const result = scoreDesign(answer({ sla: 'Real-time is out of scope; weekly is fine' }), rubric);
    expect(result.findings.some((item) => item.code === 'design.sla-met')).toBe(false);
    expect(result.findings.find((item) => item.code === 'design.sla-too-loose')?.message).toContain('weekly is fine');
  });
});
