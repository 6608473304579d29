/**
 * A deep-dive prompt counts as recalled when every key point is covered: the report lists a prompt
 * as missed for any key point left out, so review asks for the same before letting it go.
 */
export function promptRecalled(scored: { earned: number; available: number }): boolean {
  return scored.available > 0 && scored.earned >= scored.available;
}
