import type { Probe } from '../content/claim-schema';
import { assertNever } from '../util/assert-never';
import { needsProbe } from './probe';
import type { PointResult, ProbeAnswer } from './probe';

/**
 * The scripted interviewer's follow-ups, shared by the deep-dive step and practice questions: which
 * key point to ask about next, how the interviewer phrases it (quoting the learner, never the
 * answer), and what each answered follow-up settled. Pure: the pages keep the answers.
 */

/** A key point as the flow needs it: its id and, when the content gives one, its probe. */
export type ProbedPoint = { id: string; probe?: Probe | undefined };

/** The follow-up to ask now: the interviewer's lead-in (the learner's words) and the probe's question. */
export type ProbeTurn = { pointId: string; probe: Probe; lead: string; question: string };

/** One answered follow-up, as the report and `grade session` show it. */
export type SettledProbe = {
  pointId: string;
  question: string;
  /** The learner's answer in words: the picked choices' text, or the number with its unit. */
  answer: string;
  correct: boolean;
  /** How the point stood before the follow-up (named, listed, hedged, negated or contradicted). */
  statusBefore: PointResult['status'];
  /** Points of the key point earned once settled, out of `value`. */
  earned: number;
  value: number;
};

const MAX_LEAD_QUOTE = 140;
const said = (value: string) => `"${value.length > MAX_LEAD_QUOTE ? `${value.slice(0, MAX_LEAD_QUOTE)}...` : value}"`;

/** How the interviewer opens a follow-up: the learner's own words, nothing of the expected answer. */
export function interviewerLead(result: Pick<PointResult, 'status' | 'quote' | 'clause'>): string {
  const words = result.quote ?? result.clause ?? '';
  const clause = result.clause ?? result.quote ?? '';
  switch (result.status) {
    case 'named':
      return `You mentioned ${said(words)}.`;
    case 'listed':
      return `You listed ${said(words)}.`;
    case 'hedged':
      return `You said ${said(clause)}, but did not sound sure.`;
    case 'negated':
    case 'contradicted':
      return `You wrote ${said(clause)}.`;
    case 'stated':
    case 'missing':
      return '';
    default:
      return assertNever(result.status, 'point status');
  }
}

/**
 * The key points whose follow-up is still open, in rubric order: the point needs a probe (named,
 * listed, hedged, negated or contradicted, and not yet answered) and the content gives one.
 * `results` are the scored points in the same order as `points`.
 */
export function openProbes(points: readonly ProbedPoint[], results: readonly PointResult[]): string[] {
  return points.filter((point, index) => point.probe !== undefined && results[index] !== undefined && needsProbe(results[index])).map((point) => point.id);
}

/** The next follow-up to ask, one at a time as an interviewer would; undefined when none is open. */
export function nextProbe(points: readonly ProbedPoint[], results: readonly PointResult[]): ProbeTurn | undefined {
  const index = points.findIndex((point, at) => point.probe !== undefined && results[at] !== undefined && needsProbe(results[at]));
  const point = points[index];
  const result = results[index];
  if (!point?.probe || !result) return undefined;
  return { pointId: point.id, probe: point.probe, lead: interviewerLead(result), question: point.probe.question };
}

/** The learner's probe answer in words; choices the probe does not have are left out. */
export function describeProbeAnswer(probe: Probe, answer: ProbeAnswer): string {
  if ('choices' in probe) {
    const picked = 'selected' in answer ? new Set(answer.selected) : new Set<string>();
    const texts = probe.choices.filter((choice) => picked.has(choice.id)).map((choice) => choice.text);
    return texts.length > 0 ? texts.join('; ') : '(no choice picked)';
  }
  if (!('number' in answer)) return '(no number given)';
  return probe.unit ? `${answer.number} ${probe.unit}` : String(answer.number);
}

/** The follow-ups that were answered, in rubric order, with what each settled. */
export function settledProbes(points: readonly ProbedPoint[], results: readonly PointResult[], answers: Readonly<Record<string, ProbeAnswer>>): SettledProbe[] {
  const settled: SettledProbe[] = [];
  points.forEach((point, index) => {
    const result = results[index];
    const answer = answers[point.id];
    if (!point.probe || !result?.probe || answer === undefined) return;
    settled.push({ pointId: point.id, question: point.probe.question, answer: describeProbeAnswer(point.probe, answer), correct: result.probe.correct, statusBefore: result.status, earned: result.earned, value: result.value });
  });
  return settled;
}

/**
 * Reads the number a learner typed for a number probe: "3", "3 replicas", "1.5", "1,5" (decimal
 * comma), "17,280" or "1,000.5" (thousands separators). Undefined when it does not start with a number.
 */
export function parseProbeNumber(text: string): number | undefined {
  const match = /^\s*([-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+))/.exec(text);
  const raw = match?.[1];
  if (raw === undefined) return undefined;
  const unsigned = raw.replace(/^[-+]/, '');
  const thousands = raw.includes('.') || /^\d{1,3}(?:,\d{3})+$/.test(unsigned);
  const normal = thousands ? raw.replace(/,/g, '') : raw.replace(',', '.');
  if ((normal.match(/,/g) ?? []).length > 0) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}
