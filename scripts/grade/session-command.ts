import { CliInputError } from '../../lib/cli/cli-error';
import { finalRoomState, lastEventAt, readRoomExport } from '../../lib/rooms/room-export';
import { ROOM_EXPORT_FORMAT } from '../../lib/rooms/room-export-schema';
import { roomToSession } from '../../lib/rooms/room-to-session';
import { importSession } from '../../lib/session/session-export';
import type { Session } from '../../lib/session/session-schema';
import { scoreSession } from '../../lib/session/score-session';
import { summariseFollowUps } from '../../lib/deep-dive/follow-ups';
import type { FollowUpSummary } from '../../lib/deep-dive/follow-ups';
import { answerShownText, asSentence, followUpText } from '../../lib/report/report-text';
import { sessionCurveballInterview } from '../../lib/session/curveball-answer';
import type { SettledProbe } from '../../lib/deep-dive/probe-flow';
import { getStep } from '../../lib/steps/steps';
import type { StepId } from '../../lib/steps/steps';
import { ANSWER_STEPS } from '../../lib/session/session-schema';
import type { AnswerStep } from '../../lib/session/session-schema';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readInputFile, requireCase } from './read-input';

/** The deep-dive follow-ups for a terminal: one block per prompt, one line per answered probe. */
function formatFollowUps(followUps: readonly FollowUpSummary[]): string[] {
  if (followUps.length === 0) return [];
  const lines = ['', 'Follow-up questions:'];
  for (const prompt of followUps) {
    lines.push(`  Deep-dive question ${prompt.number}:`);
    for (const probe of prompt.probes) {
      const text = followUpText(probe);
      lines.push(`    ${probe.correct ? '✓' : '✗'} ${text.question} Answer: ${asSentence(text.answer)} ${text.settled}`);
    }
    if (prompt.open.length > 0) lines.push(`    ○ ${prompt.open.length} follow-up${prompt.open.length === 1 ? '' : 's'} not answered.`);
    const shown = answerShownText(prompt);
    if (shown) lines.push(`    · ${shown}`);
  }
  return lines;
}

/** The curveball's follow-ups for a terminal: one line per answered probe, then how many stayed open. */
function formatCurveballFollowUps(followUps: { probes: readonly SettledProbe[]; open: readonly string[] } | undefined): string[] {
  if (!followUps || (followUps.probes.length === 0 && followUps.open.length === 0)) return [];
  const lines = ['', 'Curveball follow-ups:'];
  for (const probe of followUps.probes) lines.push(`  ${probe.correct ? '✓' : '✗'} ${probe.question} Answer: ${asSentence(probe.answer)}`);
  if (followUps.open.length > 0) lines.push(`  ○ ${followUps.open.length} follow-up${followUps.open.length === 1 ? '' : 's'} not answered.`);
  return lines;
}

/**
 * Whether the learner pressed "Show the answer" on a step (practice): the step's own button for clarify,
 * estimate, design and diagram (with when, first time only), any prompt's for the deep dive.
 */
export function stepAnswerShown(session: Session, step: StepId, followUps: readonly FollowUpSummary[]): { answerShown: boolean; answerShownAt?: string } {
  if (step === 'deep-dive') return { answerShown: followUps.some((prompt) => prompt.answerShown) };
  const at = (ANSWER_STEPS as readonly StepId[]).includes(step) ? session.answersShown?.[step as AnswerStep] : undefined;
  return at ? { answerShown: true, answerShownAt: at } : { answerShown: false };
}

/**
 * The session in a file: a session export (the app's "export"), or a room export (`format:
 * "sdt-room-export"`, GET /api/rooms/<id>/export), whose final state becomes the session the room's
 * report reads (roomToSession at the room's last event).
 */
function readSessionFile(file: string, text: string): Session {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (data && typeof data === 'object' && (data as { format?: unknown }).format === ROOM_EXPORT_FORMAT) {
    const room = readRoomExport(data);
    if (!room.ok) throw new CliInputError(`${file}: ${room.error}`);
    const { history } = room.export;
    return roomToSession(finalRoomState(history), lastEventAt(history));
  }
  const imported = importSession(text, Buffer.byteLength(text));
  if (!imported.ok) throw new CliInputError(`${file}: ${imported.error}`);
  return imported.session;
}

/** `grade session file.json [--json]`: the exported session (or room) scored step by step, as the app shows it. */
export const sessionCommand: GradeCommand = {
  summary: 'Score an exported session or room export (its final state; all five steps) against its case: { total, steps: [{ step, score, findings, answerShown, answerShownAt? }], followUps: [{ promptId, probes, open, answerShown, answerShownBeforeSettling }] }, plus { curveball, curveballFollowUps: { probes, open } } after a mock\'s curveball.',
  usage: 'session file.json [--json]',
  run: (args) => {
    const file = inputFile(args);
    const text = readInputFile(file, 'session');
    const session = readSessionFile(file ?? '-', text);
    const content = requireCase(session.caseSlug);
    const scored = scoreSession(session, content.rubric);
    const followUps = summariseFollowUps(content.rubric.steps['deep-dive'].prompts, session.answers.deepDive, session.answers.deepDiveFollowUps, content.rubric);
    const jsonSteps = scored.steps.map((step) => ({ ...step, ...stepAnswerShown(session, step.step, followUps) }));
    const steps = jsonSteps.map((step) => formatStepResult(`${getStep(step.step).title}${step.answerShown ? ' (answer shown)' : ''}`, step));
    const curveball = scored.curveball ? [formatStepResult(`Curveball (minute ${scored.curveball.announcedAtMinute})`, scored.curveball)] : [];
    // After a mock's curveball: its follow-ups, answered (with what each settled) and still open.
    const curveballState = scored.curveball && content.rubric.curveball ? sessionCurveballInterview(session, content.rubric.curveball) : undefined;
    const curveballFollowUps = curveballState ? { probes: curveballState.settled, open: curveballState.open } : undefined;
    const human = [`${content.frontmatter.title}: ${scored.total}/100`, '', ...steps, ...curveball, ...formatCurveballFollowUps(curveballFollowUps), ...formatFollowUps(followUps)].join('\n');
    return { json: { ...scored, steps: jsonSteps, followUps, ...(curveballFollowUps ? { curveballFollowUps } : {}) }, human };
  },
};
