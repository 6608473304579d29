import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { createSession } from '../../../lib/session/create-session';
import { migrateSession } from '../../../lib/session/migrate-session';
import { scoreSession } from '../../../lib/session/score-session';
import { exportSession, importSession } from '../../../lib/session/session-export';
import { SESSION_VERSION, sessionSchema } from '../../../lib/session/session-schema';
import { answerDeepDiveProbe, revealDeepDiveAnswer, setDeepDiveAnswer, submitDeepDiveAnswer } from '../../../lib/session/session-actions';

const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-03-01T10:00:00.000Z');
const t1 = new Date('2026-03-01T10:01:00.000Z');
const t2 = new Date('2026-03-01T10:02:00.000Z');
const { rubric } = loadCase(slug);
const deepDiveScore = (session: ReturnType<typeof createSession>) => scoreSession(session, rubric).steps.find((step) => step.step === 'deep-dive')?.score ?? -1;

function probed() {
  let session = createSession(slug, `${slug}-probes`, t0);
  session = setDeepDiveAnswer(session, 'streaming-restart', 'We use checkpointing.', t0);
  session = submitDeepDiveAnswer(session, 'streaming-restart', t1);
  return answerDeepDiveProbe(session, 'streaming-restart', 'checkpoint-wins', { selected: ['skipped'] }, t2);
}

describe('deep-dive follow-up actions', () => {
  it('records the submission once and the first probe answer only', () => {
    let session = probed();
    expect(session.answers.deepDiveFollowUps?.['streaming-restart']).toEqual({ submittedAt: t1.toISOString(), probes: { 'checkpoint-wins': { answer: { selected: ['skipped'] }, answeredAt: t2.toISOString() } } });
    const again = submitDeepDiveAnswer(session, 'streaming-restart', t2);
    expect(again).toBe(session);
    session = answerDeepDiveProbe(session, 'streaming-restart', 'checkpoint-wins', { selected: ['read'] }, t2);
    expect(session.answers.deepDiveFollowUps?.['streaming-restart']?.probes['checkpoint-wins']?.answer).toEqual({ selected: ['skipped'] });
    expect(session.steps['deep-dive'].visited).toBe(true);
  });

  it('records the first reveal with the follow-ups open then, and takes no probe answer after it', () => {
    let session = setDeepDiveAnswer(createSession(slug, `${slug}-reveal`, t0), 'kafka-durability', 'Replication.', t0);
    session = submitDeepDiveAnswer(session, 'kafka-durability', t0);
    session = revealDeepDiveAnswer(session, 'kafka-durability', ['replication'], t1);
    expect(session.answers.deepDiveFollowUps?.['kafka-durability']).toMatchObject({ revealedAt: t1.toISOString(), openAtReveal: ['replication'] });
    expect(revealDeepDiveAnswer(session, 'kafka-durability', [], t2)).toBe(session);
    expect(answerDeepDiveProbe(session, 'kafka-durability', 'replication', { selected: ['lost'] }, t2)).toBe(session);
  });

  it('counts the probe answers in the session score', () => {
    let unprobed = setDeepDiveAnswer(createSession(slug, `${slug}-plain`, t0), 'streaming-restart', 'We use checkpointing.', t0);
    unprobed = submitDeepDiveAnswer(unprobed, 'streaming-restart', t1);
    expect(deepDiveScore(probed())).toBeGreaterThan(deepDiveScore(unprobed));
    const wrong = answerDeepDiveProbe(unprobed, 'streaming-restart', 'checkpoint-wins', { selected: ['read'] }, t2);
    expect(deepDiveScore(wrong)).toBeLessThan(deepDiveScore(unprobed));
  });

  it('keeps follow-ups through export and import, and still loads a stored session without them', () => {
    const session = revealDeepDiveAnswer(probed(), 'streaming-restart', [], t2);
    expect(importSession(exportSession(session, t2))).toEqual({ ok: true, session });
    const plain = createSession(slug, `${slug}-old`, t0);
    const stored = JSON.parse(JSON.stringify(plain)) as { answers: Record<string, unknown> };
    delete stored.answers.deepDiveFollowUps;
    const migrated = migrateSession(stored, SESSION_VERSION);
    expect(migrated.ok).toBe(true);
  });

  it('rejects a damaged follow-up record instead of loading it', () => {
    const session = probed();
    const damaged = JSON.parse(JSON.stringify(session)) as { answers: { deepDiveFollowUps: Record<string, { probes: Record<string, unknown> }> } };
    damaged.answers.deepDiveFollowUps['streaming-restart'] = { probes: { 'checkpoint-wins': { answer: { number: 'one' }, answeredAt: 'yesterday' } } };
    expect(sessionSchema.safeParse(damaged).success).toBe(false);
  });

  it('treats a prompt id that names a member of Object.prototype as a new prompt, and it still round-trips', () => {
    for (const promptId of ['valueOf', 'constructor', 'toString']) {
      const session = revealDeepDiveAnswer(createSession(slug, `${slug}-proto`, t0), promptId, [], t1);
      expect(session.answers.deepDiveFollowUps?.[promptId]).toEqual({ probes: {}, revealedAt: t1.toISOString(), openAtReveal: [] });
      expect(importSession(exportSession(session, t1))).toEqual({ ok: true, session });
    }
  });
});
