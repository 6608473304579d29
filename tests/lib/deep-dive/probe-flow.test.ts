import { describe, expect, it } from 'vitest';
import type { Probe } from '../../../lib/content/claim-schema';
import type { PointResult } from '../../../lib/deep-dive/probe';
import { describeProbeAnswer, interviewerLead, nextProbe, openProbes, parseProbeNumber, settledProbes } from '../../../lib/deep-dive/probe-flow';

const choice: Probe = { question: 'What happens?', choices: [{ id: 'a', text: 'Alpha', correct: true }, { id: 'b', text: 'Beta', correct: false }], explanation: 'Because.' };
const number: Probe = { question: 'How many?', answer: 2, tolerance: 0, unit: 'brokers', explanation: 'Two.' };
const point = (id: string, status: PointResult['status'], extra: Partial<PointResult> = {}): PointResult => ({ id, status, value: 5, earned: 0, ...extra });

describe('the interviewer follow-up flow', () => {
  const points = [
    { id: 'stated', probe: choice },
    { id: 'no-probe' },
    { id: 'listed', probe: number },
    { id: 'hedged', probe: choice },
  ];
  it('asks in order about points that need a probe and have one', () => {
    const results = [point('stated', 'stated'), point('no-probe', 'named', { quote: 'x' }), point('listed', 'listed', { quote: 'ISR' }), point('hedged', 'hedged', { clause: 'maybe Y' })];
    expect(openProbes(points, results)).toEqual(['listed', 'hedged']);
    expect(nextProbe(points, results)).toEqual({ pointId: 'listed', probe: number, lead: 'You listed "ISR".', question: 'How many?' });
    const answered = [results[0], results[1], { ...point('listed', 'listed'), probe: { correct: true } }, results[3]] as PointResult[];
    expect(nextProbe(points, answered)?.pointId).toBe('hedged');
    expect(nextProbe(points, [point('stated', 'stated'), point('no-probe', 'missing'), point('listed', 'missing'), point('hedged', 'stated')])).toBeUndefined();
  });

  it('opens each kind of follow-up with the learner words only', () => {
    expect(interviewerLead(point('a', 'named', { quote: 'checkpointing', clause: 'We use checkpointing.' }))).toBe('You mentioned "checkpointing".');
    expect(interviewerLead(point('a', 'hedged', { quote: 'replicas', clause: 'Maybe replicas?' }))).toBe('You said "Maybe replicas?", but did not sound sure.');
    expect(interviewerLead(point('a', 'negated', { clause: 'We will not use a checkpoint' }))).toBe('You wrote "We will not use a checkpoint".');
    expect(interviewerLead(point('a', 'contradicted', { clause: 'it reads from the latest offsets' }))).toBe('You wrote "it reads from the latest offsets".');
    expect(interviewerLead(point('a', 'listed', { quote: 'x'.repeat(200) }))).toMatch(/^You listed "x{140}\.\.\."\.$/);
  });

  it('describes answers in words and lists what each settled', () => {
    expect(describeProbeAnswer(choice, { selected: ['b', 'zz'] })).toBe('Beta');
    expect(describeProbeAnswer(choice, { selected: [] })).toBe('(no choice picked)');
    expect(describeProbeAnswer(choice, { number: 2 })).toBe('(no choice picked)');
    expect(describeProbeAnswer(number, { number: 2 })).toBe('2 brokers');
    expect(describeProbeAnswer(number, { selected: ['a'] })).toBe('(no number given)');
    const results = [point('stated', 'stated'), point('no-probe', 'named'), { ...point('listed', 'listed', { earned: 10 / 3 }), probe: { correct: true } }, point('hedged', 'hedged')];
    expect(settledProbes(points, results, { listed: { number: 2 }, hedged: { selected: ['a'] } })).toEqual([{ pointId: 'listed', question: 'How many?', answer: '2 brokers', correct: true, statusBefore: 'listed', earned: 10 / 3, value: 5 }]);
  });

  it('reads typed numbers with units, decimal commas and thousands separators', () => {
    expect(parseProbeNumber('3')).toBe(3);
    expect(parseProbeNumber(' 3 replicas')).toBe(3);
    expect(parseProbeNumber('1.5')).toBe(1.5);
    expect(parseProbeNumber('1,5')).toBe(1.5);
    expect(parseProbeNumber('17,280')).toBe(17280);
    expect(parseProbeNumber('1,000.5')).toBe(1000.5);
    expect(parseProbeNumber('-2')).toBe(-2);
    expect(parseProbeNumber('three')).toBeUndefined();
    expect(parseProbeNumber('')).toBeUndefined();
    expect(parseProbeNumber('1,2,3')).toBeUndefined();
  });
});
