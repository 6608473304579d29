import { loadCase } from '../../../lib/content/load-cases';
import { createMockSession, createSession } from '../../../lib/session/create-session';
import { addStepTime } from '../../../lib/session/interview-actions';
import { askQuestion, setDeepDiveAnswer, setWorksheetRows } from '../../../lib/session/session-actions';
import type { Session } from '../../../lib/session/session-schema';

export const SLUG = 'ecommerce-data-platform';
export const T0 = new Date('2026-03-01T10:00:00.000Z');
export const { rubric, frontmatter } = loadCase(SLUG);

export function at(minutes: number): Date {
  return new Date(T0.getTime() + minutes * 60_000);
}

/** A little work in three steps, with time on two of them: clarify over its 5-minute budget, estimate under. */
export function workedSession(base: Session = createSession(SLUG, `${SLUG}-report`, T0)): Session {
  let session = askQuestion(base, 'How much data do we ingest daily?', T0);
  session = setWorksheetRows(session, [{ id: 'r1', name: 'storage_per_year', expr: 'daily_ingest * 365 day' }], T0);
  session = setDeepDiveAnswer(session, 'kafka-durability', 'Replication factor 3 and acks=all.', T0);
  session = addStepTime(session, 'clarify', 7.5 * 60_000);
  return addStepTime(session, 'estimate', 3 * 60_000);
}

export function workedMockSession(): Session {
  return workedSession(createMockSession(SLUG, `${SLUG}-mock`, T0, 45));
}
