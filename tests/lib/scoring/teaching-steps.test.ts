import { describe, expect, it } from 'vitest';
import { listCaseSlugs, loadCase } from '../../../lib/content/load-cases';
import { CLARIFY_TOPIC_LABELS } from '../../../lib/content/clarify-topics';
import type { Rubric } from '../../../lib/content/rubric-schema';
import { formatDuration } from '../../../lib/design/format-duration';
import { kindLabel } from '../../../lib/diagram/kind-info';
import { prepareEstimate } from '../../../lib/estimate/prepare-estimate';
import { formatExpected } from '../../../lib/estimate/quantity-messages';
import { resultAsShown } from '../../../lib/scoring/shown-finding';
import type { StepResult } from '../../../lib/scoring/finding';
import { createSession } from '../../../lib/session/create-session';
import { scoreSession } from '../../../lib/session/score-session';
import type { AnswerStep, Session } from '../../../lib/session/session-schema';
import { setDesignAnswer, setWorksheetRows } from '../../../lib/session/session-actions';

/**
 * Practice feedback on the clarify, estimate, design and diagram steps teaches without handing over
 * the answer: before "Show the answer" no message carries a case value, a fact's answer or the name
 * of an expected part; after it, the full findings do.
 */

const T0 = new Date('2026-01-05T10:00:00Z');
const slugs = listCaseSlugs();

function stepResult(session: Session, rubric: Rubric, step: AnswerStep): StepResult {
  const found = scoreSession(session, rubric).steps.find((result) => result.step === step);
  if (!found) throw new Error(`no ${step} result`);
  return found;
}

/** What the case knows and the learner must find out, per step: none of it may show before the answer. */
function secrets(rubric: Rubric, step: AnswerStep): string[] {
  switch (step) {
    case 'clarify':
      return [...rubric.steps.clarify.facts.map((fact) => fact.answer), ...rubric.steps.clarify.entities.filter((entity) => entity.core).map((entity) => entity.label)];
    case 'estimate':
      return prepareEstimate(rubric).quantities.flatMap((item) => [formatExpected(item.quantity, item.expected), ...(item.quantity.explanation ? [item.quantity.explanation] : [])]);
    case 'design': {
      const design = rubric.steps.design;
      const labels = [...design.inputs, ...design.outputs, ...(design.useCases ?? [])].map((item) => item.label);
      const freshness = design.freshnessSeconds === undefined ? [] : [formatDuration(design.freshnessSeconds)];
      return [...labels, ...freshness, ...design.inputs.flatMap((input) => (input.why ? [input.why] : []))];
    }
    case 'diagram': {
      const diagram = rubric.steps.diagram;
      const parts = [...diagram.requiredKinds, ...diagram.errorHandling];
      return [...parts.flatMap((part) => [part.label.toLowerCase(), part.why, ...part.anyOf.map(kindLabel)]), ...diagram.flows.flatMap((flow) => [flow.label, flow.why])];
    }
    default:
      throw new Error(`unexpected step ${String(step)}`);
  }
}

/**
 * The secrets a result's messages give away. A secret the page shows anyway (a clarify topic's label
 * such as "scope and reference product" holds the entity "Product") or that the learner typed is no leak.
 */
function leaks(result: StepResult, words: readonly string[], typed = ''): string[] {
  const known = `${Object.values(CLARIFY_TOPIC_LABELS).join(' | ')} | ${typed}`.toLowerCase();
  const secret = words.filter((word) => !known.includes(word.toLowerCase()));
  return result.findings.flatMap((finding) => secret.filter((word) => finding.message.toLowerCase().includes(word.toLowerCase())).map((word) => `${finding.code}: "${word}" in "${finding.message}"`));
}

const STEPS: AnswerStep[] = ['clarify', 'estimate', 'design', 'diagram'];

describe.each(slugs)('teaching feedback on %s', (slug) => {
  const { rubric } = loadCase(slug);
  const empty = createSession(slug, `${slug}-teach`, T0);

  it.each(STEPS)('at 0/100 the %s findings say only what is not done yet', (step) => {
    const result = stepResult(empty, rubric, step);
    expect(result.score).toBe(0);
    const shown = resultAsShown(result, false);
    expect(shown.findings.length).toBeGreaterThan(0);
    expect(leaks(shown, secrets(rubric, step))).toEqual([]);
    for (const finding of shown.findings) expect(finding.neutral).toBeUndefined();
  });

  it.each(STEPS)('after "Show the answer" the %s findings give the case\'s answer', (step) => {
    const shown = resultAsShown(stepResult(empty, rubric, step), true);
    expect(leaks(shown, secrets(rubric, step)).length).toBeGreaterThan(0);
  });

  it('keeps the score whatever is shown', () => {
    for (const step of STEPS) {
      const result = stepResult(empty, rubric, step);
      expect(resultAsShown(result, false).score).toBe(result.score);
      expect(resultAsShown(result, true).score).toBe(result.score);
    }
  });
});

describe('after an attempt, neutral words say what is off without the model value', () => {
  const slug = 'ecommerce-data-platform';
  const { rubric } = loadCase(slug);
  const base = createSession(slug, `${slug}-attempt`, T0);

  it.each([
    ['far too low', 'storage_per_year = 2 TB', 'too low'],
    ['far too high', 'storage_per_year = 900 TB', 'too high'],
    ['close but outside the tolerance', 'storage_per_year = 45 TB', 'close'],
    ['a peak rate off', 'peak_event_rate = 60 events/s', 'too low'],
  ])('an estimate %s', (_kind, row, verdict) => {
    const [name = '', expr = ''] = row.split(' = ');
    const session = setWorksheetRows(base, [{ id: 'r1', name, expr }], T0);
    const result = stepResult(session, rubric, 'estimate');
    const neutral = resultAsShown(result, false);
    expect(leaks(neutral, secrets(rubric, 'estimate'))).toEqual([]);
    const finding = neutral.findings.find((item) => item.refs?.includes(name) && item.severity === 'wrong');
    expect(finding?.message).toContain(verdict);
    expect(finding?.message).toContain(expr);
    expect(leaks(resultAsShown(result, true), secrets(rubric, 'estimate')).length).toBeGreaterThan(0);
  });

  it.each([
    ['batch against a five-minute need', { processingStyle: 'batch' as const, sla: 'Daily by 6am', reason: 'Cheaper.' }],
    ['streaming only', { processingStyle: 'streaming' as const, sla: 'Within 5 minutes', reason: 'Fresh inventory.' }],
    ['a weekly SLA', { processingStyle: 'both' as const, sla: 'Weekly is fine', reason: 'Both paths.' }],
  ])('a design with %s', (_kind, change) => {
    const session = setDesignAnswer(base, { ...base.answers.design, ...change }, T0);
    const result = stepResult(session, rubric, 'design');
    const neutral = resultAsShown(result, false);
    expect(neutral.findings.some((finding) => finding.severity === 'wrong')).toBe(true);
    expect(leaks(neutral, secrets(rubric, 'design'), Object.values(change).join(' | '))).toEqual([]);
    expect(leaks(resultAsShown(result, true), secrets(rubric, 'design')).length).toBeGreaterThan(0);
  });
});

describe('resultAsShown', () => {
  it('shows findings that read the same once neutral as one, with their points added', () => {
    const result: StepResult = {
      score: 10,
      findings: [
        { code: 'x.a', severity: 'missing', message: 'A is missing: it is Kafka.', neutral: 'A part is missing.', points: 5, refs: ['a'] },
        { code: 'x.b', severity: 'missing', message: 'B is missing: it is Airflow.', neutral: 'A part is missing.', points: 2.5, refs: ['b'] },
        { code: 'x.c', severity: 'good', message: 'Named C.', points: 1 },
      ],
    };
    expect(resultAsShown(result, false)).toEqual({
      score: 10,
      findings: [
        { code: 'x.a', severity: 'missing', message: 'A part is missing. (2 of these)', points: 7.5, refs: ['a', 'b'] },
        { code: 'x.c', severity: 'good', message: 'Named C.', points: 1 },
      ],
    });
    expect(resultAsShown(result, true).findings.map((finding) => finding.message)).toEqual(['A is missing: it is Kafka.', 'B is missing: it is Airflow.', 'Named C.']);
  });
});
