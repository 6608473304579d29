import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { promptInterview } from '../../../lib/deep-dive/follow-ups';
import { gradePromptRequest } from '../../../lib/review/prompt-grade-request';
import type { GradingCase } from '../../../lib/review/prompt-grade-request';

// Kind: a review card graded a deep dive without the case's rubric, so an answer written for another business
// passed there while the report capped it. The request names the case; the server grades with its rubric.
const findCase = (slug: string): GradingCase | undefined => {
  try {
    const { rubric } = loadCase(slug);
    return { prompts: rubric.steps['deep-dive'].prompts, rubric };
  } catch {
    return undefined;
  }
};

// A ride-hailing trips model, pasted into the shop's sales model question.
const ridesModel =
  'Fact table fact_trip at one row per completed trip, with fare, distance and surge multiplier as measures. Dimensions: dim_driver ' +
  '(SCD type 2 for vehicle changes), dim_rider, dim_pickup_zone, dim_date. Partition the fact by pickup date so the nightly load touches one day.';

describe('a review card is graded with its case rubric', () => {
  const prompts = findCase('ecommerce-data-platform')?.prompts ?? [];
  const modelling = prompts.find((prompt) => prompt.topic === 'modelling');

  it('an answer written for another business is capped, as the report caps it', () => {
    if (!modelling) throw new Error('the shop case has no modelling prompt');
    const outcome = gradePromptRequest({ caseSlug: 'ecommerce-data-platform', promptId: modelling.id, answer: ridesModel, followUp: { probes: {}, submittedAt: '2026-01-05T10:00:00Z' } }, findCase);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.state.scored.findings.some((finding) => finding.code.endsWith('.off-case'))).toBe(true);
    expect(outcome.state.scored.earned).toBeLessThanOrEqual(outcome.state.scored.available * 0.1);
    // Without the rubric (what the review page did) the same answer was not caught.
    const blind = promptInterview(modelling, ridesModel, { probes: {}, submittedAt: '2026-01-05T10:00:00Z' });
    expect(blind.scored.findings.some((finding) => finding.code.endsWith('.off-case'))).toBe(false);
  });

  it('a request that is not one is a 400 naming the field; an unknown case or question a 404', () => {
    const tooLong = gradePromptRequest({ caseSlug: 'ride-hailing', promptId: 'location-topic-partitioning', answer: 'z'.repeat(10_001), followUp: { probes: {} } }, findCase);
    expect(tooLong).toEqual({ ok: false, status: 400, error: 'answer: The answer is 10,001 characters, 1 over the 10,000 limit: shorten it to have it graded.' });
    expect(gradePromptRequest({ caseSlug: 'ride-hailing', promptId: 'location-topic-partitioning' }, findCase)).toMatchObject({ ok: false, status: 400 });
    expect(gradePromptRequest('Key by driver_id', findCase)).toMatchObject({ ok: false, status: 400 });
    expect(gradePromptRequest({ caseSlug: 'no-such-case', promptId: 'x', answer: 'a', followUp: { probes: {} } }, findCase)).toEqual({ ok: false, status: 404, error: 'There is no case "no-such-case".' });
    expect(gradePromptRequest({ caseSlug: 'ride-hailing', promptId: 'no-such-question', answer: 'a', followUp: { probes: {} } }, findCase)).toMatchObject({ ok: false, status: 404 });
  });

  it('a right answer for the case is graded as the step grades it', () => {
    const rubric = loadCase('ride-hailing').rubric;
    const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === 'location-topic-partitioning');
    if (!prompt) throw new Error('no location-topic-partitioning prompt');
    const answer = 'Pings are keyed by driver_id so one driver stays in one partition, in order; 96 partitions leave headroom over the peak.';
    const outcome = gradePromptRequest({ caseSlug: 'ride-hailing', promptId: prompt.id, answer, followUp: { probes: {} } }, findCase);
    expect(outcome).toEqual({ ok: true, state: promptInterview(prompt, answer, { probes: {} }, rubric) });
  });
});
