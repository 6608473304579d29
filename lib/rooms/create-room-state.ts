import { emptyAnswers } from '../session/create-session';
import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';
import type { RoomNotes, RoomState } from './room-state-schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A new room: waiting for the interviewer to start the clock, empty work, expiring `ttlDays` after `now`. */
export function createRoomState(input: { id: string; caseSlug: string; lengthMinutes: number; now: Date; ttlDays: number }): RoomState {
  const { diagram: _diagram, ...answers } = emptyAnswers();
  const notes = Object.fromEntries(STEP_IDS.map((id: StepId) => [id, ''])) as RoomNotes;
  return {
    id: input.id,
    caseSlug: input.caseSlug,
    lengthMinutes: input.lengthMinutes,
    createdAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + input.ttlDays * DAY_MS).toISOString(),
    status: 'waiting',
    clock: { pausedMs: 0, pauses: [] },
    work: { answers, notes, currentStep: 'clarify' },
    scene: { elements: [] },
    questions: [],
    curveball: {},
    interviewerNotes: [],
    released: false,
  };
}
