import { describe, expect, it, vi } from 'vitest';
import { clockNoteTime } from '../../../components/rooms/interviewer-notes';
import { createRoomSessionStore } from '../../../components/rooms/room-session-store';
import { createRoomState } from '../../../lib/rooms/create-room-state';
import { roomToSession } from '../../../lib/rooms/room-to-session';

const now = new Date('2026-11-30T08:00:00Z');
const room = () => createRoomState({ id: 'abcdefghijklmnopqrstuv', caseSlug: 'ecommerce-data-platform', lengthMinutes: 45, now, ttlDays: 14 });

describe('room session store', () => {
  it('applies the candidate’s edits at once and sends each as a room message', () => {
    const send = vi.fn();
    const store = createRoomSessionStore(roomToSession(room(), now), send);
    store.getState().setNotes('estimate', 'sized for 1.5x');
    store.getState().setEntities('order, customer');
    store.getState().setWorksheetRows([{ id: 'r1', name: 'storage', expr: '200 GB/day * 365 day' }]);
    store.getState().setDeepDiveAnswer('kafka-durability', 'acks=all');
    store.getState().setDeepDiveAnswer('streaming-restart', 'checkpoint');
    store.getState().ask('  Who uses the dashboards?  ');
    const { session } = store.getState();
    expect(session.steps.estimate.notes).toBe('sized for 1.5x');
    expect(session.answers.clarify.entities).toBe('order, customer');
    expect(send.mock.calls.map(([message]) => message)).toEqual([
      { type: 'work:set', set: { field: 'notes', step: 'estimate', value: 'sized for 1.5x' } },
      { type: 'work:set', set: { field: 'entities', value: 'order, customer' } },
      { type: 'work:set', set: { field: 'estimate', value: { rows: [{ id: 'r1', name: 'storage', expr: '200 GB/day * 365 day' }] } } },
      { type: 'work:set', set: { field: 'deep-dive', value: { 'kafka-durability': 'acks=all' } } },
      { type: 'work:set', set: { field: 'deep-dive', value: { 'kafka-durability': 'acks=all', 'streaming-restart': 'checkpoint' } } },
      { type: 'question:ask', text: 'Who uses the dashboards?' },
    ]);
  });

  it('sends the curveball\'s "addressed" and follow-up answers to the room instead of keeping them in the browser', () => {
    const send = vi.fn();
    const store = createRoomSessionStore(roomToSession(room(), now), send);
    const before = store.getState().session;
    store.getState().submitCurveball();
    store.getState().answerCurveballProbe('table-format-delete', { selected: ['some'] });
    store.getState().answerCurveballProbe('raw-retention', { number: 13 });
    expect(store.getState().session).toBe(before);
    expect(send.mock.calls.map(([message]) => message)).toEqual([
      { type: 'curveball:address' },
      { type: 'curveball:answer', claimId: 'table-format-delete', answer: { selected: ['some'] } },
      { type: 'curveball:answer', claimId: 'raw-retention', answer: { number: 13 } },
    ]);
    const observer = createRoomSessionStore(roomToSession(room(), now), undefined);
    expect(() => observer.getState().submitCurveball()).not.toThrow();
  });

  it('ignores edits without a sender (the observer), blank questions, and the mock-only actions', () => {
    const observer = createRoomSessionStore(roomToSession(room(), now), undefined);
    observer.getState().setNotes('clarify', 'typed');
    expect(observer.getState().session.steps.clarify.notes).toBe('');
    const send = vi.fn();
    const candidate = createRoomSessionStore(roomToSession(room(), now), send);
    candidate.getState().ask('   ');
    candidate.getState().finishInterview();
    candidate.getState().pauseInterview();
    candidate.getState().setDiagramScene({ elements: [], files: {} });
    expect(send).not.toHaveBeenCalled();
    expect(candidate.getState().session.interview.finishedAt).toBeUndefined();
  });
});

describe('note times', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, 0) + minute * 60_000).toISOString();
  it('counts interview time from the start, without pauses before the note', () => {
    const time = clockNoteTime(at(0), [{ startedAt: at(5), endedAt: at(8) }, { startedAt: at(20) }]);
    expect(time({ id: 'n1', at: at(4), text: 'x' })).toBe('4:00');
    expect(time({ id: 'n2', at: at(10), text: 'x' })).toBe('7:00');
    expect(time({ id: 'n3', at: at(6), text: 'x' })).toBe('5:00');
  });
});
