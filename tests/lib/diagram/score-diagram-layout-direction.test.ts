import { describe, expect, it } from 'vitest';
import { readLayoutDirection } from '@/lib/diagram/headless-layout';
import type { ArrowSpec, SceneSpec } from '../../golden/diagram/draw-lib';
import { codes, grade, graphOf } from './fixtures';

// No line in the drawing has an arrowhead: an interviewer reads the direction from the layout (sources on
// one side, dashboards on the other), grades the design and asks which way each line goes. A headless
// chain threaded through every box stays unread.

const plain = (spec: SceneSpec): SceneSpec => ({ ...spec, arrows: (spec.arrows ?? []).map((arrow): ArrowSpec => ({ ...arrow, line: true })) });

/** Healthcare drawn top-down: the hospitals at the top, the dashboards at the bottom. */
const healthTopDown: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'hospital EHRs', col: 1, row: 0 },
    { id: 'ie', label: 'Rhapsody interface engine', col: 1, row: 1 },
    { id: 'k', label: 'Kafka (3 brokers)', col: 1, row: 2 },
    { id: 'sr', label: 'schema registry', col: 0, row: 2 },
    { id: 'ss', label: 'Spark Structured Streaming', col: 0, row: 3 },
    { id: 'cen', label: 'census Postgres', col: 0, row: 4 },
    { id: 'bed', label: 'bed board', col: 0, row: 5 },
    { id: 's3', label: 'S3 raw HL7', col: 2, row: 3 },
    { id: 'fhir', label: 'FHIR bulk export', col: 3, row: 2 },
    { id: 'sb', label: 'Spark batch', col: 2, row: 4 },
    { id: 'dl', label: 'Delta silver', col: 2, row: 5 },
    { id: 'wh', label: 'Redshift gold', col: 2, row: 6 },
    { id: 'q', label: 'quality dashboards', col: 2, row: 7 },
    { id: 'af', label: 'Airflow', col: 3, row: 4 },
    { id: 'dlq', label: 'dead letter queue', col: 1, row: 3.5 },
  ],
  arrows: [
    { from: 'ehr', to: 'ie' }, { from: 'ie', to: 'k' }, { from: 'k', to: 'ss' }, { from: 'ss', to: 'cen' }, { from: 'cen', to: 'bed' },
    { from: 'k', to: 's3' }, { from: 'fhir', to: 's3' }, { from: 's3', to: 'sb' }, { from: 'sb', to: 'dl' }, { from: 'dl', to: 'wh' },
    { from: 'wh', to: 'q' }, { from: 'ss', to: 'dlq' },
  ],
};

describe('with no arrowhead anywhere, the direction is read from the layout', () => {
  it('healthcare drawn top-down with plain lines: most of the arrowed grade, and a finding that says what was assumed', () => {
    const arrowed = grade('healthcare-records', healthTopDown);
    const lines = grade('healthcare-records', plain(healthTopDown));
    expect(codes(lines)).toContain('diagram.layout-direction');
    expect(lines.findings.find((f) => f.code === 'diagram.layout-direction')!.message).toContain('top-down');
    expect(lines.score).toBeLessThan(arrowed.score);
    expect(lines.score).toBeGreaterThanOrEqual(arrowed.score - 40);
    expect(lines.findings.find((f) => f.code === 'diagram.flow.census-path')?.severity ?? 'good').toBe('good');
  });

  it('the same drawing mirrored right-to-left reads from the right', () => {
    const mirrored: SceneSpec = { ...plain(healthTopDown), boxes: healthTopDown.boxes.map((box) => ({ ...box, col: 8 - box.row, row: box.col })) };
    const reading = readLayoutDirection(graphOf(mirrored));
    expect(reading?.axis).toBe('right-to-left');
  });

  it('one arrow with a head: the lines without keep no direction (the learner said direction where it mattered)', () => {
    const spec = plain(healthTopDown);
    spec.arrows = spec.arrows!.map((arrow, index) => (index === 0 ? { from: arrow.from, to: arrow.to } : arrow));
    expect(readLayoutDirection(graphOf(spec))).toBeUndefined();
    expect(codes(grade('healthcare-records', spec))).not.toContain('diagram.layout-direction');
  });
});

describe('a headless chain threaded through the boxes stays unread', () => {
  // The layout never lifts a chain: it is left to the headless reading (a few seeds already score 27-36
  // there, a gap of the headless reading itself, not of the layout).
  it.each([1, 2, 3, 4])('the top-down healthcare boxes joined in a shuffled chain are not oriented (seed %i)', (seed) => {
    const ids = healthTopDown.boxes.map((box) => box.id);
    let state = seed * 104729;
    for (let i = ids.length - 1; i > 0; i--) {
      state = (state * 48271) % 2147483647;
      const j = state % (i + 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    const spec: SceneSpec = { boxes: healthTopDown.boxes, arrows: ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id, line: true })) };
    expect(readLayoutDirection(graphOf(spec))).toBeUndefined();
    expect(codes(grade('healthcare-records', spec))).not.toContain('diagram.layout-direction');
  });

  it('random branching lines that run against the data order in several places are not oriented', () => {
    const spec: SceneSpec = {
      boxes: healthTopDown.boxes,
      arrows: [
        ['q', 'ehr'], ['q', 'k'], ['bed', 'ie'], ['wh', 'ss'], ['wh', 'k'], ['dl', 'fhir'], ['cen', 'af'], ['s3', 'dlq'], ['sb', 'sr'],
      ].map(([from = '', to = '']) => ({ from, to, line: true })),
    };
    expect(readLayoutDirection(graphOf(spec))).toBeUndefined();
  });
});
