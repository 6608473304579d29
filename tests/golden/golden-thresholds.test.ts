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
  ['iot-telemetry-clarify-r7-gamed-wrong-domain-smart-home', 'questions about another product (households, thermostats, app-store firmware) earn the scope, scale, latency and format topics by their shape, not their subject (34)'],
  // Round-8 blind holdout (tests/golden/**/holdout-r8-*.json): bounds the engines broke when first measured.
  ['card-payments-diagram-r8-gamed-wrong-stores', 'the warehouse standing in for the online features is named, but the ledger fed by Kafka and the clearing files streamed through Flink still earn the ledger-posting and reconciliation flows, and every part keeps its points (35)'],
  // Round-9 blind holdout (tests/golden/**/holdout-r9-*.json): bounds the engines broke when first measured.
  ['card-payments-deep-dive-r9-gamed-reversal-updates-entry', '"When a reversal ... comes in, we simply update the amount on the original entry" is not read as the update-in-place error; double-entry, ACID and partitioning keep full credit (75)'],
  // Round-10 blind holdout (tests/golden/**/holdout-r10-*.json): bounds the engines broke when first measured.
  ['practice-r10-object-storage-gamed-contradictory', 'the later denials of atomic commits and time travel now take those points back (100 -> 50), but "strictly the log is just the folder listing" and "MERGE and DELETE still need you to rewrite the whole table by hand" are not read as taking back the log and DML points (50)'],
  // Round-11 blind holdout (tests/golden/**/holdout-r11-*.json): bounds the engines broke when first measured.
  // Round-12 blind holdout (tests/golden/**/holdout-r12-*.json): bounds the engines broke when first measured.
  ['ecommerce-data-platform-diagram-r12-ecom-strong-whiteboard', 'the abbreviation "Spark SS stock per SKU" is read as a batch job, not Spark Structured Streaming, so the live-stock and stream-to-lake flows break; a Datadog box joined by a headless line gets part credit and the missing schema registry costs an antipattern (67)'],
  ['card-payments-deep-dive-r12-strong-two-purchases-walkthrough', 'read correctly as three of four points (monthly partitions and balance snapshots not said); equal weights put a well-explained 3 of 4 at 75 where an interviewer signs the worked two-purchases walkthrough at 84'],
  // Round-13 blind holdout (tests/golden/**/holdout-r13-*.json): bounds the engines broke when first measured.
  ['healthcare-records-design-r13-gamed-ecom-design-nouns-swapped', 'an e-commerce design with the nouns swapped ("HL7 clickstream", "bed inventory during the morning peak so full wards are pulled from promotions") keeps the HL7 stream, claims batch and census output by their names; only the 5-minute SLA and the missing consumers cost points (42)'],
  ['iot-telemetry-design-r13-gamed-echoes-the-brief', 'fields that only restate the brief ("the data from the machines", "the business / the store", "users / dashboards", "Meets the SLA; in time") keep the telemetry input, its stream mode and the OEE output by name (32)'],
  // Round-14 blind holdout (tests/golden/**/holdout-r14-*.json): bounds the engines broke when first measured.
  ['card-payments-deep-dive-r14-strong-sql-silent-on-partitioning', 'correct DDL and posting transaction with the three core points, silent on partitioning the 22 billion rows; the interviewer\'s 84 for a complete core answer vs the engine\'s even share per key point (75)'],
  ['healthcare-records-deep-dive-r14-strong-silent-on-retries', 'keying by facility + MRN and the ACK only after acks=all are both earned; silent on retry duplicates (MSH-10), which the engine weighs as a full third of the answer (67)'],
  // Round-15 blind holdout (tests/golden/**/holdout-r15-*.json): bounds the engines broke when first measured.
  ['ride-hailing-clarify-r15-gamed-ecommerce-questions-pasted', 'an e-commerce question sheet pasted into the ride case: the sale-day questions are caught as another business\'s, but "How many orders a month ... how many clickstream events a day?", the partner-CSV and read-replica questions and the GDPR erasure question still earn scale, existing-systems and personal-data topics (28)'],
  ['ecommerce-data-platform-deep-dive-r15-gamed-rubric-headings-filler', 'the rubric\'s point names as headings ("Grain:", "Dimensions:", "Slowly changing dimensions:") over filler ("must be chosen carefully", "will be handled appropriately") earn the named-not-explained share of each point instead of nothing (33)'],
  ['practice-r15-modelling-strong-plain-words-no-keys', 'the plain-words grain ("every row is one item on one order") and dimensions ("the tables that describe things") are read now, but the surrogate keys it never mentions cost an even quarter: the interviewer\'s 82 for three points said well vs the engine\'s 75'],
  // Round-16 blind holdout (tests/golden/**/holdout-r16-*.json): bounds the engines broke when first measured.
  // Round-17 blind holdout (tests/golden/**/holdout-r17-*.json): bounds the engines broke when first measured.
  ['card-payments-diagram-r17-card-strong-sync-async-legend', 'a sync/async colour legend design whose consumers are an analyst alert queue, the switch\'s scoring call and a finance warehouse is read as serving nobody (the alert queue is taken for a stream, no BI box), so the no-serving cap of 50 applies (50)'],
  ['ride-hailing-diagram-r17-ride-strong-groups', 'a right design in two dashed groups is docked for an API gateway, DLQ, monitoring and schema registry it leaves out, and the warehouse\'s consumer (earnings by 07:00 written inside the Snowflake box) is not read as a dashboard (76)'],
  ['ride-hailing-estimate-r17-strong-round-seconds-per-day', 'an announced round figure of 1e5 seconds a day puts three rows 14-16% off the exact values, each marked wrong for rounding though within tolerance and said out loud (78)'],
  ['card-payments-deep-dive-r17-strong-ledger-in-sql-block', 'a right ledger written mostly as a SQL block (unique network_ref, SELECT FOR UPDATE, entries summing to zero) is docked for not partitioning 22 billion rows a year, a detail the prompt does not ask for (75)'],
  ['card-payments-deep-dive-r17-strong-bank-statement-analogy-plain', 'write-once storage \'with a seven-year retention period in its strict mode, the one where even the administrators cannot shorten it\' in plain words is not read as Object Lock compliance mode, the answer\'s central point (60)'],
  ['ecommerce-data-platform-deep-dive-r17-strong-star-in-markdown-table', 'a star schema in a markdown table with valid_from/valid_to columns and \'so a sale stays under the category it had on the day\' is read as SCD2 named but not explained (78)'],
  // Round-18 blind holdout (tests/golden/**/holdout-r18-*.json): bounds the engines broke when first measured.
  ['iot-telemetry-diagram-r18-iot-strong-arrow-labels', 'generic boxes (broker, stream job, key-value store) whose meaning sits on the arrow labels (\'anomaly alert < 10 s\', \'MQTT JSON, TLS\', \'1-min rollups\') are typed from the box text only: \'technicians\' and \'engineers / OEE\' are not read as consumers, the gateways not as the source, so the alert and dashboard paths count as missing (26)'],
  ['iot-telemetry-diagram-r18-iot-strong-swim-lanes', 'a complete design in vertical swim lanes is docked for no Airflow box and no schema registry, and MES -> CDC -> Spark batch OEE -> OEE dashboards is not read as reaching a curated store (81)'],
  ['ecommerce-data-platform-clarify-r18-strong-spoken-fillers-self-corrections', 'spoken questions with fillers and \'... no wait\' corrections are read as checklists and bare words (scope, OLTP/OLAP, existing systems), and \'how fresh, minutes? seconds? no, probably minutes\' as a wrong assumption (74)'],
  ['card-payments-deep-dive-r18-gamed-synonyms-stuffed-ledger', '\'double-entry\' and \'ACID\' inside a list of synonyms are credited as the append-only ledger and the locked ACID transaction, with no table, key or lock described (50)'],
  ['ecommerce-data-platform-deep-dive-r18-strong-very-short-star', 'a terse right star schema (\'Dims: date, product (category), customer (pseudonymised, SCD2)...\') is docked twice as terms listed without explanation (50)'],
  ['iot-telemetry-deep-dive-r18-strong-spoken-watermark-fillers', '\'emit each minute early and then update it, upsert the row, when late ones come in\' is not read as the late readings updating the affected rollups (67)'],
  ['iot-telemetry-deep-dive-r18-gamed-sarcastic-one-table', 'sarcasm (\'Sure, we\'ll totally never need to expire data... indexes fix everything\') is read literally and \'index\' and \'rollups\' earn partial points (28)'],
  ['ride-hailing-deep-dive-r18-strong-second-language-partitioning', 'a right keying answer in second-language English is docked for producer batching and compression, which the prompt does not ask about (75)'],
  // Round-19 blind holdout (tests/golden/**/holdout-r19-*.json): bounds the engines broke when first measured.
  ['iot-telemetry-diagram-r19-iot-strong-elbow-arrows', 'a complete design drawn with elbow arrows is docked for a schema registry, for nobody reading the time-series DB, and for \'Warehouse + OEE dashboards\' in one box not counting as a store feeding dashboards (66)'],
  ['iot-telemetry-diagram-r19-iot-strong-scribbles-over', 'a right design under red scribbles is docked for the DLQ and monitoring it leaves out, a schema registry, no reader of the time-series DB, and MES -> Spark OEE -> dashboards without a curated store (51)'],
  ['ride-hailing-diagram-r19-ride-strong-replay-loop', 'the dashed replay job from the lake back into Kafka makes trip CDC -> lake -> replay -> Kafka read as CDC in the wrong order, and the warehouse\'s 07:00 dashboard, DLQ and monitoring count as missing (65)'],
  ['iot-telemetry-estimate-r19-strong-aggressive-rounding', 'an announced ~1e5-second day is docked as rounding and as a day\'s amount read without /day, and tiered_storage summing the tier rows is docked for not using reading_size (74)'],
  ['card-payments-deep-dive-r19-strong-sql-ddl-and-transaction', 'append-only double-entry rows written as CREATE TABLE journal/entry plus \'never updated or deleted... sum(amount) per journal is 0\' are not read, and partitioning the prompt does not ask for is docked (50)'],
  ['iot-telemetry-deep-dive-r19-strong-typos-throughout', '\'Use evnet time, the sensor\'s timestamp, not arrival time\': the misspelt \'evnet time\' is not read, so event-time windows count as the question restated (67)'],
  ['ride-hailing-deep-dive-r19-strong-abbreviations-dense', '\'Not k=h3_cell: downtown cells ... = hot partitions\' is read as rejecting the points it argues (zone keys are hot, enough partitions), and \'P=64\' is not read as 64 partitions; contradiction cap (25)'],
  // Round-20 blind holdout (tests/golden/**/holdout-r20-*.json): bounds the engines broke when first measured.
  ['card-payments-diagram-r20-card-strong-legend-box', 'a complete sync/async design with a legend box is docked for a schema registry, a BI box, DLQ and monitoring; \'static rules (fallback)\' is not recognised and the legend text is read as batch processing (81)'],
  ['healthcare-records-diagram-r20-health-strong-protocol-arrows', 'a complete design with protocol-labelled arrows (MLLP, HTTPS, SFTP, JDBC) is docked for a schema registry, a batch box, DLQ and monitoring; \'census store\' and \'audit store (privacy office)\' are not recognised (84)'],
  ['iot-telemetry-diagram-r20-iot-strong-icons-captions', 'components drawn as icons with captions are read, but the design is docked for a schema registry, DLQ and monitoring, and \'MES + asset registry\' -> OEE job is not read as the OLTP -> batch path (79)'],
  // Round-21 blind holdout (tests/golden/**/holdout-r21-*.json): bounds the engines broke when first measured.
  ['ecommerce-data-platform-estimate-r21-strong-rounds-every-row-up', 'announced rounding up (250 GB/day x 400 days, 100 TB x 3) is docked as 1.37x off and as using none of the case\'s figures, though every row stays in scale and on the safe side (55)'],
  ['card-payments-diagram-r21-card-strong-swimlanes', 'a complete design in team swimlanes is docked for a schema registry, BI, DLQ and monitoring; \'fraud alert queue (analysts)\' is read as an event stream and \'static rules fallback\' is not recognised (81)'],
  ['card-payments-clarify-r21-strong-senior-terse-lines', 'terse questions (\'Issuer or acquirer? Switch in scope?\', \'Retention (7 y?), hot window?\') are read as bare words, not questions, and lose half of five topics (76)'],
  // Round-22 blind holdout (tests/golden/**/holdout-r22-*.json): bounds the engines broke when first measured.
  ['healthcare-records-diagram-r22-health-strong-enrichment-cycle', 'census DB -> bed managers and quality marts are not read as dashboards (\'bed managers (< 2 min)\' is unrecognised), so the census and serving paths count missing, plus a schema registry and monitoring (59)'],
  ['practice-r22-kafka-strong-worked-example-broker-dies', 'the shrinking ISR told as an example (\'B2 and B3 drop out of the ISR ... so all means B1 alone\') is not read as the in-sync set shrinking to the leader (67)'],
  ['practice-r22-spark-streaming-strong-worked-example-twelve-oh-three', '\'The watermark is max(event_time) - 10 min = 12:10\' with numbers is not read as the watermark being the latest event time minus the delay (67)'],
  ['card-payments-deep-dive-r22-strong-worked-example-two-purchases', 'a right worked example (lock, unique network_ref, balanced entries) is docked a quarter for monthly partitioning, which the prompt does not ask for (75)'],
  ['card-payments-diagram-r22-card-strong-dlq-and-lag', 'a complete design with DLQ and consumer-lag monitoring is docked for a schema registry and for no BI box after \'warehouse (finance, audit)\' (84)'],
  // Round-23 blind holdout (tests/golden/**/holdout-r23-*.json): bounds the engines broke when first measured.
  ['card-payments-deep-dive-r23-strong-option-a-event-sourced-vs-option-b-postgres', 'a right Postgres ledger chosen over an event-sourced one is docked for monthly partitioning and balance snapshots, which the prompt does not ask for (75)'],
  ['iot-telemetry-deep-dive-r23-strong-nested-bullets-partitioning', '\'96 partitions from the start: adding partitions later remaps keys\' in a sub-bullet is read as partitions named, not explained (78)'],
  ['healthcare-records-diagram-r23-health-strong-frames-per-team', 'quality marts (by 07:00) are not read as a BI dashboard, so the curated-to-BI path counts missing; \'bed managers\' and \'privacy office\' are unrecognised, plus a schema registry (77)'],
  ['card-payments-diagram-r23-card-strong-legend-box', 'a complete design with a legend is docked for no BI box after \'warehouse (finance, audit)\', a schema registry and monitoring (83)'],
  // Round-24 blind holdout (tests/golden/**/holdout-r24-*.json): bounds the engines broke when first measured.
  ['healthcare-records-deep-dive-r24-gamed-prompt-turned-into-statements', 'the prompt restated as statements earns the immutable-raw/as-of point from \'reproducible\' and half the MERGE point from \'merge\' with no mechanism (44)'],
  ['healthcare-records-design-r24-gamed-keywords-in-a-config-block', 'YAML keys in the fields earn the HL7 input (\'kafka: {topic: hl7 ...}\'), the 2-minute census SLA (\'sla: {census: 2m\'), the use case and the processing style (44)'],
  ['healthcare-records-deep-dive-r24-strong-burst-replay-in-event-time', '\'watermark plus allowed lateness of 48 h\' with upserts per hour is read as the watermark named, not explained (78)'],
  ['ecommerce-data-platform-diagram-r24-ecom-strong-bottom-to-top', 'a complete bottom-to-top flow is docked for no arrow from the inventory stream job to the nightly batch, \'Ops team\' and \'Data scientists\' unrecognised, plus a schema registry, DLQ and monitoring (83)'],
  // Round-25 blind holdout (tests/golden/**/holdout-r25-*.json): bounds the engines broke when first measured.
  ['card-payments-deep-dive-r25-gamed-grader-injection', 'a note to the grader is set aside (hint, 0 points) but the bare keyword run after it earns Object Lock, lifecycle and layout in full (80)'],
  ['iot-telemetry-deep-dive-r25-gamed-lorem-ipsum-around-keywords', 'keywords embedded in lorem ipsum filler (\'hypertable\', \'chunk by day\', \'compression\', \'rollup\') earn time partitions and compression/rollups in full (67)'],
  ['ride-hailing-deep-dive-r25-gamed-lesson-text-pasted', 'a pasted description of what Redis is earns the in-memory store and the geo key (\'geospatial indexes\') in full and half the fallback from \'primary-replica\', with nothing on where positions live or a TTL (63)'],
  ['card-payments-design-r25-gamed-lorem-ipsum-around-keywords', 'lorem ipsum fields are flagged as keyword runs, but \'100 ms\' inside the filler still meets the fraud SLA and \'fraud\'/\'ledger\' name two use cases (26)'],
  ['ride-hailing-diagram-r25-ride-gamed-text-arrow-chain', 'a pipeline typed as one free-text arrow chain with no shapes is read as nine written links and earns the components and several flows; the written-links finding does not cap it (41)'],
  ['healthcare-records-diagram-r25-health-strong-free-text-notes', '\'Postgres census\' is read as a hospital source, \'Bed managers / ED\' and \'Quality team\' not as dashboards (census and serving paths missing), and \'dbt gold marts (Airflow nightly)\' is docked as three components in one box (52)'],
  ['iot-telemetry-diagram-r25-iot-strong-per-plant-fan-in', '\'MES + asset registry\' is not read as the OLTP source of the OEE path, and no schema registry is drawn (83)'],
  ['ecommerce-data-platform-deep-dive-r25-strong-hedged-but-right', '\'I believe\' / \'I think\' before right, explained settings are read as hedged claims and each earns half: replication, min ISR and idempotence (50)'],
  ['ecommerce-data-platform-deep-dive-r25-strong-quotes-the-question-first', 'the checkpoint\'s offset and commit logs and the replay of the uncommitted batch are read as the checkpoint named, not explained (78)'],
  ['iot-telemetry-deep-dive-r25-strong-wrong-then-scratch-that-right', 'the event-time rollups and separate fast alert path after \'actually, scratch that\' earn event time and the watermark, but the upsert of late rollups is not read as the batch recompute/merge of affected minutes (67)'],
  ['practice-r25-object-storage-strong-hedged-but-right', '\'Fixes, probably in this order: trigger less often\' is read as a hedged fix, and \'list them, open each one and read its footer\' as only partly the per-file cost (67)'],
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
