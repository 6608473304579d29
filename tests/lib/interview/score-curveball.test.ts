import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import { emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import { curveballBaseline, scoreCurveball } from '../../../lib/interview/score-curveball';
import type { CurveballAnswer } from '../../../lib/interview/score-curveball';
import { createMockSession } from '../../../lib/session/create-session';
import { announceCurveball, finishInterview } from '../../../lib/session/interview-actions';
import { sessionCurveballBaseline } from '../../../lib/session/curveball-answer';
import { CURVEBALL_WEIGHT } from '../../../lib/interview/interview-schema';
import { scoreSession } from '../../../lib/session/score-session';
import { setStepNotes } from '../../../lib/session/session-actions';

const { rubric } = loadCase('ecommerce-data-platform');
const curveball = rubric.curveball!;

const component = (id: string, label: string, kind: DiagramComponent['kind']): DiagramComponent => ({
  id,
  label,
  kind,
  elementIds: [id, `${id}-text`],
  bounds: { x: 0, y: 0, width: 100, height: 50 },
});
const graph = (...components: DiagramComponent[]): DiagramGraph => ({ components, edges: [], groups: [] });
const answer = (extra: Partial<CurveballAnswer> = {}): CurveballAnswer => ({ design: emptyDesignAnswer(), notes: [], diagram: graph(), ...extra });
const points = (result: ReturnType<typeof scoreCurveball>, code: string) => result.findings.filter((finding) => finding.code === code);

describe('curveball scoring', () => {
  it('gives nothing when nothing addresses the change, and says why it matters', () => {
    const result = scoreCurveball(answer(), curveball);
    expect(result.score).toBe(0);
    expect(result.findings.every((finding) => finding.severity === 'missing')).toBe(true);
    expect(result.findings.map((finding) => finding.message).join(' ')).toContain('Append-only files');
  });

  it('gives full marks for two keywords in the notes and a labelled component in the diagram', () => {
    const result = scoreCurveball(
      answer({
        notes: [{ where: 'the notes of step 4', text: 'GDPR erasure: Delta MERGE deletes the rows; customers are pseudonymised.' }],
        diagram: graph(component('c1', 'GDPR delete job', 'spark_batch')),
      }),
      curveball,
    );
    expect(result.score).toBe(100);
    expect(points(result, 'curveball.claim.table-format-delete')[0]?.message).toContain('the notes of step 4');
    expect(points(result, 'curveball.diagram')[0]?.refs).toEqual(['c1', 'c1-text']);
  });

  it('gives half the text credit for one claim stated, found in the design as well as the notes', () => {
    const design = { ...emptyDesignAnswer(), useCase: 'Handle erasure requests: a Delta DELETE rewrites only the affected files.' };
    const result = scoreCurveball(answer({ design }), curveball);
    expect(result.score).toBe(35);
    expect(points(result, 'curveball.claim.table-format-delete')[0]?.message).toContain('the use case');
  });

  it('gives a third of a claim for naming it without saying what it does', () => {
    const design = { ...emptyDesignAnswer(), useCase: 'We will handle erasure requests.' };
    expect(scoreCurveball(answer({ design }), curveball).score).toBe(12);
  });

  it('gives half the diagram credit for an expected kind that is not labelled for the change', () => {
    const result = scoreCurveball(answer({ diagram: graph(component('t1', 'Iceberg tables', 'table_format')) }), curveball);
    expect(result.score).toBe(15);
  });

  it('credits an expected kind carried as a box\'s second kind ("Kafka + Iceberg tables")', () => {
    const both: DiagramComponent = { ...component('k1', 'Stream into tables', 'kafka'), kinds: ['kafka', 'table_format'] };
    const result = scoreCurveball(answer({ diagram: graph(both) }), curveball);
    expect(result.score).toBe(15);
    expect(points(result, 'curveball.diagram-kind')[0]?.message).not.toMatch(/Kafka/);
  });

  it('counts only what came after the announcement: earlier keywords and components are a hint, not points', () => {
    const before = answer({
      notes: [{ where: 'the notes of step 3', text: 'GDPR applies; we MERGE into Delta.' }],
      diagram: graph(component('t1', 'Iceberg tables', 'table_format')),
    });
    const baseline = curveballBaseline(before, curveball);
    expect(baseline).toEqual({ textKeywords: ['gdpr', 'merge'], diagramKeywords: [], kindCount: 1, textClaims: { 'table-format-delete': 1 } });
    const unchanged = scoreCurveball(before, curveball, baseline);
    expect(unchanged.score).toBe(0);
    expect(points(unchanged, 'curveball.text-before')[0]?.message).toContain('"MERGE"');

    const after = answer({
      notes: [...before.notes, { where: 'the notes of step 4', text: 'Erasure requests: deleting the per-customer key erases every copy of their data, and personal fields are pseudonymised.' }],
      diagram: graph(component('t1', 'Iceberg tables', 'table_format'), component('t2', 'Silver tables', 'silver_layer')),
    });
    const responded = scoreCurveball(after, curveball, baseline);
    expect(responded.score).toBe(70 + 15);
  });

  it('is deterministic', () => {
    const input = answer({ notes: [{ where: 'x', text: 'right to be forgotten via crypto shredding' }] });
    expect(scoreCurveball(input, curveball)).toEqual(scoreCurveball(input, curveball));
  });
});

describe('session score with a curveball', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, 0) + minute * 60_000);

  it('has no curveball part until the curveball was announced', () => {
    const session = finishInterview(createMockSession('ecommerce-data-platform', 'm1', at(0), 45), at(20));
    expect(scoreSession(session, rubric).curveball).toBeUndefined();
  });

  it('weighs the curveball into the total once announced, at the minute it came', () => {
    const started = createMockSession('ecommerce-data-platform', 'm2', at(0), 45);
    let session = announceCurveball(started, sessionCurveballBaseline(started, curveball), at(25));
    session = setStepNotes(session, 'design', 'GDPR erasure with Delta MERGE on a pseudonymised customer table', at(26));
    session = finishInterview(session, at(40));
    const scored = scoreSession(session, rubric);
    expect(scored.curveball?.announcedAtMinute).toBe(25);
    expect(scored.curveball?.score).toBe(70);
    const stepMean = scored.steps.reduce((sum, step) => sum + step.score, 0) / scored.steps.length;
    expect(scored.total).toBe(Math.round(stepMean * (1 - CURVEBALL_WEIGHT) + 70 * CURVEBALL_WEIGHT));
  });
});
