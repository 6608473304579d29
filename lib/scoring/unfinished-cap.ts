import type { UnfinishedEnding } from '../text/unfinished-ending';
import type { Finding } from './finding';

/**
 * The most (per cent of the points available) an answer scores when it stops mid-clause ("... and late events are",
 * "and then I'd"; lib/text/unfinished-ending.ts): the learner ran out before finishing, and an interviewer grades what
 * is on the page as half an answer and prompts for the rest (golden set round 24: a streaming watermark answer and a star
 * schema that trail off, hand 45 each, whose earlier lines alone read as 67-88). The top of the mediocre band, so a
 * visibly unfinished answer is never graded as complete.
 */
export const UNFINISHED_MAX_SCORE = 60;

/**
 * Caps `earned` (same units as `available`) at UNFINISHED_MAX_SCORE per cent when the answer ends unfinished. Output:
 * the points kept and, when the cap withheld any, a finding (code `<code>`, severity missing) quoting the cut line. Pure.
 */
export function capUnfinished(ending: UnfinishedEnding | undefined, earned: number, available: number, code: string, refs: readonly string[]): { earned: number; finding?: Finding } {
  if (!ending) return { earned };
  const cap = (available * UNFINISHED_MAX_SCORE) / 100;
  if (earned <= cap) return { earned };
  const shown = ending.line.length > 100 ? `...${ending.line.slice(-100)}` : ending.line;
  return {
    earned: cap,
    finding: {
      code,
      severity: 'missing',
      points: earned - cap,
      message: `Your answer stops mid-sentence ("${shown}"): what it was going to say is not there, so it scores at most ${UNFINISHED_MAX_SCORE} out of 100. Finish the thought, and say the rest of the answer.`,
      neutral: `Your answer stops mid-sentence, so it scores at most ${UNFINISHED_MAX_SCORE} out of 100. Finish the thought.`,
      refs: [...refs],
    },
  };
}
