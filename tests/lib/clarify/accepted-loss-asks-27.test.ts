import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

// A loss of data put up as fine ("losing a few readings is fine, isn't it?") asks how much loss the business
// tolerates: availability, as a leading question (round 27). The data named is what is lost, not a volume asked.
describe('a loss of data called fine asks the tolerated loss', () => {
  it.each([
    ['ecommerce-data-platform', "Missing a handful of click events is okay, isn't it?"],
    ['card-payments', "Losing the odd authorisation event is fine, isn't it?"],
    ['healthcare-records', 'Losing a few lab messages is no big deal, is it?'],
    ['ride-hailing', 'Losing a few GPS pings is acceptable, right?'],
  ])('%s: %s', (slug, question) => {
    const match = matchQuestion(question, loadCase(slug).rubric);
    expect(match.topic).toBe('availability');
    expect(match.form).toBe('leading');
  });

  it('a volume asked with no loss in it stays a volume', () => {
    expect(matchQuestion('How many lab messages arrive a day?', loadCase('healthcare-records').rubric).topic).toBe('scale_now');
  });
});
