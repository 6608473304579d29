import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { designAnswerSchema } from '../../../lib/design/design-answer-schema';
import { scoreDesign } from '../../../lib/design/score-design';
import { DEFERRED_DESIGN_MAX, readDeferredDesign } from '../../../lib/design/uncommitted-design';

// Inputs written for these tests (other cases and wording than the golden round), each with the score an interviewer
// gives it decided before the engine ran.
const grade = (slug: string, fields: Record<string, unknown>) => scoreDesign(designAnswerSchema.parse(fields), loadCase(slug).rubric);
const capOf = (result: ReturnType<typeof grade>) => result.findings.find((finding) => finding.code === 'design.deferred-cap');

const rideParts = {
  inputs: [
    { name: 'driver GPS pings from the app', mode: 'stream', format: 'json', rate: 'depends on how many drivers are out' },
    { name: 'trip records from the trips database', mode: 'batch', format: 'sql', rate: '' },
    { name: 'payment settlement files', mode: 'batch', format: 'csv', rate: 'daily' },
  ],
  useCase: 'Surge pricing per zone and driver earnings for finance.',
  outputs: [
    { consumer: 'pricing service', store: 'surge multipliers in Redis' },
    { consumer: 'finance', store: 'earnings tables in the warehouse' },
  ],
  processingStyle: 'both',
};

describe('design: the SLA and the reason both leave the choice to circumstances', () => {
  it('is capped at DEFERRED_DESIGN_MAX with a finding quoting both (interviewer: about 45)', () => {
    const result = grade('ride-hailing', {
      ...rideParts,
      sla: 'Depends on what the pricing team wants: if surge has to react live then seconds, otherwise every hour is fine; earnings whenever finance needs them.',
      reason: 'Whichever is cheaper to run; if product can accept hourly surge we could do it all in batch, otherwise stream the pings.',
    });
    expect(result.score).toBeLessThanOrEqual(DEFERRED_DESIGN_MAX);
    expect(result.score).toBeGreaterThan(25);
    expect(capOf(result)?.message).toContain('leave the choice to circumstances');
  });

  it('reads a committed SLA with a deferring reason as a design, not capped (interviewer: about 70)', () => {
    const result = grade('ride-hailing', {
      ...rideParts,
      sla: 'surge multipliers at most 30 seconds old; earnings by 06:00 the next day',
      reason: 'It depends on cost in the long run, but surge needs seconds so the pings stream, and settlement files land daily so batch.',
    });
    expect(capOf(result)).toBeUndefined();
    expect(result.score).toBeGreaterThan(DEFERRED_DESIGN_MAX);
  });

  it('reads the two fields on their own: both must defer, and a blank one defers nothing', () => {
    expect(readDeferredDesign({ sla: 'It depends on the stakeholders.', reason: 'Depending on budget, batch or streaming.' })).toBeDefined();
    expect(readDeferredDesign({ sla: 'It depends on the stakeholders.', reason: '' })).toBeUndefined();
    expect(readDeferredDesign({ sla: 'within 2 minutes for the census', reason: 'It depends on budget.' })).toBeUndefined();
  });
});
