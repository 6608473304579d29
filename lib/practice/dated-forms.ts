import { readClaim } from '../text/claims';
import type { ReadText } from '../text/read-text';
import type { KeyPoint } from './question-schema';

/**
 * Share of a key point earned by a dated form of it (Airflow 1's `airflow backfill <dag>` for a backfill): the idea is
 * right and an interviewer credits it, but the command would fail on a current install, so a quarter is held back.
 */
export const DATED_SHARE = 0.75;

/** A dated form the learner affirmed: its words and clause (verbatim) and the note naming the current form. */
export type DatedHit = { quote: string; clause: string; note: string };

/**
 * The first dated form of a key point (`point.dated`, in order) that the answer affirms in a clause, read like a claim
 * (negated or rejected forms do not count: "not the old airflow backfill"), unless a current form that shares its words
is named in the same clause ("airflow backfill create" is Airflow 3, not Airflow 1's "airflow backfill"). Undefined when none is. Pure.
 */
export function readDatedForm(read: ReadText, point: Pick<KeyPoint, 'dated'>): DatedHit | undefined {
  for (const form of point.dated ?? []) {
    const reading = readClaim(read, { keywords: form.keywords, assert: form.assert, values: [], scope: 'clause' });
    if (reading.status !== 'stated' && reading.status !== 'hedged') continue;
    const current = form.unless.length > 0 ? readClaim(read, { keywords: form.unless, values: [], scope: 'clause' }) : undefined;
    if (current && current.status !== 'missing' && current.clause === reading.clause) continue;
    return { quote: reading.quote ?? '', clause: reading.clause ?? reading.quote ?? '', note: form.note };
  }
  return undefined;
}
