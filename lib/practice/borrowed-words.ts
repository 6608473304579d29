import type { ClaimReading } from '../text/claims';

/** Where a wrong idea or a dated form was read: the learner's words for it and their clause, verbatim. */
export type ReadSpan = { quote: string; clause: string };

/**
 * Whether a key point was read only from words that belong to another reading of the same clause: "idempotence" inside
 * "enable.idempotence" (the producer setting a wrong idea names), "backfill" inside "airflow backfill my_dag" (a
 * dated command). Those words were already judged as that other thing, so they cannot also state the point.
 * Compares verbatim words case-insensitively, within the same clause (one clause reading holding the other). Pure.
 */
export function borrowedFrom<T extends ReadSpan>(reading: Pick<ClaimReading, 'quote' | 'clause'>, spans: readonly T[]): T | undefined {
  const words = reading.quote?.trim().toLowerCase();
  if (!words || reading.clause === undefined) return undefined;
  const clause = reading.clause;
  const sameClause = (other: string) => other.includes(clause) || clause.includes(other);
  return spans.find((span) => sameClause(span.clause) && span.quote.toLowerCase().includes(words));
}
