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
  ['ecommerce-data-platform-clarify-r5-strong-own-words', 'paraphrased scope ("the storefront stays, we build the analytics side"), availability ("how bad is it when the pipeline is down") and current systems are missed, and a confirming check-in ("..., right?") is penalised as a leading question'],
  ['ride-hailing-clarify-r5-strong-typos', 'typo\'d and compound questions ("whats the uptime target", "keep the raw gps traces, theyre pretty sensitive") miss availability and privacy'],
  ['iot-telemetry-clarify-r5-strong-own-words', 'compound questions land on one wrong topic ("will the fleet grow, and are there bursts" as availability; "we only read from the machines" as existing systems), so scope, availability and formats go unasked'],
  ['ecommerce-data-platform-clarify-r5-gamed-leading', 'leading questions with a tag ("isn\'t it, so we don\'t need...") earn full scale credit, and an off-topic one ("analysts keep querying Postgres, that\'s fine?") is matched to retention'],
  ['ride-hailing-deep-dive-r5-strong-own-words', 'why a zone key is wrong, explained as downtown cells on one partition and drivers jumping partitions, is not recognised'],
  ['card-payments-deep-dive-r5-strong-own-words', 'double-entry described in words ("insert-only, debits and credits net to zero, never updated") is not recognised'],
  ['ride-hailing-deep-dive-r5-gamed-wrong-store', 'TTL, H3 key and fallback earned while applied to Snowflake, the S3 layout and a nightly Redis copy: claims are not bound to the store they describe'],
  ['card-payments-deep-dive-r5-gamed-filler-list', 'a filler sentence with a bare list of mechanisms earns a third of each point and "deduplication" alone earns the dedupe point'],
  ['healthcare-records-deep-dive-r5-gamed-ack-first', '"ACK as soon as the message arrives, then produce with acks=all" earns ack-after-durable and "keyed by hospital" earns key-by-patient: order of operations and the key value are not checked'],
  ['iot-telemetry-deep-dive-r5-gamed-echo-question', 'an answer echoing the question with bare nouns ("partitioning, sorting and compression best practices") earns every point at full value'],
  ['ecommerce-data-platform-design-r5-strong-own-words', 'a reason that contrasts the two paths ("stock can\'t wait for a nightly job, revenue after the day closes") is read as arguing against "both", and one contradiction caps the design at 25'],
  ['ecommerce-data-platform-design-r5-gamed-swapped-modes', 'inputs with swapped modes and SLAs swapped between use cases keep their naming points and "both" its full credit; wrong modes cost 5 each'],
  ['card-payments-design-r5-gamed-wrong-consumers', 'outputs match on the consumer word whatever they receive ("Finance / fraud scores on a daily dashboard" earns reconciliation)'],
  ['iot-telemetry-design-r5-gamed-filler-list', 'tool lists as input and output names earn naming points and "Real-time, low-latency" is read as a 1-second SLA that meets the need'],
  ['practice-r5-airflow-strong-airflow3', 'an option explained in a parenthesis ("clear just the new task ... (the runs already exist, so ...)") is read as a bare list'],
  ['practice-r5-databases-gamed-swapped', 'properties earned on the wrong subject (OLTP "columnar for scans", OLAP "row store for small transactions")'],
  ['practice-r5-databases-strong-citus', 'why partitioning and sharding help, said as "a cheap DROP instead of a huge DELETE" and "no single machine holds all the data or takes all the writes", is not recognised'],
  ['practice-r5-modelling-gamed-misplaced', 'grain earned from "one row per" although the grain given is customer per day; measures named as dimensions earn list credit'],
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
