import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import { curveballSchema } from '../../../lib/content/rubric-schema';
import { emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import { curveballForSteps, scoreCurveball } from '../../../lib/interview/score-curveball';
import type { CurveballAnswer } from '../../../lib/interview/score-curveball';

// Answers written for these tests, per case: strong (two claims or more, in the learner's words),
// a gamed bare keyword list, the same ideas negated, the same ideas hedged, and a common wrong response.
type Kinds = { strong: string; label: string; list: string; negated: string; hedged: string; wrong: string };
const ANSWERS: Record<string, Kinds> = {
  'ecommerce-data-platform': {
    strong: 'To erase a customer we run a Delta DELETE that rewrites only the affected files in the lake, including the raw events. Personal fields sit in one pseudonymised customer table, so events only carry a surrogate id.',
    label: 'GDPR erasure job',
    list: 'GDPR, erasure, delete, merge, crypto shredding, pseudonymise, right to be forgotten',
    negated: "We will not delete anything from the lake, and we won't use Delta MERGE. No crypto shredding either.",
    hedged: 'Maybe we could delete the rows with Delta MERGE? Not sure, perhaps we pseudonymise the customer table.',
    wrong: 'We set a soft delete flag on the customer so reports hide them.',
  },
  'card-payments': {
    strong: "EU cardholder data stays in an EU region with its own Kafka cluster and buckets. Ledger records are kept immutable with S3 Object Lock, and the Iceberg history is partitioned by account id and date so one account's seven years come back in minutes.",
    label: 'EU region bucket (Object Lock)',
    list: 'residency, region, eu region, immutable, object lock, worm, audit, per account, partition, replay, lineage',
    negated: "We don't need an EU region for this, and Object Lock is overkill.",
    hedged: 'I think EU data could maybe stay in an EU region? Possibly object lock for immutability.',
    wrong: 'For the audit we rerun the fraud scores with the current model. We mirror the EU topics to the US region for analytics.',
  },
  'healthcare-records': {
    strong: 'The lab results live in Iceberg tables with time travel, so we query the tables as of the submission date to reproduce the numbers. Each submission records the snapshot id it read. Corrections and late admissions are merged in as new versions, and the restated run diffs against the submitted snapshot to list every correction.',
    label: 'Restatement diff (snapshot vs current)',
    list: 'restatement, restate, correction, late, time travel, snapshot, version, bitemporal, reproduce, point in time',
    negated: "We won't keep snapshots or time travel; corrections are not merged, we simply don't restate.",
    hedged: "Maybe time travel would let us see the tables as of the submission date? Not sure if we'd record the snapshot id per submission.",
    wrong: 'To reproduce we rerun the measures on the current data. Corrections overwrite the old lab results.',
  },
  'iot-telemetry': {
    strong: 'The Monterrey plant gets an edge gateway running the alert rules locally, so critical alerts keep firing while the link is down. Readings are buffered on local disk for the whole outage and forwarded when the link returns, mirrored to the central Kafka with MirrorMaker; central jobs window by event time with watermarks so the backlog lands in the right minutes.',
    label: 'Edge gateway (local alerts)',
    list: 'edge, local, on premises, store and forward, buffer, offline, gateway, backfill, replay, event time, watermark, late, out of order, mirror',
    negated: 'We would not run anything at the edge and we will not buffer readings locally.',
    hedged: 'Perhaps the alert rules could run at the edge gateway? Maybe buffer readings on local disk until the link is back.',
    wrong: 'Readings during the outage are dropped. Windows use processing time.',
  },
  'ride-hailing': {
    strong: "A Flink job keyed by trip joins the location stream with each active trip's state from the trip CDC stream. Each location is compared with the planned route to flag a deviation within seconds, and a per-trip timer fires when the car has stood still for five minutes.",
    label: 'Safety alert job (route deviation)',
    list: 'alert, route, deviation, stationary, trip state, per trip, seconds, join, stateful, safety',
    negated: "No stateful job keyed by trip is needed, and we won't use timers.",
    hedged: 'Maybe a stateful Flink job keyed by trip could join the location stream? I think a timer might work for stationary cars.',
    wrong: 'A nightly batch job detects the route deviations and alerts the safety team.',
  },
};

const box = (label: string): DiagramComponent => ({ id: 'b1', label, kind: 'unknown', elementIds: ['b1'], bounds: { x: 0, y: 0, width: 100, height: 50 } });
const graph = (...components: DiagramComponent[]): DiagramGraph => ({ components, edges: [], groups: [] });
const notes = (text: string, diagram = graph()): CurveballAnswer => ({ design: emptyDesignAnswer(), notes: [{ where: 'the notes of step 5', text }], diagram });

describe.each(Object.entries(ANSWERS))('curveball claims for %s', (slug, kinds) => {
  const curveball = loadCase(slug).rubric.curveball!;

  it('gives full marks to a strong answer with the change labelled in the diagram', () => {
    expect(scoreCurveball(notes(kinds.strong, graph(box(kinds.label))), curveball).score).toBe(100);
  });

  it('gives a strong answer the whole text share without a diagram', () => {
    expect(scoreCurveball(notes(kinds.strong), curveball).score).toBe(70);
  });

  it('gives a bare list of the keywords at most a quarter of the text, asking to explain', () => {
    const result = scoreCurveball(notes(kinds.list), curveball);
    expect(result.score).toBeLessThanOrEqual(18);
    expect(result.findings.some((finding) => finding.message.startsWith('Listed without explanation'))).toBe(true);
  });

  it('gives negated claims nothing, quoting the learner', () => {
    const result = scoreCurveball(notes(kinds.negated), curveball);
    expect(result.score).toBe(0);
    const wrong = result.findings.filter((finding) => finding.severity === 'wrong');
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.every((finding) => /You wrote "/.test(finding.message))).toBe(true);
  });

  it('gives hedged claims half', () => {
    const result = scoreCurveball(notes(kinds.hedged), curveball);
    expect(result.score).toBe(35);
    expect(result.findings.filter((finding) => finding.message.startsWith('Hedged'))).toHaveLength(2);
  });

  it('costs points for a common wrong response and cancels what it contradicts', () => {
    const result = scoreCurveball(notes(kinds.wrong), curveball);
    expect(result.score).toBe(0);
    expect(result.findings.some((finding) => finding.code.startsWith('curveball.wrong.'))).toBe(true);
    // The same wrong response next to a strong answer still costs: the grade is not the best sentence alone.
    const mixed = scoreCurveball(notes(`${kinds.strong} ${kinds.wrong}`, graph(box(kinds.label))), curveball);
    expect(mixed.score).toBeLessThan(100);
  });

  it('reads a negated label as no evidence in the diagram', () => {
    const result = scoreCurveball(notes('', graph(box(`No ${curveball.keywords[0]}`))), curveball);
    expect(result.findings.find((finding) => finding.code === 'curveball.diagram')?.severity).toBe('missing');
  });
});

describe('curveball without claims (older content)', () => {
  const curveball = curveballSchema.parse({
    afterMinutes: 20,
    announcement: 'Legal wants erasure within 30 days.',
    keywords: ['erasure', 'crypto shredding', 'merge'],
    why: 'Append-only files cannot be edited in place.',
  });

  it('reads each keyword as a claim: explained earns, listed earns a quarter, negated nothing', () => {
    expect(scoreCurveball(notes('Erasure runs as a Delta MERGE that rewrites the files holding the customer.'), curveball).score).toBe(70);
    expect(scoreCurveball(notes('erasure, crypto shredding, merge'), curveball).score).toBe(18);
    expect(scoreCurveball(notes('We will not do erasure and never merge.'), curveball).score).toBe(0);
  });

  it('keeps an old baseline (keywords only) meaning: a claim named before the announcement does not count', () => {
    const baseline = { textKeywords: ['erasure'], diagramKeywords: [], kindCount: 0 };
    const result = scoreCurveball(notes('Erasure is a Delta MERGE that rewrites the customer files.'), curveball, baseline);
    expect(result.score).toBe(35);
    expect(result.findings.some((finding) => finding.code === 'curveball.text-before')).toBe(true);
  });
});

describe('curveball content', () => {
  const base = { afterMinutes: 20, announcement: 'x', keywords: ['erasure'], why: 'y' };

  it('refuses a claim whose own sentence would not earn it', () => {
    const parsed = curveballSchema.safeParse({ ...base, claims: [{ id: 'c', text: 'We keep everything forever.', keywords: ['erasure'] }] });
    expect(parsed.success).toBe(false);
  });

  it('refuses a wrong claim that contradicts an unknown claim or fires on a right one', () => {
    const claims = [{ id: 'del', text: 'A Delta DELETE erases the customer rows.', keywords: ['delete'], assert: [['delta']] }];
    expect(curveballSchema.safeParse({ ...base, claims, wrongClaims: [{ id: 'w', keywords: ['soft delete'], contradicts: ['nope'], why: 'z' }] }).success).toBe(false);
    expect(curveballSchema.safeParse({ ...base, claims, wrongClaims: [{ id: 'w', keywords: ['delete'], why: 'z' }] }).success).toBe(false);
    expect(curveballSchema.safeParse({ ...base, claims, wrongClaims: [{ id: 'w', keywords: ['soft delete'], contradicts: ['del'], why: 'z' }] }).success).toBe(true);
  });

  it('sends the step pages the claims without their model sentences', () => {
    const steps = curveballForSteps(loadCase('ecommerce-data-platform').rubric.curveball);
    expect(steps?.claims?.length).toBeGreaterThan(0);
    expect(JSON.stringify(steps)).not.toContain('rewrites only the files');
  });
});
