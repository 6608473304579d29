import { emptySceneSnapshot } from '../canvas/empty-scene';
import { emptyDesignAnswer } from '../design/design-bounds';
import { practiceInterview } from '../interview/interview-bounds';
import type { Interview } from '../interview/interview-schema';
import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';
import type { Session, StepAnswers, StepWork } from './session-schema';

export function emptySteps(): Record<StepId, StepWork> {
  return Object.fromEntries(STEP_IDS.map((id) => [id, { notes: '', visited: false }])) as Record<StepId, StepWork>;
}

export function emptyAnswers(): StepAnswers {
  return { clarify: { questions: [], entities: '' }, estimate: { rows: [] }, design: emptyDesignAnswer(), diagram: { scene: emptySceneSnapshot() }, deepDive: {} };
}

export function createSession(caseSlug: string, id: string, now: Date, interview: Interview = practiceInterview()): Session {
  const at = now.toISOString();
  return { id, caseSlug, createdAt: at, updatedAt: at, currentStep: 'clarify', steps: emptySteps(), answers: emptyAnswers(), interview, stepTimes: {} };
}

/** A mock interview whose clock starts now. */
export function createMockSession(caseSlug: string, id: string, now: Date, durationMinutes: number): Session {
  return createSession(caseSlug, id, now, { mode: 'mock', durationMinutes, startedAt: now.toISOString(), pauses: [] });
}

/** A session id that sorts by case and is unique enough for one browser's records. */
export function newSessionId(caseSlug: string, random: () => number = Math.random, now: Date = new Date()): string {
  const suffix = Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
  return `${caseSlug}-${now.getTime().toString(36)}-${suffix}`.slice(0, 120);
}
