import type { DesignInput, InputMode } from './design-answer-schema';
import { briefOf, getDesignIndex, namedIds } from './design-index';
import type { DesignCase, DesignRubric } from './design-index';
import { restatesBrief } from '../text/brief-echo';
import { isKeywordRun } from '../text/keyword-run';
import { isLoneTool, isToolList } from '../text/tool-list';
import { readInputRow } from './read-input-row';
import type { MisattributedRow } from './read-input-row';
import { earn, earnFromKeywords, hint, lose, quote } from './tally';
import type { Tally } from './tally';

/** Points for naming a required input, and for giving it the mode the case's facts imply. */
export const INPUT_POINTS = 10;
export const MODE_POINTS = 5;
/**
 * What an input row loses when it is only the source's name in a word or two, with no format and no rate ("postgres",
 * "clicks"): the interviewer hears the right noun but nothing about how it arrives or how much of it there is.
 */
export const BARE_INPUT_POINTS = 3;
/** A name of this many words or fewer, with no format and no rate, is a bare row. */
export const BARE_NAME_WORDS = 3;

/** Whether an input row is only a short name: no format, no rate, and at most BARE_NAME_WORDS words. */
const isBareRow = (row: DesignInput): boolean =>
  row.format.trim() === '' && row.rate.trim() === '' && row.name.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length <= BARE_NAME_WORDS;
/** A row name of this many words with no function word lumps several sources into one row. */
export const ROW_RUN_WORDS = 8;

type RubricInput = DesignRubric['inputs'][number];

// Generic reasons for cases whose rubric does not say why a source is batch or stream.
const DEFAULT_WHY: Record<InputMode, string> = {
  stream: 'Its records are produced continuously; loading them in batches makes every result at least as old as the last load.',
  batch: 'Its data lands all at once on a schedule, so a stream adds moving parts without making anything fresher; a scheduled batch load fits it.',
};

const modeWord = (mode: InputMode) => (mode === 'stream' ? 'a stream' : 'a batch');

function scoreMode(tally: Tally, input: RubricInput, row: DesignInput): void {
  const refs = [input.id];
  const why = input.why ?? DEFAULT_WHY[input.mode];
  if (row.mode === '') {
    lose(tally, 'missing', MODE_POINTS, {
      code: 'design.input-mode-missing',
      message: `Say whether data from ${input.label} (${quote(row.name)}) arrives in batch or as a stream: the mode decides how it is ingested. ${why}`,
      neutral: `Say whether data from ${quote(row.name)} arrives in batch or as a stream: the mode decides how it is ingested.`,
      refs,
    });
  } else if (row.mode === input.mode) {
    earn(tally, MODE_POINTS, { code: 'design.input-mode-right', message: `${input.label}: ${modeWord(input.mode)} source, as you said.`, refs });
  } else {
    lose(tally, 'wrong', MODE_POINTS, {
      code: 'design.input-mode-wrong',
      message: `${input.label}: ${modeWord(input.mode)} source, but you declared it ${row.mode}. ${why}`,
      neutral: `You declared ${quote(row.name)} ${row.mode}: check how this data actually arrives, because the mode decides how it is ingested.`,
      refs,
    });
  }
}

/**
 * The share of a source's naming points earned when a source that only arrives in batches is
 * declared a stream: files that land once a day cannot be streamed, so the pipeline drawn for them
 * does not exist and half of what naming the source is worth is lost. (Batching a stream source is a
 * coherent if stale choice, graded by its mode, the SLA and the style.)
 */
export const WRONG_WAY_INPUT_SHARE = 1 / 2;

function earnWrongWay(tally: Tally, input: RubricInput, row: DesignInput, named: Parameters<typeof earn>[2]): void {
  const earned = INPUT_POINTS * WRONG_WAY_INPUT_SHARE;
  earn(tally, earned, named);
  lose(tally, 'wrong', INPUT_POINTS - earned, {
    code: 'design.input-wrong-way',
    message: `You would stream ${quote(row.name)}, but ${input.label} only arrive in batches: there is nothing to stream between deliveries, so the streaming pipeline you describe for it cannot exist.`,
    neutral: `You would stream ${quote(row.name)}: check how it arrives, because a source delivered in batches cannot be streamed.`,
    refs: [input.id],
  });
}

/** A row that says the input comes the way another source does earns nothing for either, with the learner's words quoted. */
function loseMisattributed(tally: Tally, input: RubricInput, row: DesignInput, claim: MisattributedRow, inputs: readonly RubricInput[]): void {
  const other = inputs.find((candidate) => candidate.id === claim.sourceId);
  lose(tally, 'wrong', INPUT_POINTS + MODE_POINTS, {
    code: 'design.input-wrong-source',
    message: `You wrote ${quote(row.name)}: ${quote(claim.source)} is how ${other?.label ?? 'another source'} arrives, not ${input.label}. ${input.why ?? DEFAULT_WHY[input.mode]}`,
    neutral: `You wrote ${quote(row.name)}: check where this data really comes from and how it is read; it names another source's way in.`,
    refs: [input.id, claim.sourceId],
  });
}

/**
 * Each required input named (by label, id or synonym) and its batch/stream mode. A row stands for
 * one source; the first row that names an input is the one graded, so listing a source twice with
 * both modes gains nothing. A row that says its input comes the way another one does
 * ("clickstream via CDC from PostgreSQL") stands for neither and costs the input it names; a row that
 * only names tools ("Kafka, MQTT, Flink", "Debezium") or reads a sentence of the brief back stands for no source.
 */
export function scoreInputs(tally: Tally, rows: readonly DesignInput[], rubric: DesignCase): void {
  const { inputs } = rubric.steps.design;
  const matcher = getDesignIndex(rubric).inputs;
  const firstRow = new Map<string, DesignInput>();
  const misattributed = new Map<string, { row: DesignInput; claim: MisattributedRow }>();
  const unknown: string[] = [];
  const tools: string[] = [];
  const echoes: string[] = [];
  const brief = briefOf(rubric);
  for (const row of rows) {
    if (row.name === '') continue;
    // "Kafka, Spark, Flink" and "Debezium" name how data moves, not which data: they stand for no source.
    if (isToolList(row.name) || isLoneTool(row.name)) {
      tools.push(row.name);
      continue;
    }
    // "About 2,500 CNC mills, lathes and presses": a sentence of the brief read back names no data.
    if (restatesBrief(row.name, brief)) {
      echoes.push(row.name);
      continue;
    }
    const { id, misattributed: claim } = readInputRow(matcher, row.name);
    if (claim) {
      if (!misattributed.has(claim.headId)) misattributed.set(claim.headId, { row, claim });
    } else if (id === undefined) unknown.push(row.name);
    else if (!firstRow.has(id)) firstRow.set(id, row);
  }

  const undetailed: string[] = [];
  const bare: string[] = [];
  for (const input of inputs) {
    const row = firstRow.get(input.id);
    const wrong = misattributed.get(input.id);
    if (!row && wrong) {
      loseMisattributed(tally, input, wrong.row, wrong.claim, inputs);
      continue;
    }
    if (!row) {
      lose(tally, 'missing', INPUT_POINTS + MODE_POINTS, {
        code: 'design.input-missing',
        message: `No input names ${input.label}, ${modeWord(input.mode)} source of this case. ${input.why ?? DEFAULT_WHY[input.mode]}`,
        neutral: 'Your inputs do not cover one of the sources of this case yet.',
        refs: [input.id],
      });
      continue;
    }
    const named = { code: 'design.input-named', message: `Named the input ${input.label} as ${quote(row.name)}.`, refs: [input.id] };
    if (isKeywordRun(row.name, ROW_RUN_WORDS)) earnFromKeywords(tally, INPUT_POINTS, named, row.name);
    else if (row.mode === 'stream' && input.mode === 'batch') earnWrongWay(tally, input, row, named);
    else if (isBareRow(row)) {
      earn(tally, INPUT_POINTS - BARE_INPUT_POINTS, named);
      bare.push(input.id);
    } else earn(tally, INPUT_POINTS, named);
    scoreMode(tally, input, row);
    if (row.format === '' || row.rate === '') undetailed.push(input.id);
  }

  if (undetailed.length > 0) {
    const labels = inputs.filter((input) => undetailed.includes(input.id)).map((input) => input.label);
    const detail = {
      code: 'design.input-details',
      message: `Give the format and rate of ${labels.join(', ')}: JSON or rows, files or events, and how many a second or a day size the ingestion.`,
      refs: undetailed,
    };
    // A source named in a word or two with no format and no rate ("postgres", "driver pings") is the case's noun, not a
    // design of its ingestion: part of its name's points wait for the details.
    if (bare.length > 0) lose(tally, 'missing', bare.length * BARE_INPUT_POINTS, detail);
    else hint(tally, detail);
  }
  if (tools.length > 0) {
    hint(tally, {
      code: 'design.input-tool-list',
      message: `${tools.slice(0, 5).map(quote).join(', ')} ${tools.length === 1 ? 'names' : 'name'} tools, not sources: an input is the data that arrives (orders from the shop database, sensor readings from the gateways). Name the data, then the tool that reads it.`,
    });
  }
  if (echoes.length > 0) {
    hint(tally, {
      code: 'design.input-brief-echo',
      message: `${echoes.slice(0, 3).map(quote).join(', ')} ${echoes.length === 1 ? 'reads' : 'read'} the brief back rather than naming a source: an input is the data that arrives and how (sensor readings streamed from the gateways, a nightly CSV export). Say it in your own words.`,
    });
  }
  // "OEE dashboards for plant managers" in the inputs field: what the business reads, written where the sources belong.
  // It earns no input (it names none); the learner is told which field it belongs in.
  const index = getDesignIndex(rubric);
  const outputsHere = unknown.filter((name) => namedIds(index.outputs, name).length > 0);
  if (outputsHere.length > 0) {
    const labels = [...new Set(outputsHere.flatMap((name) => namedIds(index.outputs, name)))].map((id) => rubric.steps.design.outputs.find((output) => output.id === id)?.label ?? id);
    hint(tally, {
      code: 'design.input-is-output',
      message: `${outputsHere.slice(0, 5).map(quote).join(', ')} ${outputsHere.length === 1 ? 'is' : 'are'} in your inputs, but ${outputsHere.length === 1 ? 'it names' : 'they name'} what this case serves (${labels.join(', ')}), not a source: nothing is credited as an input for ${outputsHere.length === 1 ? 'it' : 'them'}. Put what the business reads in the outputs, and in the inputs the data that arrives (which system, how, how much).`,
      refs: [...new Set(outputsHere.flatMap((name) => namedIds(index.outputs, name)))],
    });
  }
  const otherUnknown = unknown.filter((name) => !outputsHere.includes(name));
  if (otherUnknown.length > 0) {
    hint(tally, {
      code: 'design.input-unknown',
      message: `Not an input this case expects: ${otherUnknown.slice(0, 5).map(quote).join(', ')}. Fine if you can say what it feeds; otherwise leave it out.`,
    });
  }
}
