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
  ['card-payments-design-r4-gamed-units', 'an SLA in the wrong unit (fraud score in 100 s) costs the SLA and the fraud output and caps the design at half (20x looser than 5 s), but every input, the style and the other outputs keep their marks (50)'],
  // Round-5 blind holdout (tests/golden/**/holdout-r5-*.json): bounds the engines broke when first measured.
  // Round-6 blind holdout (tests/golden/**/holdout-r6-*.json): bounds the engines broke when first measured.
  ['ride-hailing-deep-dive-r6-gamed-zone-key', 'keying by H3 zone, the choice the question asks to rule out, is not read as a wrong claim; batching and a named partition count keep their credit'],
  // Round-7 blind holdout (tests/golden/**/holdout-r7-*.json): bounds the engines broke when first measured.
  ['card-payments-clarify-r7-strong-typos-issuer', '"how long do we have inside an authorisation for the fraud score" is placed under retention, not latency; lower-case typed questions miss the priority and OLTP/OLAP topics the scope question covers (74)'],
  ['card-payments-clarify-r7-gamed-design-as-questions', 'tool pitches phrased as questions ("Kafka plus Flink, that works?", "Redis for the online features, fine?") are matched to latency, priority, existing systems and entities (27)'],
  ['iot-telemetry-clarify-r7-gamed-wrong-domain-smart-home', 'questions about another product (households, thermostats, app-store firmware) earn the scope, scale, latency and format topics by their shape, not their subject (34)'],
  ['healthcare-records-deep-dive-r7-gamed-ack-first', '"ACKs each message as soon as it is received ... then produces to Kafka" earns the ack-after-durable point: the order of ACK and write is not read (33)'],
  ['iot-telemetry-deep-dive-r7-strong-event-time-and-recompute', '"windows on the sensor\'s own timestamp, normalised to UTC ... never on when the reading reached us" is not recognised as event-time windows (67)'],
  ['ecommerce-data-platform-design-r7-gamed-negated-freshness', 'the negated five-minute need is read (the SLA and the inventory use case are lost), but bare input names keep their naming points and streaming keeps part of its style credit though the learner\'s own SLA is "next morning", while every output goes to "Everyone / Kafka topics" (29)'],
  ['practice-r7-modelling-strong-layers-and-gaps', 'the limits said as "How data gets in, scheduling, ... are all still your problem" are read as named only, and bronze as "exactly what arrived" is only partly recognised (71)'],
  // Round-8 blind holdout (tests/golden/**/holdout-r8-*.json): bounds the engines broke when first measured.
  ['ecommerce-data-platform-deep-dive-r8-strong-yaml-config', 'min.insync.replicas: 2 in a YAML block with acks: all, explained in the next sentence as "the leader only confirms once two of them have the event", is read as a bare list (75)'],
  ['ride-hailing-deep-dive-r8-gamed-event-time-retracted', '"Normally you\'d use event time ... Actually ... we window on processing time and skip the watermark": the retraction is not read, event time keeps full credit (67)'],
  ['ride-hailing-design-r8-gamed-claim-then-retraction', 'the retraction is read (the SLA is hourly, 120x too loose, capping the design at 40), but input names and modes keep their marks and streaming keeps part of its style credit though nothing delivers seconds (40)'],
  ['practice-r8-databases-strong-till-and-accountant', '"reads millions of rows but only a few columns, sums and groups" is not recognised as OLAP\'s large scans and aggregations (75)'],
  ['card-payments-diagram-r8-gamed-wrong-stores', 'the warehouse standing in for the online features is named, but the ledger fed by Kafka and the clearing files streamed through Flink still earn the ledger-posting and reconciliation flows, and every part keeps its points (35)'],
  // Round-9 blind holdout (tests/golden/**/holdout-r9-*.json): bounds the engines broke when first measured.
  ['ecommerce-data-platform-diagram-r9-ecom-gamed-frame-of-tools', 'a frame titled "Data platform" holding every tool with no connector inside it, and arrows only into and out of the frame, keeps the parts\' presence points (26)'],
  ['ride-hailing-diagram-r9-ride-gamed-not-needed', 'boxes labelled "not needed", "skip for v1", "later, maybe" are set aside, but the nightly trip-DB -> export -> warehouse -> dashboards path and presence points keep 28 for a design with no surge path (28)'],
  ['iot-telemetry-diagram-r9-iot-gamed-wrong-case', 'the e-commerce platform (orders Postgres, CDC, website clickstream, inventory, revenue) handed in for telemetry earns the stream, stream-processing, lake, batch and scheduling parts by kind, not by subject (33)'],
  ['card-payments-clarify-r9-gamed-leading-assumptions', 'leading questions with wrong assumptions ("We\'re basically Stripe here, right?", "99% uptime is fine, I assume?", "store the card numbers encrypted in the lake, that\'s OK under PCI, yes?") still earn half of their topics (34)'],
  ['ecommerce-data-platform-deep-dive-r9-gamed-claim-then-retraction', '"The textbook answer is RF 3 ... In practice I\'d actually go with acks=1 ... leave enable.idempotence off": the retraction of idempotence is not read, replication keeps full credit and idempotence a third (28)'],
  ['iot-telemetry-deep-dive-r9-gamed-bare-list', 'a bare list of settings ("partitions, keys, replication, linger.ms, batch.size, lz4/zstd, acks, idempotence") plus filler earns a third of every point (28)'],
  ['card-payments-deep-dive-r9-gamed-reversal-updates-entry', '"When a reversal ... comes in, we simply update the amount on the original entry" is not read as the update-in-place error; double-entry, ACID and partitioning keep full credit (75)'],
  ['ride-hailing-design-r9-gamed-negated-realtime', '"Surge does not need to be real time; a T+1 refresh ... is good enough" with batch only is read correctly, but input names and the settlement files keep 35 for a design that negates the case\'s core need (35)'],
  ['card-payments-diagram-r9-card-strong-whiteboard', 'a complete whiteboard drawing with two headless lines to and from the Object-Locked archive loses half of the ledger-to-records flow, and the missing schema registry, DLQ and monitoring cost more than an interviewer would take (81)'],
  ['iot-telemetry-diagram-r9-iot-strong-logos', '"MES + asset registry" as a plain box is not read as the MES source of the OEE join, and the missing schema registry and DLQ cost more than an interviewer would take from a complete design (80)'],
  ['ride-hailing-estimate-r9-strong-working-in-words', 'rows named in words ("pings per second at the evening peak", "raw location data per day") are refused as unusable names instead of matched to their quantities, so four right rows score 0 (0)'],
  ['ecommerce-data-platform-deep-dive-r9-strong-plain-analogy', '"the producer waits for acks from all in-sync copies - with min in-sync at 2, so if only the leader is left it refuses the write" is not recognised as acks=all with min.insync.replicas=2 (67)'],
  ['practice-r9-kafka-strong-worked-example', 'the worked example is read right (the rejected order and the late "maybe repeated" no longer count against it), but the auto-commit point it does not need is missing: 3 of 4 points (75)'],
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
