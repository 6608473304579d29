import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own wordings for the round-21 kind "the prompt's parts as headings, each with an assertion that only says the name
// again" ("Event time: we use event time", "Late data: handled"); the interviewer's score for each was written before
// running the engine.
const grade = (slug: string, promptId: string, answer: string) => {
  const prompt = loadCase(slug).rubric.steps['deep-dive'].prompts.find((item) => item.id === promptId);
  if (!prompt) throw new Error(`no ${promptId} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), status: (id: string) => result.points.find((point) => point.id === id)?.status };
};

describe('headings with an assertion that only restates the point', () => {
  it('census by headings: "Event time: we use event time", "Watermark: configured" (interviewer: 8)', () => {
    const result = grade('healthcare-records', 'late-adt-census', 'Event time: we use event time.\nOut of order: handled properly.\nBurst: taken care of.\nWatermark: configured correctly.\nHourly occupancy: computed correctly.');
    expect(result.status('event-time')).toBe('named');
    expect(result.score).toBeLessThanOrEqual(25);
  });

  it('seven-year records by headings: "Unaltered: object lock is used", "Security: encryption is done" (interviewer: 10)', () => {
    const result = grade('card-payments', 'seven-year-records', 'Unaltered: object lock is used.\nCheap: lifecycle is applied as needed.\nSecurity: encryption is done properly.\nFormat: we use Parquet.');
    // Named, not contradicted: "object lock is used" puts the lock on no subject called "used".
    expect(result.status('object-lock')).toBe('named');
    expect(result.status('encryption')).toBe('named');
    expect(result.status('layout')).toBe('named');
    expect(result.score).toBeLessThanOrEqual(35);
  });

  it('the same headings with what each one does keep their points (interviewer: 70)', () => {
    const result = grade(
      'healthcare-records',
      'late-adt-census',
      'Event time: the census is updated on EVN-2, when the patient moved, not when the message reached us. State: per bed we keep the latest event and ignore an older one that arrives after it.',
    );
    expect(result.status('event-time')).toBe('stated');
    expect(result.status('latest-wins-state')).toBe('stated');
  });

  it('a terse heading with a value of the learner\'s own still says how (interviewer: 70)', () => {
    const result = grade('card-payments', 'seven-year-records', 'Unaltered: S3 Object Lock in compliance mode with a 7-year retention. Format: Parquet partitioned by date, so an auditor reads one day. Cheap: a lifecycle rule moves objects to Glacier after 90 days.');
    expect(result.status('object-lock')).toBe('stated');
    expect(result.status('layout')).toBe('stated');
  });
});
