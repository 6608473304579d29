import { assertNever } from '../util/assert-never';
import type { PointResult } from './probe';

/**
 * A key point's finding with the answer left out (Finding.neutral): it quotes the learner and says
 * what is missing or off, using the point's `gap` (what the point is about, never its content)
 * when the content gives one. Undefined for a stated point: its message only repeats what the
 * learner already said.
 */

const MAX_QUOTE = 140;
const said = (value: string) => `"${value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}...` : value}"`;

/** Where the point sits among its question's points, for a neutral message when no gap is written. */
export type PointPosition = { index: number; count: number };

function missingText(gap: string | undefined, position: PointPosition): string {
  if (gap) return `Your answer does not say ${gap}.`;
  return `Your answer leaves out one of the points an interviewer expects here (${position.index + 1} of ${position.count}).`;
}

export function neutralPointMessage(result: Pick<PointResult, 'status' | 'quote' | 'clause' | 'reversed' | 'echoed' | 'offered'>, gap: string | undefined, position: PointPosition): string | undefined {
  const quote = said(result.quote ?? result.clause ?? '');
  const clause = said(result.clause ?? result.quote ?? '');
  const about = gap ? ` Think about ${gap}.` : '';
  // Named only as one possibility in an answer that chooses nothing (lib/text/commitment.ts).
  if (result.offered !== undefined && (result.status === 'hedged' || result.status === 'named')) return `You listed ${quote} as an option but did not choose: say which you would use and why.${about}`;
  switch (result.status) {
    case 'stated':
      return undefined;
    case 'hedged':
      return `Hedged: you wrote ${clause}. Say it plainly and why it holds.`;
    case 'named':
      return `Named, not explained: you wrote ${quote} but not what it does or why it matters here.${about}`;
    case 'listed':
      return `Listed without explanation: ${quote} appears only in a list of terms. Explain what it does and why.${about}`;
    case 'negated':
      return `You wrote ${clause}, but the design needs what you ruled out.${about}`;
    case 'contradicted':
      if (result.reversed) return `Wrong order: you wrote ${clause}, which does these steps the other way round.${about}`;
      return `Contradicted: you wrote ${clause}, which goes against what this design needs.${about}`;
    case 'missing':
      if (result.echoed !== undefined) return `You repeated the question's words ${said(result.echoed)} without saying how or why. ${missingText(gap, position)}`;
      return missingText(gap, position);
    default:
      return assertNever(result.status, 'point status');
  }
}
