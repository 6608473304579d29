import { describe, expect, it } from 'vitest';
import { briefEchoClauses, onlyRestatesBrief, restatesBrief } from '../../../lib/text/brief-echo';

const brief = [
  'The payment provider sends one settlement file a day with every payout to drivers.',
  'Riders complain that prices jump around and drivers leave busy areas too early.',
  'Hospitals send admission and discharge messages through an interface engine all day.',
];

describe('restatesBrief', () => {
  it('reads a reordered, lightly paraphrased sentence of the brief as the brief', () => {
    expect(restatesBrief('a settlement file with every driver payout, sent once a day by the payment provider', brief)).toBe(true);
    expect(restatesBrief('drivers leave busy areas early and riders complain the prices jump', brief)).toBe(true);
  });
  it('does not read a name in the brief\'s nouns as an echo', () => {
    expect(restatesBrief('Settlement file from the payment provider', brief)).toBe(false);
    expect(restatesBrief('ADT messages from the interface engine, streamed', brief)).toBe(false);
  });
  it('is false without a brief', () => {
    expect(restatesBrief('drivers leave busy areas early and riders complain the prices jump', [])).toBe(false);
  });
});

describe('briefEchoClauses and onlyRestatesBrief', () => {
  it('finds the copied clause and tells a copied field from one with the learner\'s own reasoning', () => {
    const copied = 'Hospitals send admission and discharge messages through an interface engine all day; we want it.';
    expect(briefEchoClauses(copied, brief)).toHaveLength(1);
    expect(onlyRestatesBrief(copied, brief)).toBe(true);
    expect(onlyRestatesBrief('Census needs minutes so ADT is streamed; quality measures rebuild nightly to absorb corrections.', brief)).toBe(false);
  });
});
