import { assertNever } from '../util/assert-never';
import { EQUIVALENTS } from '../text/equivalents';
import type { DesignInput, DesignOutput } from './design-answer-schema';
import { briefOf, getDesignIndex, mentions, namedIds, rowId } from './design-index';
import { restatesBrief } from '../text/brief-echo';
import type { DesignCase, DesignIndex, DesignRubric, Names } from './design-index';
import { formatDuration } from './format-duration';
import { isKeywordRun } from '../text/keyword-run';
import { namesProductReader } from '../text/product-reader';
import { splitProvenance } from '../text/provenance';
import { isHistoryProduct, servesPerRequest } from '../text/request-serving';
import { isServingMedium } from '../text/serving-media';
import { namesServingPlace } from '../text/serving-place';
import { isToolList } from '../text/tool-list';
import { ROW_RUN_WORDS } from './score-inputs';
import { requiredStyle } from './score-style';
import type { ProcessingStyle } from './design-answer-schema';
import { SLA_LOOSE_TOLERANCE, SLA_MISPLACED_FACTOR } from './score-sla';
import { scheduleSeconds } from './parse-sla';
import { judgeOutputFreshness, LIVE_OUTPUT_SECONDS } from './output-freshness';
import type { OutputFreshnessVerdict } from './output-freshness';
import { earn, earnFromKeywords, hint, lose, quote } from './tally';
import type { Tally } from './tally';

/** Points for naming each output (consumer or serving store) the case's consumers need. */
export const OUTPUT_POINTS = 8;
/**
 * What each output the case does not have costs from the second one on (what a case's output earns), at most EXTRA_OUTPUTS_MAX of them: one extra
 * consumer is an aside, several are a design built for another business (golden round 20: recommendations, ad bidding
 * and checkout fraud added to the e-commerce platform, 50 by hand).
 */
export const EXTRA_OUTPUT_POINTS = OUTPUT_POINTS;
export const EXTRA_OUTPUTS_MAX = 3;
/**
 * The share an output earns when its row names the reader but no place it reads from ("ops / inventory", "data
 * science / data"): the consumer is right, but where it is served, which decides how fresh and fast it can be, is unsaid.
 */
export const STORELESS_OUTPUT_SHARE = 1 / 2;

const describeRow = (row: DesignOutput) => [row.consumer, row.store].filter((part) => part !== '').join(' / ');

/** From this freshness on an output is a report over history: it is queried from tables, not read off a topic. */
export const REPORT_OUTPUT_SECONDS = 3600;
/** This fresh or fresher an output is read as events happen (a score per request, an alert): not from a warehouse. */
export const LOOKUP_OUTPUT_SECONDS = 30;

type RubricOutput = DesignRubric['outputs'][number];

/**
 * Why a row's store cannot serve its output, or undefined when it can: an output that must be minutes
 * old served from an archive ("S3 Glacier archive") or a batch-filled store ("nightly report"); a
 * report over history read off a raw topic ("Kafka clickstream topic"). Only the store itself is
 * read, not what feeds it: "Snowflake via a Kafka topic" is Snowflake.
 */
function unfitStore(index: DesignIndex, output: RubricOutput, row: DesignOutput): string | undefined {
  const need = output.freshnessSeconds;
  if (need === undefined || row.store === '') return undefined;
  const store = splitProvenance(row.store)?.head ?? row.store;
  if (need <= LIVE_OUTPUT_SECONDS) {
    if (namedIds(index.archives, store).length > 0) return `it must be at most ${formatDuration(need)} old, and an archive keeps history cheaply but takes minutes to hours to read back`;
    if (namedIds(index.modes, store).includes('batch')) return `it must be at most ${formatDuration(need)} old, and a store filled by batch jobs is only as fresh as its last run`;
  }
  const refreshed = scheduleSeconds(store);
  if (refreshed !== undefined && refreshed > need * SLA_LOOSE_TOLERANCE) {
    return `it must be at most ${formatDuration(need)} old, and a store refreshed every ${formatDuration(refreshed)} is only as fresh as its last refresh`;
  }
  if (need >= REPORT_OUTPUT_SECONDS && namedIds(index.rawStreams, store).length > 0) {
    return 'it is a report over history, and a topic holds raw events in arrival order for a few days, with no tables to join or aggregate';
  }
  const warehouse = namedIds(index.warehouses, store).length > 0;
  if (need <= LOOKUP_OUTPUT_SECONDS && warehouse) {
    return `it must be at most ${formatDuration(need)} old and is read as it happens, and a warehouse answers analytical queries over loaded data, each taking seconds, only as fresh as its last load; a consumer this fast reads an online store kept current by the stream`;
  }
  if (need >= REPORT_OUTPUT_SECONDS && !warehouse && namedIds(index.keyValues, store).length > 0) {
    return 'it is a report over history, and a key-value store answers lookups of current values by key, with no scans, joins or history to aggregate';
  }
  return undefined;
}

/** What reading a source's own database costs the design as a whole, on top of the output it serves: the penalty every case gives the diagram's dashboard-reads-oltp rule. */
export const SOURCE_DATABASE_POINTS = 15;

const enginesIn = (index: DesignIndex, text: string) =>
  new Set(mentions(index.transactional, text).filter((found) => !found.negated).map((found) => found.verbatim.toLowerCase().replace(/ql$/, '')));

/** Words saying a source's changes are captured from its log (CDC, Debezium, binlog): the shared equivalents group. */
const CHANGE_CAPTURE: Names<'cdc'> = [{ id: 'cdc', phrases: EQUIVALENTS.cdc ?? [] }];

/**
 * The store's words without its database words ("ledger Postgres database" -> "ledger"): what is left must name the
 * source itself, since a case's source may list its engine as a synonym and a bare "Postgres table" is as likely a
 * serving table as the source's own database.
 */
function withoutDatabaseWords(index: DesignIndex, text: string): string {
  const words = [...mentions(index.transactional, text), ...mentions(index.databases, text)].map((found) => found.verbatim.toLowerCase());
  let rest = text.toLowerCase();
  for (const word of words) rest = rest.split(word).join(' ');
  return rest.replace(/\s+/g, ' ').trim();
}

/**
 * The store of a row when it is a source's own transactional database, read straight from: the case's source named
 * as a database ("ledger database", "trip service PostgreSQL", "MES SQL Server"), or the same engine one of the
 * learner's input rows is ("ledger Postgres" in, "SUM(amount) over the last hour in Postgres" out). A copy kept for
 * reading ("a Postgres read replica", "a read model the stream updates") is the fix, not the fault. Undefined otherwise.
 */
function sourceDatabase(index: DesignIndex, row: DesignOutput, inputs: readonly DesignInput[]): string | undefined {
  if (row.store === '' || namedIds(index.sourceCopies, row.store).length > 0) return undefined;
  const head = splitProvenance(row.store)?.head ?? row.store;
  const database = namedIds(index.transactional, head).length > 0 || namedIds(index.databases, head).length > 0;
  if (database) {
    // The source named by its own words ("ledger database", "trip service PostgreSQL") is the source's database.
    if (rowId(index.inputs, withoutDatabaseWords(index, head)) !== undefined) return row.store;
    // Named only by its engine or "database" (words a rubric may list for its source): the source's own database,
    // unless the learner captures that source's changes (CDC), when a "Postgres table" downstream is a serving copy.
    const source = rowId(index.inputs, head);
    const captured = source !== undefined && inputs.some((input) => rowId(index.inputs, input.name) === source && namedIds(CHANGE_CAPTURE, input.name).length > 0);
    if (source !== undefined && !captured) return row.store;
  }
  const engines = enginesIn(index, row.store);
  if (engines.size === 0) return undefined;
  // A store named for what it serves ("alert queue (Postgres)"), and nowhere for a source, beside a source whose changes
  // the learner captures (CDC) is a database of its own on the same engine, not the source's. Without the capture the
  // engine is the source's ("fraud API that runs SUM(amount) over the last hour in Postgres" beside "ledger Postgres"),
  // and so it is when the store names the source ("report queried from the ledger Postgres").
  const captured = inputs.some((input) => enginesIn(index, input.name).size > 0 && namedIds(CHANGE_CAPTURE, input.name).length > 0);
  const ownName = namedIds(index.outputs, withoutDatabaseWords(index, head)).length > 0 && rowId(index.inputs, withoutDatabaseWords(index, row.store)) === undefined;
  if (captured && ownName) return undefined;
  return inputs.some((input) => [...enginesIn(index, input.name)].some((engine) => engines.has(engine))) ? row.store : undefined;
}

/**
 * The share of an output's points kept when it is served far fresher than it and every other need of the case asks
 * ("sales dashboards < 1 s behind" for a dashboard due by 06:00): the consumer reads what it needs, and the always-on path
 * built for it costs money and operations nobody asked for. An interviewer takes some points for that, not the output
 * (golden round 23: a design streaming everything for a daily dashboard, signed 55, not the 20 of a misserved one).
 */
export const OVER_FRESH_OUTPUT_SHARE = 1 / 2;

/** An output served far fresher than anything the case needs earns OVER_FRESH_OUTPUT_SHARE, with a finding on the cost. */
function earnOverFresh(tally: Tally, output: RubricOutput, row: DesignOutput, verdict: OutputFreshnessVerdict): void {
  const earned = OUTPUT_POINTS * OVER_FRESH_OUTPUT_SHARE;
  earn(tally, earned, { code: 'design.output-named', message: `Named the output ${output.label} as ${quote(describeRow(row))}.`, refs: [output.id] });
  lose(tally, 'wrong', OUTPUT_POINTS - earned, {
    code: 'design.output-freshness-over-built',
    message: `You serve ${output.label} (${quote(describeRow(row))}) at ${quote(verdict.clause)} (${formatDuration(verdict.seconds)}), but it needs results only ${formatDuration(verdict.need)} old, and nothing in the case needs that freshness: an always-on path for it costs money, operations and re-runs the business did not ask for. Serve it at the freshness it needs, from the simpler path.`,
    neutral: `You serve ${quote(describeRow(row))} far fresher than this consumer or any other in the case needs: say why, or serve it from a simpler path.`,
    refs: [output.id],
  });
}

/** An output whose promised freshness cannot serve its consumer earns nothing, with the learner's words and the need. */
function loseFreshness(tally: Tally, output: RubricOutput, row: DesignOutput, verdict: OutputFreshnessVerdict): void {
  const yours = formatDuration(verdict.seconds);
  const need = formatDuration(verdict.need);
  const refs = [output.id];
  switch (verdict.kind) {
    case 'too-loose':
      lose(tally, 'wrong', OUTPUT_POINTS, {
        code: 'design.output-freshness-too-loose',
        message: `You serve ${output.label} (${quote(describeRow(row))}) at ${quote(verdict.clause)} (${yours}), but it must be at most ${need} old: at ${yours} this consumer cannot do its job, so the output does not serve it.`,
        neutral: `You serve ${quote(describeRow(row))} at ${quote(verdict.clause)} (${yours}), far looser than this consumer needs: check how fresh it must be.`,
        refs,
      });
      return;
    case 'misplaced':
      lose(tally, 'wrong', OUTPUT_POINTS, {
        code: 'design.output-freshness-misplaced',
        message: `You serve ${output.label} (${quote(describeRow(row))}) at ${quote(verdict.clause)} (${yours}), but it needs results only ${need} old: that is another consumer's requirement. Give each consumer the freshness it needs, and serve it from a store built for that.`,
        neutral: `You serve ${quote(describeRow(row))} at ${quote(verdict.clause)} (${yours}), far stricter than this consumer needs: check which freshness belongs to which consumer.`,
        refs,
      });
      return;
    case 'over-fresh':
      earnOverFresh(tally, output, row, verdict);
      return;
    case 'denied':
      lose(tally, 'wrong', OUTPUT_POINTS, {
        code: 'design.output-freshness-denied',
        message: `You wrote ${quote(verdict.clause)}, but ${output.label} must be at most ${need} old: the freshness you rule out is the one this consumer needs, so the output you list does not serve it.`,
        neutral: `You wrote ${quote(verdict.clause)}: check how fresh ${quote(describeRow(row))} must be; you rule out the freshness it may need.`,
        refs,
      });
      return;
    default:
      assertNever(verdict.kind, 'output freshness verdict');
  }
}

/** The freshness needs (seconds) of the case's consumers and use cases other than `output` and its use case, and the case's freshest need. */
function otherNeeds(design: DesignRubric, output: RubricOutput): number[] {
  const needs: number[] = [];
  for (const other of design.outputs) if (other.id !== output.id && other.freshnessSeconds !== undefined) needs.push(other.freshnessSeconds);
  for (const useCase of design.useCases ?? []) if (useCase.id !== output.useCase && useCase.freshnessSeconds !== undefined) needs.push(useCase.freshnessSeconds);
  // The case's freshest need belongs to some consumer too (overBuilt in output-freshness.ts compares with every need).
  if (design.freshnessSeconds !== undefined) needs.push(design.freshnessSeconds);
  return needs;
}

/**
 * Whether a freshness (seconds) promised to one consumer would meet another's need (within SLA_LOOSE_TOLERANCE;
 * `needs`: the other consumers' and use cases' needs in seconds): "2 minutes" or "every second" for the quality
 * dashboards of a case whose census needs 2 minutes is the census's requirement handed to the wrong consumer;
 * "7 minutes" meets no one's.
 */
function isOtherNeed(seconds: number, needs: readonly number[]): boolean {
  return needs.some((need) => seconds <= need * SLA_LOOSE_TOLERANCE);
}

/** From this freshness on (a day) a consumer is served by a scheduled batch job: its results come once the day is complete. */
export const BATCH_OUTPUT_SECONDS = 86_400;
/** The share of an output's points kept when a design that streams everything serves it from the stream though it needs only daily results. */
export const STREAMED_NEEDLESSLY_SHARE = 1 / 2;

/**
 * Whether the chosen style serves a batch-only consumer from a stream: streaming alone, in a case
 * whose design calls for a batch side, for a consumer that needs results only a day old (a nightly
 * finance report, a monthly board pack). Such a consumer reads complete, reconciled days; an
 * always-on job to compute them costs more, and a restatement means replaying the stream.
 */
function streamedNeedlessly(design: DesignRubric, output: RubricOutput, style: ProcessingStyle | ''): boolean {
  return style === 'streaming' && requiredStyle(design) !== 'streaming' && output.freshnessSeconds !== undefined && output.freshnessSeconds >= BATCH_OUTPUT_SECONDS;
}

function earnStreamedNeedlessly(tally: Tally, output: RubricOutput, row: DesignOutput, named: Parameters<typeof earn>[2]): void {
  const earned = OUTPUT_POINTS * STREAMED_NEEDLESSLY_SHARE;
  earn(tally, earned, named);
  lose(tally, 'wrong', OUTPUT_POINTS - earned, {
    code: 'design.output-streamed-needlessly',
    message: `You stream everything, so ${output.label} (${quote(describeRow(row))}) comes from an always-on job, but it needs results only ${formatDuration(output.freshnessSeconds ?? BATCH_OUTPUT_SECONDS)} old: complete, reconciled days are cheaper and simpler from a scheduled batch, and restating one means a re-run, not replaying the stream.`,
    neutral: `You stream everything, including ${quote(describeRow(row))}: check how fresh this consumer needs its results, and whether a scheduled batch serves it more cheaply.`,
    refs: [output.id],
  });
}

/**
 * Whether a row names its reader in words that are none of the case's consumers and serves it per request
 * (lib/text/request-serving.ts), while only its store's words name `id`, an output the case keeps as history read in
 * bulk: "web shop / recommendation API + online feature store" is a product feature the case does not have, not the
 * historical datasets data science trains on, whatever synonyms ("feature store", "recommendations") the store shares.
 */
function servedToOtherReader(outputs: readonly RubricOutput[], id: string, row: DesignOutput): boolean {
  const output = outputs.find((candidate) => candidate.id === id);
  if (!output || output.freshnessSeconds !== undefined || row.consumer.trim() === '') return false;
  return servesPerRequest(row.store) && isHistoryProduct(output.label);
}

/** A list of this many items or more naming several consumers lumps them into one row. */
const LUMPED_ITEMS = 3;

/**
 * Whether a consumer field lists several of the case's consumers in one row ("BI, ML, ops,
 * leadership"): a list of three or more items naming at least two outputs names readers without
 * saying what any of them reads.
 */
function lumpsConsumers(index: DesignIndex, consumer: string): boolean {
  return consumer.split(/[,;/]/).filter((item) => item.trim() !== '').length >= LUMPED_ITEMS && namedIds(index.outputs, consumer).length >= 2;
}

/**
 * How many consumers with a freshness need the rows serve, and how many of them are served wrongly;
 * `unfed` maps each output listed from a store or at a freshness that cannot meet its need (see
 * unfitStore and output-freshness.ts) to the learner's row, as written; `sound` holds the outputs
 * served from a store and at a freshness that meet their need (whatever their wording earned).
 */
export type OutputsServed = {
  timedListed: number;
  timedWrong: number;
  unfed: Map<string, string>;
  sound: Set<string>;
  /** The first row served straight from a source's own transactional database, in the learner's words (see sourceDatabase). */
  sourceRead?: string;
  /** The case's outputs no row serves at all (no row names them, rightly or wrongly), by id. */
  missing?: ReadonlySet<string>;
  /** The rows handing an output to the business's own product (its customers, pages or marketing tools), as written. */
  productRead?: readonly string[];
};

/** A row that hands one consumer what another consumer of the case reads: "Finance / fraud scores on a daily dashboard". */
type MisservedRow = { row: DesignOutput; servedId: string };

/**
 * What a row's store says is served, as the case's outputs it names, leaving out words that only name
 * the medium ("dashboard", "Grafana"): "fraud scores on a daily dashboard" serves the fraud scores.
 */
function servedIds(index: DesignIndex, store: string): string[] {
  const ids: string[] = [];
  for (const found of mentions(index.outputs, store)) if (!found.negated && !isServingMedium(found.verbatim) && !ids.includes(found.id)) ids.push(found.id);
  return ids;
}

/** Whether two outputs' freshness needs are so far apart (seconds against a day) that one store cannot be both. */
function apart(outputs: readonly RubricOutput[], one: string, other: string): boolean {
  const need = (id: string) => outputs.find((output) => output.id === id)?.freshnessSeconds;
  const [a, b] = [need(one), need(other)];
  if (a === undefined || b === undefined) return false;
  return Math.max(a, b) >= Math.min(a, b) * SLA_MISPLACED_FACTOR;
}

/**
 * Reads a row as a claim (who reads, and what they are given): a consumer naming one output of the
 * case while the store names only what another output serves, and the two need freshness a hundred
 * times apart ("Authorisation switch / reconciliation report", "Finance / fraud scores"), gives that
 * consumer the wrong thing, so it serves neither. Outputs without a freshness need are not compared:
 * an online feature store behind the fraud score API is infrastructure, not another consumer's data.
 */
function misserved(index: DesignIndex, outputs: readonly RubricOutput[], row: DesignOutput): MisservedRow | undefined {
  if (row.consumer === '' || row.store === '') return undefined;
  const [reader] = namedIds(index.outputs, row.consumer);
  const served = servedIds(index, row.store);
  const [servedId] = served;
  if (reader === undefined || servedId === undefined || served.includes(reader) || !apart(outputs, reader, servedId)) return undefined;
  return { row, servedId };
}

/**
 * Each required output named by a row (one output per row); extra outputs earn nothing and cost
 * nothing. An output promised a freshness that cannot serve its consumer (see output-freshness.ts)
 * earns nothing either. Returns how many consumers with a freshness need were served, and wrongly. An output the rubric says must be minutes old, served from an archive or a batch-filled
 * store ("ops inventory / S3 Glacier archive"), earns nothing, with a finding quoting the store.
 */
export function scoreOutputs(tally: Tally, rows: readonly DesignOutput[], rubric: DesignCase, sla = '', style: ProcessingStyle | '' = '', inputs: readonly DesignInput[] = []): OutputsServed {
  const { outputs } = rubric.steps.design;
  const index = getDesignIndex(rubric);
  const matcher = index.outputs;
  const firstRow = new Map<string, DesignOutput>();
  const wrongContent = new Map<string, MisservedRow>();
  const unknown: string[] = [];
  const tools: string[] = [];
  const productRead: string[] = [];
  const brief = briefOf(rubric);
  for (const row of rows) {
    if (row.consumer === '' && row.store === '') continue;
    // "Nobody was looking / a screen next to each machine": the brief read back names no reader.
    if (restatesBrief(describeRow(row), brief)) {
      unknown.push(describeRow(row));
      continue;
    }
    // "Shoppers / inventory table served by an API": the shop's own customers or tools, not a consumer of the case,
    // whatever of the case's words the store shares (lib/text/product-reader.ts).
    if (namesProductReader(row.consumer)) {
      unknown.push(describeRow(row));
      productRead.push(describeRow(row));
      continue;
    }
    const claim = misserved(index, outputs, row);
    if (claim) {
      const readerId = rowId(matcher, row.consumer);
      if (readerId !== undefined && !wrongContent.has(readerId)) wrongContent.set(readerId, claim);
      continue;
    }
    // The consumer says what the output is; the store only when the consumer names nothing ("Analysts" / "Tableau"),
    // and not when the store only lists tools ("Stakeholders" / "S3, Iceberg, Grafana"): that names no reader.
    const consumerId = rowId(matcher, row.consumer);
    if (consumerId === undefined && isToolList(row.store)) {
      tools.push(describeRow(row));
      continue;
    }
    const id = consumerId ?? rowId(matcher, row.store);
    if (id !== undefined && consumerId === undefined && servedToOtherReader(outputs, id, row)) {
      unknown.push(describeRow(row));
      continue;
    }
    if (id === undefined) unknown.push(describeRow(row));
    else if (!firstRow.has(id)) firstRow.set(id, row);
  }

  const storeless: string[] = [];
  const placeless: { id: string; label: string; row: string; lost: number }[] = [];
  const timed = { listed: 0, wrong: 0 };
  const unfed = new Map<string, string>();
  const sound = new Set<string>();
  const missing = new Set<string>();
  let sourceRead: { output: RubricOutput; store: string } | undefined;
  const overFresh: { output: RubricOutput; row: DesignOutput; verdict: OutputFreshnessVerdict }[] = [];
  for (const output of outputs) {
    const row = firstRow.get(output.id);
    const wrong = wrongContent.get(output.id);
    if (output.freshnessSeconds !== undefined && (row || wrong)) timed.listed += 1;
    const wrongTimed = () => {
      if (output.freshnessSeconds !== undefined) timed.wrong += 1;
    };
    if (!row && wrong) {
      wrongTimed();
      const served = outputs.find((candidate) => candidate.id === wrong.servedId);
      lose(tally, 'wrong', OUTPUT_POINTS, {
        code: 'design.output-wrong-content',
        message: `You give ${quote(wrong.row.consumer)} ${quote(wrong.row.store)}: that is ${served?.label ?? 'another consumer\'s output'}, not what this consumer reads (${output.label}). Serve each consumer what it needs, from a store built for how it reads.`,
        neutral: `You give ${quote(wrong.row.consumer)} ${quote(wrong.row.store)}: check that each consumer is served what it needs.`,
        refs: [output.id, wrong.servedId],
      });
      continue;
    }
    if (!row) {
      missing.add(output.id);
      lose(tally, 'missing', OUTPUT_POINTS, {
        code: 'design.output-missing',
        message: `No output serves ${output.label}: one of the consumers of this case would have nothing to read.`,
        neutral: 'Your outputs do not serve one of the consumers of this case yet.',
        refs: [output.id],
      });
      continue;
    }
    const source = sourceDatabase(index, row, inputs);
    if (source !== undefined) sourceRead ??= { output, store: source };
    const unfit = source !== undefined ? `that is the source's own transactional database: reads for ${output.label.toLowerCase()} compete with the business's writes for locks and I/O, and a slow query slows the system it runs on` : unfitStore(index, output, row);
    if (unfit !== undefined) {
      wrongTimed();
      // A source's database answers, just at the cost of its writes: the SLA is not undelivered by it.
      if (source === undefined) unfed.set(output.id, describeRow(row));
      lose(tally, 'wrong', OUTPUT_POINTS, {
        code: 'design.output-store-unfit',
        message: `You serve ${output.label} from ${quote(row.store)}, but ${unfit}. Serve it from a store built for how this consumer reads.`,
        neutral: `You serve ${quote(describeRow(row))} from a store that does not fit how this consumer reads: check how fresh it must be and what it queries.`,
        refs: [output.id],
      });
      continue;
    }
    const verdict = judgeOutputFreshness(index, output, row, sla, otherNeeds(rubric.steps.design, output));
    if (verdict?.kind === 'over-fresh') {
      // Judged once every consumer is: over-built when no consumer is left too stale, else a freshness given to the wrong one.
      overFresh.push({ output, row, verdict });
      continue;
    }
    if (verdict) {
      // A freshness stricter than this consumer needs still serves it: it counts as misserving only when it is another
      // consumer's need handed over (a swap), not a wrong figure of the learner's own ("within 7 minutes" where the case
      // asks for a day and another consumer for 2 minutes).
      if (verdict.kind !== 'misplaced' || isOtherNeed(verdict.seconds, otherNeeds(rubric.steps.design, output))) wrongTimed();
      if (verdict.kind !== 'misplaced') unfed.set(output.id, describeRow(row));
      loseFreshness(tally, output, row, verdict);
      continue;
    }
    sound.add(output.id);
    const named = { code: 'design.output-named', message: `Named the output ${output.label} as ${quote(describeRow(row))}.`, refs: [output.id] };
    if (isKeywordRun(row.consumer, ROW_RUN_WORDS) || lumpsConsumers(index, row.consumer)) earnFromKeywords(tally, OUTPUT_POINTS, named, row.consumer);
    else if (streamedNeedlessly(rubric.steps.design, output, style)) earnStreamedNeedlessly(tally, output, row, named);
    else if (!namesServingPlace(describeRow(row))) {
      // "ops / inventory": the reader without where they read it.
      const earned = OUTPUT_POINTS * STORELESS_OUTPUT_SHARE;
      earn(tally, earned, named);
      placeless.push({ id: output.id, label: output.label, row: describeRow(row), lost: OUTPUT_POINTS - earned });
      continue;
    } else earn(tally, OUTPUT_POINTS, named);
    if (row.store === '') storeless.push(output.id);
  }

  // Fresher than anyone asked, with every other timed consumer served: over-built, at a cost. Beside a consumer served
  // wrongly (too stale, from a store too slow for it), it is the freshness that consumer needed, given to another:
  // misplaced, as two swapped SLAs are.
  const stale = timed.wrong > 0;
  for (const { output, row, verdict } of overFresh) {
    if (stale) {
      timed.wrong += 1;
      loseFreshness(tally, output, row, { ...verdict, kind: 'misplaced' });
    } else {
      sound.add(output.id);
      earnOverFresh(tally, output, row, verdict);
    }
  }

  if (placeless.length > 0) {
    lose(tally, 'missing', placeless.reduce((sum, item) => sum + item.lost, 0), {
      code: 'design.output-store-missing',
      message: `${placeless.map((item) => `${quote(item.row)} (${item.label})`).join(', ')} ${placeless.length === 1 ? 'names' : 'name'} who reads, not where: say the store or medium each is served from (a warehouse mart, a key-value store, an API, files in the lake). The store decides how fresh and how fast the reads can be.`,
      neutral: 'Some outputs name a reader but not where it reads: say the store or medium each is served from.',
      refs: placeless.map((item) => item.id),
    });
  }

  if (sourceRead) {
    lose(tally, 'wrong', SOURCE_DATABASE_POINTS, {
      code: 'design.reads-source-database',
      message: `You serve ${sourceRead.output.label} straight from ${quote(sourceRead.store)}, the database the business writes to: a known anti-pattern, because every read competes with the transactions it exists for. Capture its changes (CDC) and serve readers from a store built for them.`,
      neutral: `You serve ${quote(sourceRead.store)} straight from a source's own database: serve readers from a copy built for them.`,
      refs: [sourceRead.output.id],
    });
  }
  if (storeless.length > 0) {
    const labels = outputs.filter((output) => storeless.includes(output.id)).map((output) => output.label);
    hint(tally, {
      code: 'design.output-store-missing',
      message: `Say where ${labels.join(', ')} ${labels.length === 1 ? 'is' : 'are'} served from (a warehouse, a key-value store, files in the lake): consumers read a store, not the pipeline.`,
      refs: storeless,
    });
  }
  if (tools.length > 0) {
    hint(tally, {
      code: 'design.output-tool-list',
      message: `${tools.slice(0, 5).map(quote).join(', ')} names no reader and only lists tools: an output is who reads what, from which store ("finance / daily marts in the warehouse").`,
    });
  }
  if (unknown.length > 1) {
    // Several outputs the case does not have are a design built for another business: each past the first costs.
    const charged = Math.min(unknown.length - 1, EXTRA_OUTPUTS_MAX);
    lose(tally, 'wrong', charged * EXTRA_OUTPUT_POINTS, {
      code: 'design.output-unknown',
      message: `Not outputs this case asks for: ${unknown.slice(0, 5).map(quote).join(', ')}. One extra is an aside; ${unknown.length} are effort and complexity the business did not ask for. Serve the consumers the case names and drop the rest.`,
      neutral: `${unknown.length} outputs serve consumers this case does not have.`,
    });
  } else if (unknown.length > 0) {
    hint(tally, {
      code: 'design.output-unknown',
      message: `Not an output this case asks for: ${unknown.slice(0, 5).map(quote).join(', ')}. Fine as an extra, but serve the consumers the case names first.`,
    });
  }
  return { timedListed: timed.listed, timedWrong: timed.wrong, unfed, sound, missing, productRead, ...(sourceRead ? { sourceRead: sourceRead.store } : {}) };
}
