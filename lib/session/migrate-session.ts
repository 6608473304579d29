import { practiceInterview } from '../interview/interview-bounds';
import { isStepId, STEP_IDS } from '../steps/steps';
import { emptyAnswers, emptySteps } from './create-session';
import { sessionV1Schema } from './legacy-session-v1';
import { fitSessionLimits } from './session-limits';
import { sessionSchema } from './session-schema';
import { SESSION_VERSION } from './session-bounds';
import type { Session } from './session-schema';

export type MigrationResult = { ok: true; session: Session; trimmed?: string[] } | { ok: false; reason: string };

function fromV1(state: unknown): unknown {
  const parsed = sessionV1Schema.safeParse(state);
  if (!parsed.success) throw new Error('it does not match the version 1 layout');
  const v1 = parsed.data;
  const steps = emptySteps();
  for (const id of STEP_IDS) {
    const notes = v1.notes[id];
    if (notes !== undefined) steps[id] = { notes, visited: true, updatedAt: new Date(v1.savedAt).toISOString() };
  }
  const currentStep = isStepId(v1.lastStep) ? v1.lastStep : 'clarify';
  steps[currentStep].visited = true;
  return {
    id: v1.id,
    caseSlug: v1.caseSlug,
    createdAt: new Date(v1.createdAt).toISOString(),
    updatedAt: new Date(v1.savedAt).toISOString(),
    currentStep,
    steps,
  };
}

/** Version 3 added the step answers (questions asked, worksheet rows); older sessions start with none. */
function fromV2(state: unknown): unknown {
  if (typeof state !== 'object' || state === null) throw new Error('it is not a session object');
  const { clarify, estimate } = emptyAnswers();
  return { ...state, answers: { clarify, estimate } };
}

/** Version 4 added the design form and the diagram; older sessions start with both empty. */
function fromV3(state: unknown): unknown {
  if (typeof state !== 'object' || state === null || !('answers' in state)) throw new Error('it has no step answers');
  const answers = (state as { answers: unknown }).answers;
  if (typeof answers !== 'object' || answers === null) throw new Error('its step answers are damaged');
  const empty = emptyAnswers();
  return { ...state, answers: { ...answers, design: empty.design, diagram: empty.diagram } };
}

/** Version 5 added the deep-dive answers. */
function fromV4(state: unknown): unknown {
  const answers = (state as { answers?: unknown }).answers;
  if (typeof answers !== 'object' || answers === null) throw new Error('its step answers are damaged');
  return { ...(state as object), answers: { ...answers, deepDive: {} } };
}

/** Version 6 added the interview mode and time per step; older sessions were untimed practice. */
function fromV5(state: unknown): unknown {
  if (typeof state !== 'object' || state === null) throw new Error('it is not a session object');
  return { ...state, interview: practiceInterview(), stepTimes: {} };
}

/**
 * Upgrades a stored session one version at a time, then validates it against today's schema. With
 * `fit`, a record over a count or length limit is first brought within it (session-limits.ts) and
 * the sentences saying what was cut come back as `trimmed`; without it (imports) it is refused.
 */
export function migrateSession(state: unknown, fromVersion: number, options: { fit?: boolean } = {}): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return { ok: false, reason: `unknown version ${String(fromVersion)}` };
  if (fromVersion > SESSION_VERSION) {
    return { ok: false, reason: `it was saved by a newer version of the app (version ${fromVersion}, this app reads up to ${SESSION_VERSION})` };
  }
  let current = state;
  try {
    for (let version = fromVersion; version < SESSION_VERSION; version += 1) {
      if (version === 1) current = fromV1(current);
      if (version === 2) current = fromV2(current);
      if (version === 3) current = fromV3(current);
      if (version === 4) current = fromV4(current);
      if (version === 5) current = fromV5(current);
    }
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  let trimmed: string[] = [];
  if (options.fit) {
    const fitted = fitSessionLimits(current);
    current = fitted.value;
    trimmed = fitted.notes;
  }
  const parsed = sessionSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `it does not match the session layout (${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid'})` };
  }
  return { ok: true, session: parsed.data, ...(trimmed.length > 0 ? { trimmed } : {}) };
}
