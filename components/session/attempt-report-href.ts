/** The query parameter of a case's report that names an earlier attempt to look at (`?attempt=<session id>`). */
export const ATTEMPT_PARAM = 'attempt';

/**
 * The report address of one attempt: the plain report for the case's current attempt, `?attempt=<id>`
 * for any other (the report then opens that attempt read-only, without making it current).
 */
export function attemptReportHref(caseSlug: string, attemptId: string, current: boolean): string {
  const base = `/cases/${encodeURIComponent(caseSlug)}/report`;
  return current ? base : `${base}?${ATTEMPT_PARAM}=${encodeURIComponent(attemptId)}`;
}
