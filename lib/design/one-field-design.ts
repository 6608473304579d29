import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { labelledSections, pointsElsewhere } from '../text/labelled-sections';
import type { DesignAnswer, DesignInput, DesignOutput, InputMode, ProcessingStyle } from './design-answer-schema';
import { mentions } from './design-index';
import type { DesignIndex } from './design-index';

/** The parts of a design a learner may write under their own headings in one field. */
type Part = 'inputs' | 'useCase' | 'sla' | 'outputs' | 'style' | 'reason';

/** Heading words naming each part ("Inputs:", "Use cases and SLAs:", "Processing:", "Why:"). */
const PART_HEADINGS: Readonly<Record<Part, readonly string[]>> = {
  inputs: ['input', 'inputs', 'source', 'sources', 'ingestion'],
  useCase: ['use', 'usecase', 'usecases', 'goal', 'goals'],
  sla: ['sla', 'slas', 'freshness', 'latency', 'deadlines'],
  outputs: ['output', 'outputs', 'consumer', 'consumers', 'serving', 'readers'],
  style: ['processing', 'style', 'mode'],
  reason: ['why', 'reason', 'reasons', 'reasoning', 'rationale'],
};

/** Headings for this many distinct parts make one field a whole design written in the wrong place. */
export const MIN_PARTS_IN_ONE_FIELD = 3;

/**
 * What writing the whole design into one field costs: an interviewer reads past the layout but has to dig for each
 * part (golden round 19: a right design in the use-case field, the other fields "see above", signed 76 where the same
 * design in its fields earns the mid 80s).
 */
export const ONE_FIELD_DESIGN_CHARGE = 10;

/** A form field's stretch of prose of its own: not blank and not a pointer to another field ("see above"). */
const blank = (text: string) => text.trim() === '' || pointsElsewhere(text);

/** A list cut at commas and semicolons that stand outside brackets: "Postgres via CDC (orders, payments), clickstream". */
function topLevelItems(text: string, cuts: RegExp): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '(' || char === '[') depth += 1;
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    else if (depth === 0 && cuts.test(char) && !/\d/.test(text[i + 1] ?? '')) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.trim().replace(/^(?:and|or)\s+/i, '').replace(/[.]+$/, '').trim()).filter((item) => item !== '');
}

/** The first sentence of a section (its list) and the rest (prose about it). */
function firstSentence(text: string): [string, string] {
  const end = /[.!?](?:\s|$)/.exec(text);
  return end ? [text.slice(0, end.index), text.slice(end.index + 1).trim()] : [text, ''];
}

/** A source row from a listed item, its mode the one mode its words name (none when they name both or neither). */
function inputRow(item: string, index: DesignIndex): DesignInput {
  const modes = new Set(mentions(index.modes, item).filter((mention) => !mention.negated).map((mention) => mention.id));
  const mode: InputMode | '' = modes.size === 1 ? ([...modes][0] ?? '') : '';
  return { name: item, mode, format: '', rate: '' };
}

// Where a listed output turns from its reader to what they read: "analysts on the warehouse", "ops read the inventory table".
const READS = /\s(?:on|from|via|through|in|reads?|reading|use|uses|using|get|gets|query|queries)\s/i;

function outputRow(item: string): DesignOutput {
  const turn = READS.exec(item);
  if (!turn) return { consumer: item, store: item };
  return { consumer: item.slice(0, turn.index).trim(), store: item.slice(turn.index + turn[0].length).trim() };
}

function styleOf(text: string): ProcessingStyle | '' {
  const lower = text.toLowerCase();
  const both = /\bboth\b|\blambda\b|\bhybrid\b/.test(lower);
  const stream = /\bstream(?:s|ing)?\b/.test(lower);
  const batch = /\bbatch\b/.test(lower);
  if (both || (stream && batch)) return 'both';
  if (stream) return 'streaming';
  return batch ? 'batch' : '';
}

/** A design spread back over its fields, and the field it was all written in (undefined when the answer is as typed). */
export type SpreadDesign = { answer: DesignAnswer; from?: 'use case' | 'SLA' | 'reason' };

/**
 * A design written whole into one prose field under the learner's own headings ("Inputs: ... Use cases and SLAs: ...
 * Outputs: ... Processing: both. Why: ...") while the fields it names are blank or point at it ("see above"): read as an
 * interviewer reads it, each part from its section. Only blank fields are filled (a field the learner wrote keeps their
 * words): source rows from the first sentence of the inputs section, each item's mode from the mode its words name;
 * output rows from the outputs section, reader before "on"/"from"/"reads" and store after; the style from the
 * processing section, else from the modes the why section argues for; the reason from the why section and the prose after the source list. A field with headings for
 * fewer than MIN_PARTS_IN_ONE_FIELD parts, or whose parts are all written in their own fields, is left as typed. Pure.
 */
export function spreadOneFieldDesign(answer: DesignAnswer, index: DesignIndex): SpreadDesign {
  const fields = [
    { name: 'use case' as const, text: answer.useCase },
    { name: 'SLA' as const, text: answer.sla },
    { name: 'reason' as const, text: answer.reason },
  ];
  const rowsBlank = (rows: readonly object[]) => rows.every((row) => Object.values(row).every((value) => typeof value !== 'string' || blank(value)));
  const empty: Record<Part, boolean> = {
    inputs: rowsBlank(answer.inputs),
    useCase: blank(answer.useCase),
    sla: blank(answer.sla),
    outputs: rowsBlank(answer.outputs),
    style: answer.processingStyle === '',
    reason: blank(answer.reason),
  };
  for (const field of fields) {
    const sections = labelledSections(field.text, PART_HEADINGS);
    const parts = new Set(sections.flatMap((section) => section.ids));
    if (parts.size < MIN_PARTS_IN_ONE_FIELD) continue;
    const elsewhere = [...parts].filter((part) => empty[part] || (part === 'useCase' && field.name === 'use case') || (part === 'sla' && field.name === 'SLA') || (part === 'reason' && field.name === 'reason'));
    if ([...parts].filter((part) => empty[part]).length < 2 || elsewhere.length < MIN_PARTS_IN_ONE_FIELD) continue;
    const bodies = (part: Part) => sections.filter((section) => section.ids.includes(part)).map((section) => section.body);
    const lead = sections.filter((section) => section.ids.length === 0).map((section) => section.body);
    const [inputList, inputProse] = firstSentence(bodies('inputs').join(' '));
    const spread: DesignAnswer = { ...answer };
    const own = (part: Part, fieldName: SpreadDesign['from']) => empty[part] || field.name === fieldName;
    if (empty.inputs && inputList !== '') spread.inputs = topLevelItems(inputList, /[,;]/).map((item) => inputRow(item, index));
    if (empty.outputs && bodies('outputs').length > 0) {
      const text = bodies('outputs').join('; ');
      const items = topLevelItems(text, /;/);
      spread.outputs = (items.length > 1 ? items : topLevelItems(text, /[,;]/)).map(outputRow);
    }
    // No processing heading: the style the reason argues for ("the census streams ...; claims are daily batch").
    if (empty.style) spread.processingStyle = styleOf(bodies('style').join(' ')) || styleOf(bodies('reason').join(' '));
    if (own('useCase', 'use case')) spread.useCase = [...lead, ...bodies('useCase')].join(' ').trim();
    if (own('sla', 'SLA')) spread.sla = bodies('sla').join(' ').trim();
    if (own('reason', 'reason')) spread.reason = [...bodies('reason'), inputProse].join(' ').trim();
    return { answer: spread, from: field.name };
  }
  return { answer };
}

/** The design scored ONE_FIELD_DESIGN_CHARGE lower when it was written whole into one field, with a finding saying so. */
export function chargeOneField(result: StepResult, from: SpreadDesign['from']): StepResult {
  if (from === undefined) return result;
  return capScore(result, Math.max(0, result.score - ONE_FIELD_DESIGN_CHARGE), () => ({
    code: 'design.one-field-design',
    severity: 'missing',
    message: `You wrote the whole design into the ${from} field under your own headings, so it was read from there, ${ONE_FIELD_DESIGN_CHARGE} points off: put each part in its field (sources as rows with their mode, the SLA on its own, outputs as reader and store) so the interviewer does not have to dig for it.`,
  }));
}
