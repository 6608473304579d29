import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { applyRoomEvents } from '@/lib/rooms/room-reducer';
import { buildRoomReplay, eventCountAtSeq, eventCountAtTime, replayStateAfter, replayStateAtSeq, replayStateAtTime } from '@/lib/rooms/room-replay';
import { createReplayScorer, replayMoment } from '@/lib/rooms/room-replay-score';
import { roomToSession } from '@/lib/rooms/room-to-session';
import { scoreSession } from '@/lib/session/score-session';
import { generateRoomHistory } from './replay-log';

const history = generateRoomHistory({ edits: 300, minutes: 30 });
const events = history.events.map((stored) => stored.event);

describe('room replay', () => {
  it('gives, at every event count, exactly the state of replaying the log from the start', () => {
    const replay = buildRoomReplay(history, 16);
    for (const count of [0, 1, 15, 16, 17, 31, 32, 100, 257, events.length]) {
      expect(replayStateAfter(replay, count)).toEqual(applyRoomEvents(history.initial, events.slice(0, count)));
    }
    expect(replayStateAfter(replay, events.length)).toEqual(history.latest.state);
  });

  it('clamps counts outside the log to the first and last states', () => {
    const replay = buildRoomReplay(history);
    expect(replayStateAfter(replay, -5)).toBe(history.initial);
    expect(replayStateAfter(replay, events.length + 10)).toEqual(history.latest.state);
  });

  it('marks the clock, every step change, question, answer, the curveball, notes and the end, in order', () => {
    const replay = buildRoomReplay(history);
    const kinds = replay.marks.map((mark) => mark.kind);
    expect(kinds[0]).toBe('clock-start');
    expect(kinds.filter((kind) => kind === 'step')).toHaveLength(4);
    expect(kinds.filter((kind) => kind === 'question-asked')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'question-answered')).toHaveLength(2);
    expect(kinds).toContain('clock-pause');
    expect(kinds).toContain('clock-resume');
    expect(kinds).toContain('curveball');
    expect(kinds).toContain('note');
    expect(kinds.at(-1)).toBe('end');
    expect(replay.marks.find((mark) => mark.kind === 'question-asked')?.label).toBe('Question: How many orders a day do we expect, part 1?');
    const seqs = replay.marks.map((mark) => mark.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('keeps interview time still during the pause and counts it from the start of the clock', () => {
    const replay = buildRoomReplay(history);
    const pause = replay.marks.find((mark) => mark.kind === 'clock-pause');
    const resume = replay.marks.find((mark) => mark.kind === 'clock-resume');
    expect(pause && resume && resume.elapsedMs).toBe(pause?.elapsedMs);
    expect(replay.marks[0]?.elapsedMs).toBe(0);
    // 30 minutes of edits, the 2-minute pause excluded, then the end a minute later.
    expect(replay.durationMs).toBeGreaterThan(29 * 60_000);
    expect(replay.durationMs).toBeLessThan(32 * 60_000);
    for (let index = 1; index < replay.elapsed.length; index += 1) expect(replay.elapsed[index]).toBeGreaterThanOrEqual(replay.elapsed[index - 1] ?? 0);
  });

  it('finds the moment by seq and by interview time, including seqs missing from a projected log', () => {
    const replay = buildRoomReplay({ initial: history.initial, events: history.events.filter((stored) => stored.seq % 2 === 1) });
    expect(eventCountAtSeq(replay, 0)).toBe(0);
    expect(eventCountAtSeq(replay, 1)).toBe(1);
    expect(eventCountAtSeq(replay, 2)).toBe(1);
    expect(eventCountAtSeq(replay, 3)).toBe(2);
    const question = buildRoomReplay(history).marks.find((mark) => mark.kind === 'question-asked');
    if (!question) throw new Error('no question mark');
    const full = buildRoomReplay(history);
    expect(replayStateAtSeq(full, question.seq).questions).toHaveLength(1);
    expect(replayStateAtSeq(full, question.seq - 1).questions).toHaveLength(0);
    expect(replayStateAtTime(full, question.elapsedMs).questions.length).toBeGreaterThanOrEqual(1);
    expect(replayStateAtTime(full, question.elapsedMs - 1).questions).toHaveLength(0);
    expect(eventCountAtTime(full, -1)).toBe(0);
  });

  it('refuses a log out of order', () => {
    const [first, second] = history.events;
    if (!first || !second) throw new Error('short log');
    expect(() => buildRoomReplay({ initial: history.initial, events: [second, first] })).toThrow(/out of order/);
  });

  it('scores a moment exactly as the room report does, and the score changes as the work arrives', () => {
    const { rubric } = loadCase('ecommerce-data-platform');
    const replay = buildRoomReplay(history);
    const end = replayMoment(replay, replay.events.length, rubric);
    const last = history.events.at(-1);
    expect(end.score).toEqual(scoreSession(roomToSession(history.latest.state, new Date(last?.at ?? 0)), rubric));
    const start = replayMoment(replay, 1, rubric);
    const diagram = (moment: typeof start) => moment.score.steps.find((step) => step.step === 'diagram')?.score ?? 0;
    expect(diagram(end)).toBeGreaterThan(diagram(start));
  });

  it('scores the same with the scrubber\'s cache of unchanged steps as without it, back and forth', () => {
    const { rubric } = loadCase('ecommerce-data-platform');
    const replay = buildRoomReplay(history);
    const momentAt = createReplayScorer(replay, rubric);
    for (const count of [replay.events.length, 40, 41, 200, 40, replay.events.length - 1]) {
      expect(momentAt(count).score).toEqual(replayMoment(replay, count, rubric).score);
    }
  });
});
