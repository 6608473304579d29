import { describe, expect, it } from 'vitest';
import { createSession, emptyAnswers } from '../../../lib/session/create-session';
import { migrateSession } from '../../../lib/session/migrate-session';
import { restoreStoredSession } from '../../../lib/session/restore-session';
import { SESSION_VERSION, sessionSchema } from '../../../lib/session/session-schema';
import { applySessionAction } from '../../../lib/session/apply-action';
import { askQuestion, setEntities, setStepNotes, setWorksheetRows, visitStep } from '../../../lib/session/session-actions';
import { sessionProgress } from '../../../lib/session/session-progress';

const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-03-01T10:00:00.000Z');

const v1Record = {
  version: 1,
  state: {
    session: {
      id: 'ecommerce-data-platform-abc',
      caseSlug: slug,
      notes: { clarify: 'Ask about scale', estimate: '80 TB', whiteboard: 'dropped: not a step' },
      lastStep: 'estimate',
      createdAt: Date.parse('2026-02-01T09:00:00.000Z'),
      savedAt: Date.parse('2026-02-02T09:30:00.000Z'),
    },
  },
};

describe('session migration', () => {
  it('upgrades a version 1 record to the current layout without losing notes', () => {
    const result = restoreStoredSession(v1Record, slug);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(1);
    expect(sessionSchema.parse(result.session)).toEqual(result.session);
    expect(result.session.steps.clarify).toEqual({ notes: 'Ask about scale', visited: true, updatedAt: '2026-02-02T09:30:00.000Z' });
    expect(result.session.steps.estimate.notes).toBe('80 TB');
    expect(result.session.steps.design).toEqual({ notes: '', visited: false });
    expect(result.session.currentStep).toBe('estimate');
    expect(result.session.createdAt).toBe('2026-02-01T09:00:00.000Z');
    expect(result.session.answers).toEqual(emptyAnswers());
  });

  it('upgrades a version 2 record by adding empty step answers', () => {
    const { answers: _answers, ...v2Session } = setStepNotes(createSession(slug, 'ecommerce-data-platform-v2', t0), 'clarify', 'Scope?', t0);
    const result = restoreStoredSession({ version: 2, state: { session: v2Session } }, slug);
    expect(result).toEqual({
      status: 'ok',
      migratedFrom: 2,
      session: { ...v2Session, answers: emptyAnswers() },
    });
  });

  it('upgrades a version 3 record by adding an empty design and diagram, keeping its answers', () => {
    let v3 = askQuestion(createSession(slug, 'ecommerce-data-platform-v3', t0), 'Is this like Amazon?', t0);
    v3 = setWorksheetRows(v3, [{ id: 'r1', name: 'storage_per_year', expr: '80 TB' }], t0);
    const { design: _design, diagram: _diagram, ...v3Answers } = v3.answers;
    const result = restoreStoredSession({ version: 3, state: { session: { ...v3, answers: v3Answers } } }, slug);
    expect(result).toEqual({ status: 'ok', migratedFrom: 3, session: v3 });
  });

  it('upgrades a version 5 record to untimed practice with no step times, keeping its work', () => {
    const v6 = setStepNotes(createSession(slug, 'ecommerce-data-platform-v5', t0), 'diagram', 'Kafka then Spark', t0);
    const { interview: _interview, stepTimes: _stepTimes, ...v5 } = v6;
    const result = restoreStoredSession({ version: 5, state: { session: v5 } }, slug);
    expect(result).toEqual({ status: 'ok', migratedFrom: 5, session: v6 });
    if (result.status === 'ok') expect(result.session.interview).toEqual({ mode: 'practice', durationMinutes: 45, pauses: [] });
  });

  it('reads a current record as it is', () => {
    const session = setStepNotes(createSession(slug, 'ecommerce-data-platform-xyz', t0), 'design', 'Kafka + Spark', t0);
    expect(restoreStoredSession({ version: SESSION_VERSION, state: { session } }, slug)).toEqual({ status: 'ok', session });
  });

  it('refuses a record from a newer app, a damaged record and another case', () => {
    const session = createSession(slug, 'ecommerce-data-platform-xyz', t0);
    expect(restoreStoredSession({ version: SESSION_VERSION + 1, state: { session } }, slug)).toEqual({
      status: 'invalid',
      reason: expect.stringContaining('newer version of the app'),
    });
    expect(restoreStoredSession('{"truncated', slug).status).toBe('invalid');
    expect(restoreStoredSession({ version: SESSION_VERSION, state: { session: { ...session, steps: {} } } }, slug).status).toBe('invalid');
    expect(restoreStoredSession({ version: SESSION_VERSION, state: { session } }, 'ride-hailing')).toEqual({
      status: 'invalid',
      reason: 'it belongs to another case (ecommerce-data-platform)',
    });
    expect(migrateSession(v1Record.state.session, 0)).toEqual({ ok: false, reason: 'unknown version 0' });
    expect(migrateSession({ nonsense: true }, 1)).toEqual({ ok: false, reason: 'it does not match the version 1 layout' });
  });
});

describe('session actions and progress', () => {
  it('records notes and visits as new sessions, leaving the old one untouched', () => {
    const start = createSession(slug, 'ecommerce-data-platform-xyz', t0);
    const later = new Date('2026-03-01T10:05:00.000Z');
    const withNotes = setStepNotes(start, 'clarify', 'Who consumes the dashboards?', later);
    expect(start.steps.clarify.notes).toBe('');
    expect(withNotes.steps.clarify).toEqual({ notes: 'Who consumes the dashboards?', visited: true, updatedAt: later.toISOString() });
    expect(withNotes.updatedAt).toBe(later.toISOString());
    expect(setStepNotes(withNotes, 'clarify', 'Who consumes the dashboards?', later)).toBe(withNotes);

    const moved = visitStep(withNotes, 'diagram', later);
    expect(moved.currentStep).toBe('diagram');
    expect(sessionProgress(moved)).toMatchObject({
      stepsWithWork: 1,
      currentStep: 'diagram',
      byStep: { clarify: 'in-progress', estimate: 'not-started', diagram: 'visited' },
    });
  });

  it('caps notes so one paste cannot fill the storage, and says so', () => {
    const { session, notes } = applySessionAction(createSession(slug, 'ecommerce-data-platform-xyz', t0), { type: 'setNotes', step: 'clarify', notes: 'x'.repeat(150_000) }, t0);
    expect(session.steps.clarify.notes).toHaveLength(100_000);
    expect(notes).toEqual(['Notes for Clarify: capped at 100,000 characters; the 50,000 after that were not kept.']);
  });
});

describe('step answers', () => {
  it('records questions in order, ignores empty ones and counts them as work', () => {
    let session = createSession(slug, 'ecommerce-data-platform-q', t0);
    session = askQuestion(session, '  Is this like Amazon?  ', t0);
    session = askQuestion(session, '   ', t0);
    session = applySessionAction(session, { type: 'ask', question: 'x'.repeat(900) }, t0).session;
    expect(session.answers.clarify.questions.map((question) => question.text.length)).toEqual([20, 500]);
    expect(sessionProgress(session).byStep.clarify).toBe('in-progress');
  });

  it('keeps worksheet rows and entities as typed', () => {
    let session = createSession(slug, 'ecommerce-data-platform-w', t0);
    session = setWorksheetRows(session, [{ id: 'r1', name: 'storage_per_year', expr: '200 GB/day * 365 day' }], t0);
    session = setEntities(session, 'order, customer', t0);
    expect(session.answers.estimate.rows).toHaveLength(1);
    expect(session.answers.clarify.entities).toBe('order, customer');
    expect(sessionProgress(session).byStep.estimate).toBe('in-progress');
    expect(sessionSchema.parse(session)).toEqual(session);
  });
});
