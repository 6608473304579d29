import { describe, expect, it } from 'vitest';
import { findHedge } from '@/lib/text/hedges';

describe('findHedge', () => {
  it('finds "I don\'t know" and its kin, quoting the learner\'s words', () => {
    expect(findHedge("I don't know")?.phrase).toBe("I don't know");
    expect(findHedge('I DO NOT KNOW, sorry')?.phrase).toBe('I DO NOT KNOW');
    expect(findHedge('dont know')?.phrase).toBe('dont know');
    expect(findHedge('idk')?.phrase).toBe('idk');
    expect(findHedge('Dunno.')?.phrase).toBe('Dunno');
    expect(findHedge('No idea, 424242')?.phrase).toBe('No idea');
    expect(findHedge('no clue')?.phrase).toBe('no clue');
    expect(findHedge('not a clue')?.phrase).toBe('not a clue');
  });

  it('finds uncertainty and guesses wrapped around a real answer', () => {
    for (const text of ['not sure, 3', "I'm not really sure: 12:05", 'unsure', 'Maybe 3NF', 'perhaps yes', 'possibly dropped', 'probably 1.2 TB', 'I guess 4', 'either 2 or 3', 'hard to say', "can't tell, 5?", '3?', 'pass']) {
      expect(findHedge(text), text).toBeDefined();
    }
    expect(findHedge('either 2 or 3')?.phrase).toBe('either 2 or 3');
    expect(findHedge('Not sure — 12:05')?.phrase).toBe('Not sure');
  });

  it('leaves committed answers alone, including ones that say no or not', () => {
    for (const text of ['3', 'no', 'No, watermark 12:05', 'not dropped', 'It is in 2NF but not in 3NF', "I'm sure: 3", 'none idle', 'p0: 1200, p1: 980', 'York, 2023-05-01, null, true', 'no consumers are idle', 'I think 3', '']) {
      expect(findHedge(text), text).toBeUndefined();
    }
  });

  it('is safe on odd input', () => {
    expect(findHedge(undefined as unknown as string)).toBeUndefined();
    expect(findHedge('x'.repeat(100_000))).toBeUndefined();
    expect(findHedge(`${'a '.repeat(5000)}maybe`)).toBeUndefined();
  });
});
