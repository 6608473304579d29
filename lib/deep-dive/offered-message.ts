import type { PointResult } from './probe';

const MAX_QUOTE = 140;
const quote = (value: string) => `"${value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}...` : value}"`;

/**
 * The finding text for a key point named only as one possibility in an answer that chooses nothing (`offered`, see
 * lib/text/commitment.ts): "You listed X as an option (cue) but did not choose: you wrote ...". Used by the deep-dive
 * and practice engines; the caller appends the point's own text.
 */
export function offeredMessage(result: Pick<PointResult, 'quote' | 'clause' | 'offered'>): string {
  const cue = result.offered ? ` (${quote(result.offered)})` : '';
  return `You listed ${quote(result.quote ?? result.clause ?? '')} as an option${cue} but did not choose: you wrote ${quote(result.clause ?? result.quote ?? '')}. An interviewer credits what you choose and why, not the candidates you name.`;
}
