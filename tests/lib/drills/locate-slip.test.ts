import { describe, expect, it } from 'vitest';
import { checkDrill, matchAnswer } from '@/lib/drills/check-drill';
import { locateSlip } from '@/lib/drills/locate-slip';
import type { AnswerKey, Drill } from '@/lib/drills/types';

/*
 * Inputs written for this test, expectations decided before running. A worked answer to a size drill that goes
 * wrong names the step where it slipped and the slip (10x, binary for decimal units, bits for bytes); a bare
 * final figure names the slip and asks for the steps, since where it slipped cannot be seen.
 */
const working = 'Per second the topic takes 2,000 x 1 KB = 2 MB/s. Retention keeps 168 h x 3,600 s = 604,800 s of it: 1.21 TB for one copy. Every partition is stored on 2 brokers, so the cluster holds 2 x 1.21 TB = 2.42 TB.';
const key: AnswerKey = { kind: 'quantity', dimension: 'data_size', value: 2.4192e12, tolerance: 0.03 };
const drill: Drill = { id: 'retention-storage', seed: 1, prompt: '', solution: '2.42 TB', explanation: working, key, mistakes: [] } as unknown as Drill;

describe('where a worked size answer slipped', () => {
  it('a 10x arithmetic slip in the middle step, with the rate right', () => {
    const where = locateSlip('2,000 x 1 KB = 2 MB/s; x 604,800 s = 12.1 TB; x 2 = 24.2 TB', working);
    expect(where).toContain('The slip is at 12.1 TB, where the working has 1.21 TB');
    expect(where).toContain('a factor of 10');
    expect(where).toContain('The steps up to 2 MB/s hold');
  });

  it('a slip in the first step, the rate', () => {
    const where = locateSlip('2,000 x 1 KB = 20 MB/s, times 604,800 s is 12.1 TB, doubled 24.2 TB', working);
    expect(where).toContain('The slip is at 20 MB/s, where the working has 2 MB/s');
  });

  it('binary units labelled decimal in the last step', () => {
    const where = locateSlip('2 MB/s x 604,800 s = 1.21 TB; x 2 = 2.42 TB = 2.2 TB', working);
    expect(where).toContain('The slip is at 2.2 TB');
    expect(where).toMatch(/binary units \(TiB\) mixed with decimal ones \(TB\)/);
  });

  it('bits for bytes in a step', () => {
    const where = locateSlip('2 MB/s = 16 Mb/s; x 604,800 s = 9.68 TB; x 2 = 19.4 TB', working);
    expect(where).toContain('a factor of 8: bits and bytes mixed up');
  });

  it('a bare final figure: the slip is named and the steps are asked for', () => {
    expect(locateSlip('24.2 TB', working)).toMatch(/Only the final figure is given/);
    const match = matchAnswer(key, '24.2 TB');
    expect(match.status === 'mismatch' ? match.detail : '').toMatch(/10 times the expected figure: a decimal place slipped/);
    expect(checkDrill(drill, '24.2 TB').feedback).toMatch(/Only the final figure is given/);
  });

  it('says nothing of a right worked answer, and checks it right', () => {
    expect(locateSlip('2 MB/s x 604,800 s = 1.21 TB, x 2 = 2.42 TB', working)).toBeUndefined();
    expect(checkDrill(drill, '2 MB/s x 604,800 s = 1.21 TB, x 2 = 2.42 TB').correct).toBe(true);
  });
});
