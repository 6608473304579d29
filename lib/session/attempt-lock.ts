import { practiceInterview } from '../interview/interview-bounds';
import type { SessionScore } from './score-session';
import type { Session } from './session-schema';
import type { StoredScores } from './stored-scores-schema';

/**
 * A finished mock is locked: its work is read-only and its scores are kept as they were at the end,
 * as an interviewer's notes are. Practice attempts and running mocks are never locked.
 */
export function isAttemptLocked(session: Pick<Session, 'interview'>): boolean {
  return session.interview.mode === 'mock' && session.interview.finishedAt !== undefined;
}

/** The part of a session score worth keeping: the total and each step's score (0-100). */
export function toStoredScores(scored: SessionScore, rubricHash: string, now: Date): StoredScores {
  const steps: StoredScores['steps'] = {};
  for (const step of scored.steps) steps[step.step] = step.score;
  return { rubricHash, scoredAt: now.toISOString(), total: scored.total, steps, ...(scored.curveball ? { curveball: scored.curveball.score } : {}) };
}

/**
 * Records a locked attempt's scores the first time they are computed (at finish). Unchanged when the
 * attempt is not locked (live scores are not frozen) or already holds scores (a later rubric must not
 * overwrite them; see regradeSession).
 */
export function storeFinishedScores(session: Session, scored: SessionScore, rubricHash: string, now: Date): Session {
  if (!isAttemptLocked(session) || session.storedScores) return session;
  return { ...session, storedScores: toStoredScores(scored, rubricHash, now) };
}

/** The learner asked to re-grade against the current rubric: the stored scores are replaced. */
export function regradeSession(session: Session, scored: SessionScore, rubricHash: string, now: Date): Session {
  if (!session.storedScores) return session;
  return { ...session, storedScores: toStoredScores(scored, rubricHash, now) };
}

export type StoredScoreStatus =
  /** No stored scores: the attempt is scored live against the current rubric. */
  | { kind: 'live' }
  /** Stored scores computed against the rubric the case has now. */
  | { kind: 'current'; scores: StoredScores }
  /** Stored scores computed against an earlier rubric: the case has changed since; a re-grade is offered. */
  | { kind: 'changed'; scores: StoredScores };

/** Whether a session's stored scores still match the case's rubric (by content hash). */
export function storedScoreStatus(session: Session, currentRubricHash: string): StoredScoreStatus {
  const scores = session.storedScores;
  if (!scores) return { kind: 'live' };
  return scores.rubricHash === currentRubricHash ? { kind: 'current', scores } : { kind: 'changed', scores };
}

/**
 * "Keep practising": a new practice attempt holding a copy of the locked attempt's work (notes and
 * answers), with its own id, clock and no stored scores. The locked attempt is left as it was.
 */
export function keepPractising(session: Session, newId: string, now: Date): Session {
  const at = now.toISOString();
  return {
    id: newId,
    caseSlug: session.caseSlug,
    createdAt: at,
    updatedAt: at,
    currentStep: session.currentStep,
    steps: structuredClone(session.steps),
    answers: structuredClone(session.answers),
    interview: practiceInterview(session.interview.durationMinutes),
    stepTimes: {},
  };
}

/**
 * The scores to show: the stored total and step scores when the attempt has them (the findings stay
 * those of the live grade, which is what a re-grade would store), the live ones otherwise.
 */
export function withStoredScores(scored: SessionScore, stored: StoredScores | undefined): SessionScore {
  if (!stored) return scored;
  const steps = scored.steps.map((step) => ({ ...step, score: stored.steps[step.step] ?? step.score }));
  const curveball = scored.curveball && stored.curveball !== undefined ? { ...scored.curveball, score: stored.curveball } : scored.curveball;
  return { total: stored.total, steps, ...(curveball ? { curveball } : {}) };
}
