import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';
import { neededByCue } from '../../../lib/text/visibility-deadline';

// A deadline set by who needs the output ("by when does finance need it?") asks freshness (round 27).
describe('a deadline asked by who needs the output', () => {
  it.each([
    'By what time does the ward manager want the bed census?',
    'How soon do the plant managers need yesterday\'s OEE?',
    'By when do the fraud analysts expect an alert?',
    'At what time must the city teams have the trip report?',
  ])('is a visibility deadline: %s', (line) => {
    expect(neededByCue(line)).not.toBeNull();
  });

  it.each([
    'Who needs the revenue numbers?',
    'When do we need to delete old traces?',
    'What do the analysts need from the trip data?',
  ])('is not one: %s', (line) => {
    expect(neededByCue(line)).toBeNull();
  });

  it.each([
    ['iot-telemetry', 'By what time do the plant managers want the daily OEE figures?'],
    ['healthcare-records', 'How soon do the bed managers need the census numbers?'],
    ['ride-hailing', 'By when does finance need the driver earnings numbers?'],
  ])('is answered as latency and SLA (%s): %s', (slug, question) => {
    const match = matchQuestion(question, loadCase(slug).rubric);
    expect(match.topic).toBe('latency_sla');
  });
});
