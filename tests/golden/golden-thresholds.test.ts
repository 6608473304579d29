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
  ['card-payments-design-r4-gamed-units', 'an SLA in the wrong unit (fraud score in 100 s) now costs the SLA and the fraud output, but every input, the style and the other outputs keep their marks (62)'],
  // Round-5 blind holdout (tests/golden/**/holdout-r5-*.json): bounds the engines broke when first measured.
  // Round-6 blind holdout (tests/golden/**/holdout-r6-*.json): bounds the engines broke when first measured.
  ['ride-hailing-deep-dive-r6-gamed-zone-key', 'keying by H3 zone, the choice the question asks to rule out, is not read as a wrong claim; batching and a named partition count keep their credit'],
  // Round-7 blind holdout (tests/golden/**/holdout-r7-*.json): bounds the engines broke when first measured.
  ['card-payments-clarify-r7-strong-typos-issuer', '"how long do we have inside an authorisation for the fraud score" is placed under retention, not latency; lower-case typed questions miss the priority and OLTP/OLAP topics the scope question covers (74)'],
  ['card-payments-clarify-r7-gamed-design-as-questions', 'tool pitches phrased as questions ("Kafka plus Flink, that works?", "Redis for the online features, fine?") are matched to latency, priority, existing systems and entities (27)'],
  ['iot-telemetry-clarify-r7-gamed-wrong-domain-smart-home', 'questions about another product (households, thermostats, app-store firmware) earn the scope, scale, latency and format topics by their shape, not their subject (34)'],
  ['healthcare-records-deep-dive-r7-gamed-ack-first', '"ACKs each message as soon as it is received ... then produces to Kafka" earns the ack-after-durable point: the order of ACK and write is not read (33)'],
  ['iot-telemetry-deep-dive-r7-strong-event-time-and-recompute', '"windows on the sensor\'s own timestamp, normalised to UTC ... never on when the reading reached us" is not recognised as event-time windows (67)'],
  ['ecommerce-data-platform-design-r7-gamed-negated-freshness', 'bare input names keep their naming points and streaming its freshness credit while the SLA negates the five-minute need and every output goes to "Everyone / Kafka topics" (39)'],
  ['practice-r7-modelling-strong-layers-and-gaps', 'the limits said as "How data gets in, scheduling, ... are all still your problem" are read as named only, and bronze as "exactly what arrived" is only partly recognised (71)'],
  // Round-8 blind holdout (tests/golden/**/holdout-r8-*.json): bounds the engines broke when first measured.
  ['ecommerce-data-platform-clarify-r8-gamed-wrong-case-ride-questions', 'questions about another case (drivers, GPS pings, surge, location traces) earn scale, growth, latency, retention and scope by their shape, not their subject (44)'],
  ['iot-telemetry-clarify-r8-gamed-answers-own-questions', 'a question the candidate answers at once with a wrong assumption ("a few hundred, let\'s go with that", "minutes is fine") earns its topic as if it had been asked (39)'],
  ['ecommerce-data-platform-deep-dive-r8-strong-yaml-config', 'min.insync.replicas: 2 in a YAML block with acks: all, explained in the next sentence as "the leader only confirms once two of them have the event", is read as a bare list (75)'],
  ['ecommerce-data-platform-deep-dive-r8-gamed-product-as-fact', 'dim_product called the fact table is caught for the grain, but "dimensions" and "SCD type 2 on orders" keep full credit in an inverted model (67)'],
  ['ride-hailing-deep-dive-r8-strong-checkout-lanes-analogy', 'the key and the zone argument told as an analogy ("one driver always queues in the same lane", "downtown is one lane with a huge queue", "changes lanes") is not recognised (58)'],
  ['ride-hailing-deep-dive-r8-gamed-event-time-retracted', '"Normally you\'d use event time ... Actually ... we window on processing time and skip the watermark": the retraction is not read, event time keeps full credit (67)'],
  ['ride-hailing-deep-dive-r8-strong-redis-bullets', '"driver:{id} status key with EXPIRE 20s" in a Redis answer is read as a TTL on the wrong object, and "uses the last multiplier it cached or the static table" is not read as a fallback (63)'],
  ['card-payments-deep-dive-r8-gamed-idempotence-on-consumer', 'enable.idempotence set "on the consumer group" earns the idempotent-producer point and a bare "exactly once" earns the transactions point (38)'],
  ['iot-telemetry-deep-dive-r8-strong-typos-config', '"48 partitons to start, 96 after the doubling; its about consumer parallelism" (typo in partitions) is not covered (67)'],
  ['ride-hailing-design-r8-gamed-claim-then-retraction', '"Surge within 30 seconds - actually, scratch that, an hourly refresh is enough" is read as 30 seconds; input names and modes keep their marks (63)'],
  ['card-payments-design-r8-gamed-features-from-warehouse', 'fraud features served from Snowflake refreshed nightly and the ledger rebuilt from Kafka cost only their outputs; the 100 ms SLA, "both" and every input name keep full marks (72)'],
  ['practice-r8-databases-strong-till-and-accountant', '"reads millions of rows but only a few columns, sums and groups" is not recognised as OLAP\'s large scans and aggregations (75)'],
  ['practice-r8-kafka-gamed-claim-retraction', '"min.insync.replicas makes sure... actually no, ... just a consumer setting": the first half earns the acks=all point and min ISR a third despite the retraction (28)'],
  ['healthcare-records-estimate-r8-strong-hl7-plus-fhir', '"(32 GB/day + 18 GB/day) x 365", the case\'s own HL7 and FHIR parts of the 50 GB a day, is flagged as a misread fact and a compensating error (75)'],
  ['ride-hailing-diagram-r8-gamed-double-headed-hub', 'every box wired to Kafka with double-headed arrows: the hub is named, but Kafka -> S3 still earns the raw-to-lake flow and every part its presence points (44)'],
  ['card-payments-diagram-r8-gamed-wrong-stores', 'scoring reads features from the warehouse and the ledger is fed by Kafka: ledger-posting and reconciliation flows are read through Kafka and Flink and every part keeps its points (52)'],
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
