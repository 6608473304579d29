import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { rubricHash } from '../../../lib/content/rubric-hash';
import { isAttemptLocked, keepPractising, regradeSession, storedScoreStatus, storeFinishedScores, withStoredScores } from '../../../lib/session/attempt-lock';
import { createMockSession, createSession } from '../../../lib/session/create-session';
import { addStepTime, announceCurveball, finishInterview } from '../../../lib/session/interview-actions';
import { migrateSession } from '../../../lib/session/migrate-session';
import { scoreSession } from '../../../lib/session/score-session';
import { askQuestion, setDeepDiveAnswer, setDesignAnswer, setDiagramScene, setEntities, setStepNotes, setWorksheetRows, visitStep } from '../../../lib/session/session-actions';
import { SESSION_VERSION, sessionSchema } from '../../../lib/session/session-schema';
import type { Session } from '../../../lib/session/session-schema';
import { emptySceneSnapshot } from '../../../lib/canvas/scene-snapshot';

const slug = 'ecommerce-data-platform';
const rubric = loadCase(slug).rubric;
const hash = rubricHash(rubric);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, 0) + minute * 60_000);

function finishedMock(): Session {
  let session = createMockSession(slug, 'mock-1', at(0), 45);
  session = askQuestion(session, 'How many orders per day at peak?', at(1));
  session = setStepNotes(session, 'design', 'Kafka into a lakehouse, dbt marts.', at(2));
  session = setDeepDiveAnswer(session, 'any', 'idempotent writes keyed by order id', at(3));
  return finishInterview(session, at(30));
}

describe('attempt lock', () => {
  it('locks a finished mock only', () => {
    expect(isAttemptLocked(createSession(slug, 'p', at(0)))).toBe(false);
    expect(isAttemptLocked(createMockSession(slug, 'm', at(0), 45))).toBe(false);
    expect(isAttemptLocked(finishedMock())).toBe(true);
  });

  it('refuses every change to the work of a locked attempt', () => {
    const locked = finishedMock();
    const edits: ((session: Session) => Session)[] = [
      (s) => setStepNotes(s, 'clarify', 'more notes', at(40)),
      (s) => visitStep(s, 'deep-dive', at(40)),
      (s) => askQuestion(s, 'What is the retention?', at(40)),
      (s) => setEntities(s, 'order, customer', at(40)),
      (s) => setWorksheetRows(s, [{ id: 'r1', name: 'orders', expr: '1' }], at(40)),
      (s) => setDesignAnswer(s, { ...s.answers.design }, at(40)),
      (s) => setDiagramScene(s, emptySceneSnapshot(), at(40)),
      (s) => setDeepDiveAnswer(s, 'other', 'answer', at(40)),
      (s) => addStepTime(s, 'clarify', 60_000),
      (s) => announceCurveball(s, { textKeywords: [], diagramKeywords: [], kindCount: 0 }, at(40)),
    ];
    for (const edit of edits) expect(edit(locked)).toBe(locked);
  });

  it('still lets practice and a running mock change', () => {
    const practice = createSession(slug, 'p', at(0));
    expect(setStepNotes(practice, 'clarify', 'x', at(1)).steps.clarify.notes).toBe('x');
    const running = createMockSession(slug, 'm', at(0), 45);
    expect(setStepNotes(running, 'clarify', 'x', at(1)).steps.clarify.notes).toBe('x');
  });
});

describe('stored scores', () => {
  it('stores the scores at finish once, with the rubric hash, and the session still validates', () => {
    const locked = finishedMock();
    const scored = scoreSession(locked, rubric);
    const stored = storeFinishedScores(locked, scored, hash, at(31));
    expect(stored.storedScores).toMatchObject({ rubricHash: hash, total: scored.total, scoredAt: at(31).toISOString() });
    expect(Object.keys(stored.storedScores?.steps ?? {})).toHaveLength(5);
    expect(sessionSchema.parse(stored)).toEqual(stored);
    // A second store (another tab, a later rubric) keeps the first scores.
    expect(storeFinishedScores(stored, { ...scored, total: 0 }, 'ffffffffffffffff', at(50))).toBe(stored);
  });

  it('does not freeze the scores of practice or of a running mock', () => {
    const practice = createSession(slug, 'p', at(0));
    expect(storeFinishedScores(practice, scoreSession(practice, rubric), hash, at(1))).toBe(practice);
    const running = createMockSession(slug, 'm', at(0), 45);
    expect(storeFinishedScores(running, scoreSession(running, rubric), hash, at(1))).toBe(running);
  });

  it('says when the case changed since, and a re-grade takes the current rubric', () => {
    const stored = storeFinishedScores(finishedMock(), scoreSession(finishedMock(), rubric), hash, at(31));
    expect(storedScoreStatus(stored, hash).kind).toBe('current');
    const changed = storedScoreStatus(stored, '0123456789abcdef');
    expect(changed.kind).toBe('changed');
    // Editing the rubric does not change the stored score until the learner re-grades.
    const editedScore = { ...scoreSession(stored, rubric), total: 3 };
    expect(stored.storedScores?.total).not.toBe(3);
    const regraded = regradeSession(stored, editedScore, '0123456789abcdef', at(60));
    expect(regraded.storedScores).toMatchObject({ total: 3, rubricHash: '0123456789abcdef', scoredAt: at(60).toISOString() });
    expect(storedScoreStatus(regraded, '0123456789abcdef').kind).toBe('current');
  });

  it('treats a session without stored scores (every older one) as scored live', () => {
    const old = createSession(slug, 'old', at(0));
    expect(storedScoreStatus(old, hash)).toEqual({ kind: 'live' });
    expect(regradeSession(old, scoreSession(old, rubric), hash, at(1))).toBe(old);
    const migrated = migrateSession(JSON.parse(JSON.stringify(finishedMock())), SESSION_VERSION);
    expect(migrated.ok && migrated.session.storedScores).toBe(undefined);
  });

  it('refuses a damaged stored score', () => {
    const bad = { ...finishedMock(), storedScores: { rubricHash: 'not hex', scoredAt: at(1).toISOString(), total: 101, steps: {} } };
    expect(sessionSchema.safeParse(bad).success).toBe(false);
  });
});

describe('keep practising', () => {
  it('copies the locked work into a new practice attempt and leaves the mock as it was', () => {
    const locked = storeFinishedScores(finishedMock(), scoreSession(finishedMock(), rubric), hash, at(31));
    const copy = keepPractising(locked, 'practice-2', at(70));
    expect(copy).toMatchObject({ id: 'practice-2', caseSlug: slug, createdAt: at(70).toISOString(), interview: { mode: 'practice', pauses: [] } });
    expect(copy.answers).toEqual(locked.answers);
    expect(copy.steps).toEqual(locked.steps);
    expect(copy.storedScores).toBeUndefined();
    expect(isAttemptLocked(copy)).toBe(false);
    const edited = setStepNotes(copy, 'design', 'changed', at(71));
    expect(edited.steps.design.notes).toBe('changed');
    expect(locked.steps.design.notes).toBe('Kafka into a lakehouse, dbt marts.');
    expect(sessionSchema.parse(copy)).toEqual(copy);
  });
});

describe('withStoredScores', () => {
  it('shows the stored numbers over the live ones and keeps the live findings', () => {
    const locked = finishedMock();
    const live = scoreSession(locked, rubric);
    const stored = { rubricHash: hash, scoredAt: at(31).toISOString(), total: 42, steps: { clarify: 7, design: 90 } };
    const shown = withStoredScores(live, stored);
    expect(shown.total).toBe(42);
    expect(shown.steps.find((step) => step.step === 'clarify')?.score).toBe(7);
    expect(shown.steps.find((step) => step.step === 'design')?.score).toBe(90);
    expect(shown.steps.find((step) => step.step === 'estimate')?.score).toBe(live.steps.find((step) => step.step === 'estimate')?.score);
    expect(shown.steps.map((step) => step.findings)).toEqual(live.steps.map((step) => step.findings));
    expect(withStoredScores(live, undefined)).toBe(live);
  });
});
