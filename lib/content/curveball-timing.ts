/**
 * Minutes a candidate needs after the curveball to take it in and change the design: about the
 * deep-dive share of the interview's pacing (12 of 45 minutes, lib/interview/budgets.ts), rounded
 * down, so the announcement never lands in the closing minutes.
 */
export const CURVEBALL_RESPONSE_MINUTES = 10;

/**
 * Why a curveball at `afterMinutes` leaves too little time in an interview of `durationMinutes`, or
 * undefined when it leaves enough (announced at least CURVEBALL_RESPONSE_MINUTES before the end).
 */
export function curveballTimingError(afterMinutes: number, durationMinutes: number): string | undefined {
  const latest = durationMinutes - CURVEBALL_RESPONSE_MINUTES;
  if (afterMinutes <= latest) return undefined;
  return `${afterMinutes} leaves the candidate ${Math.max(0, durationMinutes - afterMinutes)} minute${durationMinutes - afterMinutes === 1 ? '' : 's'} of the ${durationMinutes}-minute interview (durationMinutes in case.mdx) to respond; announce it at least ${CURVEBALL_RESPONSE_MINUTES} minutes before the end, at minute ${latest} or earlier`;
}
