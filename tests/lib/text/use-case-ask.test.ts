import { describe, expect, it } from 'vitest';
import { outputUseCaseCue } from '../../../lib/text/use-case-ask';

describe('outputUseCaseCue', () => {
  it.each([
    'What should the OEE dashboard show per shift?',
    'Which KPIs does leadership want first?',
    'What do the marketing analysts want - funnels?',
    'Should engineers be able to drill down to one spindle?',
  ])('reads "%s" as asking what an output shows', (line) => {
    expect(outputUseCaseCue(line)).not.toBeNull();
  });
  it.each(['Who reads the dashboards?', 'How many orders a day?', 'What do we keep, and for how long?'])('leaves "%s" alone', (line) => {
    expect(outputUseCaseCue(line)).toBeNull();
  });
});
