import { describe, expect, it } from 'vitest';
import { holdsUnmarkedQuestion } from '../../../lib/text/unmarked-question';

describe('holdsUnmarkedQuestion', () => {
  it.each([
    'if the surge pipeline dies what happens, whats the uptime target',
    'the feed from the gateways, how often does it send',
    'ok so for retention - how long do we keep raw files',
    'when the interface engine is down what happens to the ADT messages',
    'assuming card data is tokenised; who reads the fraud scores',
  ])('hears the question in "%s"', (line) => {
    expect(holdsUnmarkedQuestion(line)).toBe(true);
  });
  it.each([
    'I will use Kafka, which handles the load',
    'We land events in S3, where Athena reads them',
    'How much data per day?',
    'Thanks, that helps',
    'We partition by day and keep 90 days',
  ])('hears no question in "%s"', (line) => {
    expect(holdsUnmarkedQuestion(line)).toBe(false);
  });
  it('never throws', () => {
    for (const value of [undefined, null, 42, '', 'x'.repeat(20_000)]) expect(() => holdsUnmarkedQuestion(value as string)).not.toThrow();
  });
});
