import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

// A compound question is answered half by half, in the order the learner asked (topics written before running).
describe('both halves of a compound question are answered in the order asked', () => {
  it.each([
    ['ecommerce-data-platform', 'How much data per day and how long do we keep it?', 'scale_now', 'retention'],
    ['ecommerce-data-platform', 'How long do we keep the data, and how much of it arrives per day?', 'retention', 'scale_now'],
    ['ride-hailing', 'How many trips a day do we see, and how fresh must the surge numbers be?', 'scale_now', 'latency_sla'],
    ['ride-hailing', 'How fresh must the surge numbers be, and how many trips a day do we see?', 'latency_sla', 'scale_now'],
  ])('%s: "%s" -> %s then %s', (slug, question, first, then) => {
    const match = matchQuestion(question, loadCase(slug).rubric);
    expect(match.topic).toBe(first);
    expect(match.second?.topic).toBe(then);
  });
});
