import { digitGroupingOf, readGroupedDigits } from '../text/digit-grouping';
import { compileExpression } from './compile-expression';
import type { UnitUsage } from './compile-expression';
import { formatQuantity } from './format-quantity';
import { nameError, readRowName } from './names';
import { safeMath } from './safe-math';
import { perDayNote, perDaySymbols } from './per-day-rows';
import { readAsPeriod, readAsSizePerEvent } from './simplify-value';
import { suggestForUnknown } from './suggest-name';
import type { MathNode, Unit } from 'mathjs';
import type { EstimateValue } from './value-dimension';
import { valueDimension } from './value-dimension';
import { MAX_ROWS } from './worksheet-schema';
import type { EvaluatedRow, WorksheetRow } from './worksheet-schema';

/** Named values the worksheet may use, name -> expression: the revealed facts' `values`. */
export type AvailableValues = Readonly<Record<string, string>>;

export interface EvaluateOptions {
  /** Fact value names the learner has not uncovered yet, so using one says "ask in step 1" instead of "unknown". */
  lockedNames?: Iterable<string>;
}

/** A row with what grading needs beyond what the UI shows. */
export interface DetailedRow extends EvaluatedRow {
  /** The name later rows use: the trimmed name, or the snake_case identifier of a name in words; '' for scratch rows. */
  key: string;
  /** The name as the learner wrote it, trimmed: what findings quote. */
  label: string;
  raw?: EstimateValue;
  /** Unit habits of this row and every row or fact it uses. */
  usage: UnitUsage;
  /** Number literals of this row and every row or fact it uses. */
  constants: readonly number[];
  /** Readings worth a second look (multipliers, separators, a unit read over a period). */
  notes: readonly string[];
  /** The checked syntax tree of this row, for the grader's look at the working. */
  node?: MathNode;
}

interface Named {
  value?: EstimateValue;
  usage: UnitUsage;
  constants: readonly number[];
  notes?: readonly string[];
  read?: string;
  node?: MathNode;
  error?: string;
  /** The first name the expression needed but the scope lacked. */
  missing?: string;
  row?: number;
}

const MAX_UNIT_POWER = 12;
const noUsage = (): UnitUsage => ({ bits: false, bytes: false, binary: false, percent: false, explicitUnit: false });

function normalize(result: unknown): EstimateValue | { error: string } {
  const { math } = safeMath();
  if (typeof result === 'number') {
    return Number.isFinite(result) ? result : { error: 'the result is not a finite number (a division by zero or a huge power?)' };
  }
  if (math.isUnit(result)) {
    // A bare unit such as `day` means one of it.
    const unit = result.value === null ? (math.multiply(1, result) as typeof result) : result;
    if (!Number.isFinite(unit.value)) return { error: 'the result is not a finite number (a division by zero or a huge power?)' };
    if (unit.units.some((component) => Math.abs(component.power) > MAX_UNIT_POWER)) return { error: 'the unit has an absurd power' };
    return unit;
  }
  return { error: `the result must be a number or a quantity with a unit, not a ${math.typeOf(result)}` };
}

function explainError(message: string): string {
  if (/Units do not match/.test(message)) {
    return `units do not match: only quantities of the same kind can be added, subtracted or converted (${message})`;
  }
  if (/unit with undefined value/.test(message)) {
    return 'a unit name on its own (such as hour or minute) was added to an amount: give it a number (1 hour), or if it names one of your rows, rename that row';
  }
  if (/Unexpected type of argument in function (addScalar|subtractScalar|add|subtract)/.test(message)) {
    return 'cannot add or subtract a plain number and a quantity with a unit: give both the same kind of unit';
  }
  return message.length > 200 ? `${message.slice(0, 200)}...` : message;
}

function merge(into: UnitUsage, from: UnitUsage): void {
  into.bits ||= from.bits;
  into.bytes ||= from.bytes;
  into.binary ||= from.binary;
  into.percent ||= from.percent;
  if (from.range === true) into.range = true;
  if (from.spelled === true) into.spelled = true;
}

function evaluateExpression(expr: string, scope: Map<string, Named>): Named {
  const compiled = compileExpression(expr);
  if (!compiled.ok) return { usage: noUsage(), constants: [], error: compiled.error };
  const { expression } = compiled;
  const read = { read: expression.read, node: expression.node };
  const usage = { ...expression.usage };
  const constants = [...expression.constants];
  const values = new Map<string, EstimateValue>();
  for (const symbol of expression.symbols) {
    const named = scope.get(symbol);
    if (named?.value === undefined) return { ...read, usage, constants, error: `unknown name "${symbol}"`, missing: symbol };
    values.set(symbol, named.value);
    merge(usage, named.usage);
    constants.push(...named.constants);
  }
  const first = computeValue(expression, values);
  const notes = [...expression.notes];
  const unreadable = 'error' in first || (typeof first.value !== 'number' && valueDimension(first.value) === undefined);
  // A row named per day but written as an amount ("raw_storage_per_day = 432 GB") is a daily rate to the
  // learner: when the expression only makes sense that way ("raw_storage_per_day * 30 d to TB"), read it so.
  const daily = unreadable ? perDaySymbols(new Map([...values].filter(([name]) => expression.symbols.includes(name)))) : new Map();
  if (daily.size > 0) {
    const retried = computeValue(expression, new Map([...values, ...daily]));
    if (!('error' in retried) && (typeof retried.value === 'number' || valueDimension(retried.value) !== undefined)) {
      for (const [name] of daily) notes.push(perDayNote(name, values.get(name) as EstimateValue));
      return { ...read, value: retried.value, usage, constants, notes: [...notes, ...retried.notes] };
    }
  }
  if ('error' in first) return { ...read, usage, constants, error: first.error };
  return { ...read, value: first.value, usage, constants, notes: [...notes, ...first.notes] };
}

type Compiled = Extract<ReturnType<typeof compileExpression>, { ok: true }>['expression'];

/** One evaluation of a compiled expression with the given names, a value read over its period where that helps. */
function computeValue(expression: Compiled, values: ReadonlyMap<string, EstimateValue>): { value: EstimateValue; notes: string[] } | { error: string } {
  let result: unknown;
  try {
    result = expression.code.evaluate(values as Map<string, EstimateValue>);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const converted = /Units do not match/.test(message) ? convertedAsMeant(expression, values) : undefined;
    if (converted !== undefined) return converted;
    return { error: explainError(message) };
  }
  const value = normalize(result);
  if (typeof value === 'object' && 'error' in value) return { error: value.error };
  if (typeof value !== 'number') {
    const period = readAsPeriod(value, expression.timeUnits);
    if (period) return { value: period.value, notes: [period.note] };
    const perEvent = readAsSizePerEvent(value) ?? readAsPeriodPerEvent(value, expression.timeUnits);
    if (perEvent) return { value: perEvent.value, notes: [perEvent.note] };
  }
  return { value, notes: [] };
}

/**
 * A `to` conversion that fails only because of how the amount was written, retried as meant:
 * `4.5 MB/s * 1 day to GB/day` (a day's amount, asked per day: 388.8 GB/day) and `200 bytes * 12e6 events/day
 * to GB/day` (bytes of each event). Returns undefined when no reading converts.
 */
function convertedAsMeant(expression: Compiled, values: ReadonlyMap<string, EstimateValue>): { value: EstimateValue; notes: string[] } | undefined {
  const { math, unit } = safeMath();
  let node: MathNode = expression.node;
  while (math.isParenthesisNode(node)) node = node.content;
  if (!math.isOperatorNode(node) || node.fn !== 'to' || node.args.length !== 2) return undefined;
  const [left, right] = node.args as [MathNode, MathNode];
  let amount: unknown;
  let target: unknown;
  try {
    amount = left.compile().evaluate(new Map(values));
    target = right.compile().evaluate(new Map());
  } catch {
    return undefined;
  }
  if (!math.isUnit(amount) || !math.isUnit(target)) return undefined;
  const over = target.units.find((part) => part.power === -1 && part.unit.base.key === 'TIME');
  const periodName = over === undefined ? undefined : `${(over.prefix as unknown as { name?: string } | undefined)?.name ?? ''}${over.unit.name}`;
  // Only a period the amount itself was multiplied by (`* 1 day`), never the one the conversion names.
  const written: string[] = [];
  left.traverse((child) => {
    if (math.isSymbolNode(child) && math.Unit.isValuelessUnit(child.name)) written.push(child.name);
  });
  const sameTime = (name: string): boolean => {
    try {
      return unit(`1 ${name}`).equals(unit(`1 ${periodName ?? ''}`));
    } catch {
      return false;
    }
  };
  const period = periodName !== undefined && written.some(sameTime) ? unit(`1 ${periodName}`) : undefined;
  const perEvent = readAsSizePerEvent(amount);
  const readings: { value: Unit; note?: string }[] = [{ value: amount }, ...(perEvent ? [{ value: perEvent.value, note: perEvent.note }] : [])];
  for (const reading of readings) {
    const options = [{ value: reading.value, note: reading.note }, ...(period ? [{ value: math.divide(reading.value, period) as Unit, note: reading.note, daily: true }] : [])];
    for (const option of options) {
      if (!option.value.equalBase(target)) continue;
      const notes = [option.note, 'daily' in option ? `the amount over one ${periodName} was read as so much per ${periodName}, as the conversion asks` : undefined].filter((note): note is string => note !== undefined);
      return { value: option.value.to(target), notes };
    }
  }
  return undefined;
}

/** A size times events times a duration (`50000 * 1 event/min * 200 B * 2 years`): per event, then over the period. */
function readAsPeriodPerEvent(value: Unit, timeUnits: readonly string[]): { value: Unit; note: string } | undefined {
  const { math, unit } = safeMath();
  const perEvent = math.divide(value, unit('1 event')) as Unit;
  const period = readAsPeriod(perEvent, timeUnits);
  if (period === undefined || (valueDimension(period.value) !== 'data_size' && valueDimension(period.value) !== 'data_rate')) return undefined;
  return { value: period.value, note: `a size times a count of events was read as the size of each event; ${period.note}` };
}

const factCache = new Map<string, Map<string, Named>>();
const FACT_CACHE_LIMIT = 50;

/** Evaluates the facts' named values in order (a value may use an earlier one); cached by content. */
function evaluateFacts(available: AvailableValues): Map<string, Named> {
  const key = JSON.stringify(Object.entries(available));
  const cached = factCache.get(key);
  if (cached) return cached;
  const scope = new Map<string, Named>();
  for (const [name, expr] of Object.entries(available)) {
    const invalid = nameError(name);
    if (invalid) {
      scope.set(name, { usage: noUsage(), constants: [], error: `the case's value name is unusable: ${invalid}` });
      continue;
    }
    if (typeof expr !== 'string') continue;
    const named = evaluateExpression(expr.trim(), scope);
    scope.set(name, named.error ? { ...named, error: `the case's value "${name}" (${expr}) does not evaluate: ${named.error}` } : named);
  }
  if (factCache.size >= FACT_CACHE_LIMIT) {
    const oldest = factCache.keys().next();
    if (!oldest.done) factCache.delete(oldest.value);
  }
  factCache.set(key, scope);
  return scope;
}

function closeMatch(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  for (const candidate of candidates) if (candidate.toLowerCase() === lower) return candidate;
  return undefined;
}

/** Turns the generic "unknown name" into the reason that name is not usable here. */
function unknownNameError(
  symbol: string,
  index: number,
  key: string,
  rows: readonly { key: string }[],
  scope: Map<string, Named>,
  locked: ReadonlySet<string>,
): string {
  if (symbol === key) return `"${symbol}" refers to itself`;
  const named = scope.get(symbol);
  if (named?.error !== undefined) {
    return named.row !== undefined ? `"${symbol}" (row ${named.row + 1}) has an error` : named.error;
  }
  const later = rows.findIndex((row, at) => at > index && row.key === symbol);
  if (later >= 0) return `"${symbol}" is defined further down (row ${later + 1}); move this row below it`;
  if (locked.has(symbol)) return `"${symbol}" comes from a fact you have not uncovered yet: ask about it in step 1, or estimate it in a row of your own`;
  const suggestion = closeMatch(symbol, [...scope.keys()].filter((name) => scope.get(name)?.value !== undefined));
  if (suggestion) return `unknown name "${symbol}"; did you mean "${suggestion}"?`;
  const hint = suggestForUnknown(symbol);
  return hint ? `unknown name "${symbol}": ${hint}` : `unknown name "${symbol}"`;
}

interface WordedName {
  /** The name as written. */
  label: string;
  key: string;
  row: number;
  pattern: RegExp;
}

/** A word that means something to the expression language on its own: a unit or a number. */
function isExpressionWord(word: string): boolean {
  if (/^[0-9.]+$/.test(word)) return true;
  const { math } = safeMath();
  return math.Unit.isValuelessUnit(word) || word === 'per' || word === 'to' || word === 'in';
}

/**
 * Names in words that other rows may write out in full (`raw location data per day * 90 day`): several
 * words, at least one of which is neither a unit nor a number (so a row named `GB per day` never turns
 * `400 GB per day` into a reference). Longest first, so a name never replaces part of a longer one.
 */
function wordedReferences(labels: readonly string[], names: readonly (ReturnType<typeof readRowName> | undefined)[]): WordedName[] {
  const found: WordedName[] = [];
  labels.forEach((label, row) => {
    const read = names[row];
    if (!read?.ok || !read.worded) return;
    const words = label.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
    if (words.length < 2 || words.every(isExpressionWord)) return;
    const escaped = label
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('\\s+');
    found.push({ label, key: read.key, row, pattern: new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, 'gi') });
  });
  return found.sort((a, b) => b.label.length - a.label.length);
}

/** Writes each name in words that `expr` spells out as its identifier, with a note saying how it was read. */
function replaceWorded(expr: string, worded: readonly WordedName[], index: number): { expr: string; notes: string[] } {
  if (worded.length === 0) return { expr, notes: [] };
  let text = expr;
  const notes: string[] = [];
  for (const name of worded) {
    if (name.row === index) continue;
    const replaced = text.replace(name.pattern, name.key);
    if (replaced !== text) notes.push(`"${name.label}" was read as the row ${name.key}`);
    text = replaced;
  }
  return { expr: text, notes };
}

/** evaluateWorksheet with the extra detail the grader uses (raw values, unit habits, literals). */
export function evaluateWorksheetDetailed(
  rows: readonly WorksheetRow[],
  availableValues: AvailableValues = {},
  options: EvaluateOptions = {},
): DetailedRow[] {
  const locked = new Set(options.lockedNames ?? []);
  for (const name of Object.keys(availableValues)) locked.delete(name);
  const scope = new Map(evaluateFacts(availableValues));
  const labels = rows.map((row) => (typeof row.name === 'string' ? row.name.trim() : ''));
  const names = labels.map((label) => (label === '' ? undefined : readRowName(label)));
  const keys = labels.map((label, index) => {
    const read = names[index];
    return read?.ok ? read.key : label;
  });
  const keyed = keys.map((key) => ({ key }));
  const worded = wordedReferences(labels, names);
  // `50.000.000` on one row says how `1.095` on another is meant: the sheet's grouping is decided once.
  const grouping = digitGroupingOf(rows.map((row) => (typeof row.expr === 'string' ? row.expr : '')));
  const definedAt = new Map<string, number>();
  const evaluateRow = (row: WorksheetRow, index: number): DetailedRow => {
    const key = keys[index] ?? '';
    const label = labels[index] ?? '';
    const written = typeof row.expr === 'string' ? row.expr.trim() : '';
    const read = names[index];
    const nameNotes = read?.ok && read.worded ? [`named in words: other rows can use it as ${read.key} or by its words`] : [];
    const base = { name: row.name, expr: row.expr, key, label, usage: noUsage(), constants: [] as readonly number[], notes: nameNotes as readonly string[] };
    if (index >= MAX_ROWS) return { ...base, error: `a worksheet has at most ${MAX_ROWS} rows` };
    if (written === '') return base;
    const grouped = readGroupedDigits(written, grouping);
    const referenced = replaceWorded(grouped.text, worded, index);
    const expr = referenced.expr;
    const fail = (error: string): DetailedRow => {
      // Later rows that use this name learn that it is broken rather than unknown.
      if (key !== '' && !definedAt.has(key)) scope.set(key, { usage: noUsage(), constants: [], error, row: index });
      return { ...base, error };
    };
    if (key !== '') {
      if (read !== undefined && !read.ok) return { ...base, error: read.error };
      const earlier = definedAt.get(key);
      if (earlier !== undefined) {
        const same = labels[earlier] === label ? '' : ` (as "${labels[earlier]}")`;
        return { ...base, error: `"${key}" is already defined in row ${earlier + 1}${same}` };
      }
    }
    const named = evaluateExpression(expr, scope);
    if (named.error !== undefined || named.value === undefined) {
      const symbol = named.missing;
      const failed = fail(symbol !== undefined ? unknownNameError(symbol, index, key, keyed, scope, locked) : (named.error ?? 'no value'));
      return named.read === undefined ? failed : { ...failed, read: named.read };
    }
    if (key !== '') {
      definedAt.set(key, index);
      scope.set(key, { ...named, row: index });
    }
    const value = formatQuantity(named.value, named.usage);
    const detailed: DetailedRow = { ...base, value, raw: named.value, usage: named.usage, constants: named.constants, notes: [...nameNotes, ...grouped.notes, ...referenced.notes, ...(named.notes ?? [])] };
    if (named.read !== undefined) detailed.read = named.read;
    if (named.node !== undefined) detailed.node = named.node;
    return detailed;
  };
  return rows.map((row, index) => {
    try {
      return evaluateRow(row, index);
    } catch (error) {
      // The last wall: a mathjs corner we did not foresee must cost one row, never the page.
      return { name: row.name, expr: row.expr, key: keys[index] ?? '', label: labels[index] ?? '', usage: noUsage(), constants: [], notes: [], error: `could not evaluate: ${error instanceof Error ? error.message : String(error)}` };
    }
  });
}

/** Drops the grader's extra detail: what the UI shows for a row. */
export function toEvaluatedRow(row: DetailedRow): EvaluatedRow {
  const result: EvaluatedRow = { name: row.name, expr: row.expr };
  if (row.value) result.value = row.value;
  if (row.error !== undefined) result.error = row.error;
  if (row.read !== undefined) result.read = row.read;
  if (row.notes.length > 0) result.notes = [...row.notes];
  return result;
}

/**
 * Evaluates the learner's worksheet top to bottom. Rows may use the available fact values and earlier
 * rows by name. Never throws: every problem is reported on its row.
 */
export function evaluateWorksheet(
  rows: readonly WorksheetRow[],
  availableValues: AvailableValues = {},
  options: EvaluateOptions = {},
): EvaluatedRow[] {
  return evaluateWorksheetDetailed(rows, availableValues, options).map(toEvaluatedRow);
}
