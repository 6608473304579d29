import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { projectRoom } from '@/lib/rooms/project-room';
import { roomSessionId, roomToSession } from '@/lib/rooms/room-to-session';
import { exportSession, importSession } from '@/lib/session/session-export';
import { scoreSession } from '@/lib/session/score-session';
import { busyRoom, emptyRoom, T0 } from './room-fixtures';

describe('roomToSession', () => {
  it('turns a room into a finished mock session with the candidate\'s work', () => {
    const room = {
      ...busyRoom(),
      clock: { startedAt: T0.toISOString(), pausedMs: 60_000, pauses: [{ startedAt: '2026-11-30T09:10:00.000Z', endedAt: '2026-11-30T09:11:00.000Z' }], endedAt: '2026-11-30T09:45:00.000Z' },
      scene: { elements: [{ id: 'a', version: 1, versionNonce: 1, index: 'a0', type: 'rectangle' }] },
      work: { ...emptyRoom().work, currentStep: 'design' as const, notes: { ...emptyRoom().work.notes, 'deep-dive': 'kafka acks' } },
    };
    const session = roomToSession(room, new Date('2026-11-30T10:00:00.000Z'));
    expect(session.interview).toMatchObject({ mode: 'mock', durationMinutes: 45, startedAt: T0.toISOString(), finishedAt: '2026-11-30T09:45:00.000Z', curveballAt: T0.toISOString() });
    expect(session.interview.curveballBaseline?.textKeywords).toEqual(['audit']);
    expect(session.answers.clarify.questions.map((question) => question.text)).toEqual(['How many orders a day?', 'Is it OLTP?']);
    expect(session.answers.diagram.scene.elements).toHaveLength(1);
    expect(session.steps.design.visited).toBe(true);
    expect(session.steps.diagram.visited).toBe(false);
    expect(session.steps['deep-dive']).toMatchObject({ visited: true, notes: 'kafka acks' });
    expect(JSON.stringify(session)).not.toContain('SECRET');
  });

  it('makes a session that exports, imports and grades like any other', () => {
    const session = roomToSession(projectRoom(busyRoom(), 'candidate'), T0);
    const imported = importSession(exportSession(session, T0));
    expect(imported).toEqual({ ok: true, session });
    const score = scoreSession(session, loadCase('ecommerce-data-platform').rubric);
    expect(score.total).toBeGreaterThanOrEqual(0);
  });

  it('gives each room its own valid session id', () => {
    const first = roomSessionId({ id: 'AAAAAAAAAAAAAAAAAAAAAA', caseSlug: 'ride-hailing' });
    const second = roomSessionId({ id: 'aaaaaaaaaaaaaaaaaaaaaa', caseSlug: 'ride-hailing' });
    expect(first).toMatch(/^[a-z0-9-]{1,120}$/);
    expect(first).not.toBe(second);
  });
});
