import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

const status = (result: ReturnType<typeof scoreQuestion>, id: string) => result.points?.find((point) => point.id === id)?.status;

// Scores are an interviewer's, written before the engine ran: dimensions named as a list after "dimensions like" or
// "dimensions including" are the dimensions point, plainly or hedged as the learner said them.
describe('dimensions listed after "like" or "including"', () => {
  const star = questionOf('design-star');

  it('"dimensions including product, customer, calendar date and channel" states the point (interviewer: 80)', () => {
    const result = scoreQuestion(star, { text: 'One row per order line in fact_sales. Dimensions including product, customer, calendar date and channel, joined by surrogate keys. Measures are quantity, net amount and discount.' });
    expect(status(result, 'dimensions')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('"probably dimensions like date and product" is hedged, not missing (interviewer: 45)', () => {
    const result = scoreQuestion(star, { text: 'Grain is one row per order line. There would probably be dimensions like date and product, maybe customer. Measures: quantity and amount.' });
    expect(status(result, 'dimensions')).not.toBe('missing');
  });
});
