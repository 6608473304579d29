import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeGoldenEntry } from '../../lib/eval/grade-golden';
import type { GoldenEntry, GoldenStep } from '../../lib/eval/golden-schema';
import { createSession } from '../../lib/session/create-session';
import { scoreSession } from '../../lib/session/score-session';
import type { Session } from '../../lib/session/session-schema';
import { fileGoldenContext, loadGoldenEntries } from '../../scripts/eval/load-golden';

// The hand grades in tests/golden were written before any engine ran; these bounds come from the issues
// (gamed answers at most 25, strong ones at least 80; diagrams strong at least 85; estimate gamed at most 50).
const loaded = loadGoldenEntries();
const context = fileGoldenContext(loaded);
const scoreOf = (entry: GoldenEntry) => gradeGoldenEntry(entry, context).score;

/**
 * Entries the engines do not yet grade within the bound, each with the kind of fault. They run as
 * expected failures (`it.fails`), so one that starts passing fails the suite until it is taken off this list.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  // Round-4 blind holdout (tests/golden/**/holdout-r4-*.json): bounds the engines broke when first measured.
  ['card-payments-design-r4-gamed-units', 'an SLA in the wrong unit (fraud score in 100 s) costs one point while the rest of the design keeps its marks'],
  // Round-5 blind holdout (tests/golden/**/holdout-r5-*.json): bounds the engines broke when first measured.
  ['ecommerce-data-platform-design-r5-gamed-swapped-modes', 'with modes and SLAs swapped, the inputs keep most naming points and "both" its full credit, though the design serves the fresh consumer from a nightly path (44)'],
  ['card-payments-design-r5-gamed-wrong-consumers', 'with every output given to the wrong reader (now charged), bare input names and the use-case nouns still earn their points (40)'],
  ['iot-telemetry-design-r5-gamed-filler-list', 'tool lists as input and output names ("Kafka, MQTT, OPC UA, Flink"; "S3, Iceberg, ..., Grafana") earn naming points; the number-less "Real-time" SLA now earns two thirds (42)'],
  // Round-6 blind holdout (tests/golden/**/holdout-r6-*.json): bounds the engines broke when first measured.
  ['ecommerce-data-platform-deep-dive-r6-strong-durability-plain', '"On the producer I turn on idempotence: a retry ..." is read as contradicting idempotence (the colon and the explanation after it are taken for a negated claim)'],
  ['ecommerce-data-platform-deep-dive-r6-gamed-seed-error-offsets', 'producer idempotence earns the idempotent-sink point and "checkpoint folder" earns a named-only third, although restart-from-latest and failOnDataLoss=false are the claims made'],
  ['ride-hailing-deep-dive-r6-gamed-zone-key', 'keying by H3 zone, the choice the question asks to rule out, is not read as a wrong claim; batching and a named partition count keep their credit'],
  ['card-payments-deep-dive-r6-strong-ledger-own-words', 'double-entry said as "entries net to zero, rows only ever inserted" and the idempotency key said as "network_ref UNIQUE ... ON CONFLICT DO NOTHING" are not recognised'],
  ['card-payments-deep-dive-r6-gamed-versioning-not-lock', 'lifecycle and encryption keep full credit while the lifecycle rule deletes records after 13 months, breaking the seven-year retention the question is about'],
  ['healthcare-records-deep-dive-r6-strong-ack-after-durable', '"the MLLP listener only returns the AA ACK after the produce future completes" is read as naming the ACK without explaining it'],
  ['healthcare-records-deep-dive-r6-gamed-overwrite-delete', '"MERGE the corrected result over the old row so only the latest value is kept" earns the point that requires keeping older versions: the claim\'s object is not checked'],
  ['iot-telemetry-deep-dive-r6-gamed-row-deletes', 'partitioning by sensor_id earns the time-partition point and "rollups computed at query time" the precomputed-rollups point; nightly row DELETEs are not read as the wrong claim'],
  ['ride-hailing-design-r6-gamed-swapped-slas', 'SLAs swapped between the two use cases and every input mode inverted keep naming points and "both" its full credit; each swap costs 5-15'],
  ['card-payments-design-r6-gamed-negated-sla', 'a design that rejects real time ("we do not need seconds-level latency ... avoid Kafka") keeps full naming credit for the fraud use case it declines to build'],
  ['card-payments-design-r6-gamed-wrong-stores', 'the switch scoring from "Snowflake query per authorisation" and analysts working alerts from "S3 Glacier" are read as serving those outputs; only the Kafka-topic report is judged unfit'],
  ['practice-r6-kafka-strong-commit-after-write-own-words', '"Turn off auto commit and commit ... only once the batch is safely in the database" is read as negating the auto-commit point and misses commit-after-write'],
  ['practice-r6-modelling-strong-medallion-with-limits', '"it doesn\'t tell you how data gets in, how jobs are scheduled ..." is read as negating the limits point, and bronze as "what arrived, untouched, append-only" is not recognised'],
]);

const GAMED_MAX: Record<GoldenStep, number> = { clarify: 25, design: 25, 'deep-dive': 25, practice: 25, diagram: 25, estimate: 50 };
const STRONG_MIN: Record<GoldenStep, number> = { clarify: 80, design: 80, 'deep-dive': 80, practice: 80, diagram: 85, estimate: 80 };

describe('golden set: answers an interviewer would fail stay low', () => {
  const gamed = loaded.filter(({ entry }) => entry.kind === 'gamed');
  it('has gamed answers in every step', () => {
    expect(new Set(gamed.map(({ entry }) => entry.step)).size).toBe(6);
  });
  for (const { entry } of gamed) {
    (KNOWN_GAPS.has(entry.id) ? it.fails : it)(entry.id, () => {
      expect(scoreOf(entry)).toBeLessThanOrEqual(GAMED_MAX[entry.step]);
    });
  }
});

describe('golden set: strong answers in the learner’s own words score high', () => {
  const strong = loaded.filter(({ entry }) => entry.kind === 'strong');
  for (const { entry } of strong) {
    (KNOWN_GAPS.has(entry.id) ? it.fails : it)(entry.id, () => {
      expect(scoreOf(entry)).toBeGreaterThanOrEqual(STRONG_MIN[entry.step]);
    });
  }
});

/** A session made of the first golden answer of one kind for each step of a case (every deep-dive prompt). */
function sessionOfKind(caseSlug: string, kind: 'gamed' | 'strong'): Session {
  const session = createSession(caseSlug, `${caseSlug}-${kind}`, new Date('2026-11-30T09:00:00Z'));
  const of = <S extends GoldenStep>(step: S) =>
    loaded.filter(({ entry }) => entry.kind === kind && entry.step === step && 'case' in entry && entry.case === caseSlug) as { entry: Extract<GoldenEntry, { step: S }>; file: string }[];
  const clarify = of('clarify')[0]?.entry;
  if (clarify) {
    session.answers.clarify = { questions: clarify.answer.questions.map((text) => ({ text, askedAt: session.createdAt })), entities: (clarify.answer.entities ?? []).join('\n') };
  }
  const estimate = of('estimate')[0]?.entry;
  if (estimate) session.answers.estimate = { rows: estimate.answer.rows.map((row, index) => ({ id: `r${index}`, ...row })) };
  const design = of('design')[0]?.entry;
  if (design) session.answers.design = design.answer;
  const diagram = of('diagram')[0];
  if (diagram) {
    const file = path.resolve(path.dirname(diagram.file), diagram.entry.answer.scene);
    const scene = JSON.parse(readFileSync(file, 'utf8')) as { elements: Record<string, unknown>[] };
    session.answers.diagram = { scene: { elements: scene.elements, files: {} } };
  }
  for (const { entry } of of('deep-dive')) {
    if (session.answers.deepDive[entry.answer.prompt] === undefined) session.answers.deepDive[entry.answer.prompt] = entry.answer.text;
  }
  return session;
}

describe('golden set: a session written to game the engines scores far below a strong one', () => {
  // The whole-session bound follows from the step rules: bare numbers earn half of the estimate and
  // one-word questions half of their topics, so a gamed session keeps some points in those steps.
  it('ecommerce-data-platform: gamed total at most 40 and at least 50 points under the strong total', () => {
    const rubric = context.rubricOf('ecommerce-data-platform');
    const gamed = scoreSession(sessionOfKind('ecommerce-data-platform', 'gamed'), rubric).total;
    const strong = scoreSession(sessionOfKind('ecommerce-data-platform', 'strong'), rubric).total;
    expect(gamed).toBeLessThanOrEqual(40);
    expect(strong - gamed).toBeGreaterThanOrEqual(50);
  });
});
