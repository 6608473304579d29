import { countRatesAsEvents, countsAsNumbers } from '../units/count-units';
import { spellNumbers } from '../text/spelled-numbers';
import { readSpokenUnits } from '../text/spoken-units';
import { describeBitUnit } from '../units/define-units';
import { safeMath } from './safe-math';

/** What the pre-pass did to an expression before mathjs parses it. */
export interface ReadExpression {
  /** The expression in mathjs syntax, each number-with-unit in parentheses: `(50e6 events/day) * 10 / (86400 s)`. */
  text: string;
  /** Readings a learner may not expect, shown on the row: `50m was read as 50 million`. */
  notes: string[];
  /** True when the expression gives a range (`2-4 TB/day`, `2 to 4 TB`), read at its top. */
  range: boolean;
  /** True when a number was written in words (`fifty thousand`) and read as digits. */
  spelled: boolean;
}

type Token = { kind: 'number' | 'name' | 'op' | 'space'; text: string };

/**
 * Multipliers written right after a number, as estimation guides do (`5.8K`, `50M`, `2bn`). In that position
 * they are never units: kelvin, metres or teslas have no place in a data-platform estimate.
 */
const MULTIPLIERS: Record<string, number> = {
  K: 1e3,
  k: 1e3,
  thousand: 1e3,
  M: 1e6,
  MM: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

/** Count words after which a `B` means billion (`5B events`), not bytes (`500 B/event`). */
const COUNT_WORDS = /^(events?|requests?|reqs?|messages?|msgs?|records?|rows?|transactions?|txns?|users?|orders?|trips?|rides?|readings?|devices?|sensors?|people|customers?|clicks?|views?|queries)$/i;

/** Functions whose arguments are separated by commas, so `max(100,200)` is never read as 100,200. */
const CALLS = /^(abs|ceil|floor|round|min|max|sqrt|cbrt|exp|log|log10|log2)$/;

const TOKEN = /(?<times>(?<=[\d)]\s*)[xX](?=\s*[\d.(]))|\s+|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[A-Za-z_][A-Za-z0-9_]*|[×✕·∙⋅÷−]|./gsu;

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  for (const match of expr.matchAll(TOKEN)) {
    const text = match[0];
    if (/^\s+$/.test(text)) tokens.push({ kind: 'space', text });
    else if (match.groups?.times !== undefined) tokens.push({ kind: 'op', text: '*' });
    else if (/^[\d.]/.test(text) && /\d/.test(text)) tokens.push({ kind: 'number', text });
    else if (/^[A-Za-z_]/.test(text)) tokens.push({ kind: 'name', text });
    else tokens.push({ kind: 'op', text });
  }
  return tokens;
}

/** `5.8e3` -> `5800`, `5e7` -> `50e6`: how a folded multiplier is shown in the read expression. */
export function formatLiteral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size >= 1e6 && size < 1e21) {
    const exponent = Math.floor(Math.log10(size) / 3) * 3;
    const mantissa = Number((value / 10 ** exponent).toPrecision(12));
    return `${mantissa}e${exponent}`;
  }
  return String(Number(value.toPrecision(12)));
}

function isUnitName(name: string): boolean {
  if (name === 'min' || name === 'sec') return true;
  return safeMath().math.Unit.isValuelessUnit(name);
}

/** Index of the next token that is not a space, from `from`; tokens.length when none. */
function nextSolid(tokens: readonly Token[], from: number): number {
  let at = from;
  while (at < tokens.length && tokens[at]?.kind === 'space') at += 1;
  return at;
}

/** Rewrites signs people type for multiplication and division, and `x` between two numbers. */
function normalizeOperators(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    if (token.kind === 'op' && /^[×✕·∙⋅]$/.test(token.text)) return { kind: 'op', text: '*' };
    if (token.kind === 'op' && token.text === '÷') return { kind: 'op', text: '/' };
    if (token.kind === 'op' && token.text === '−') return { kind: 'op', text: '-' };
    if (token.kind === 'name' && /^[xX]$/.test(token.text)) {
      const before = tokens.slice(0, index).findLast((item) => item.kind !== 'space');
      const after = tokens[nextSolid(tokens, index + 1)];
      const leftIsValue = before !== undefined && (before.kind === 'number' || before.text === ')' || (before.kind === 'name' && isUnitName(before.text)));
      const rightIsValue = after !== undefined && (after.kind === 'number' || after.text === '(');
      if (leftIsValue && rightIsValue) return { kind: 'op', text: '*' };
    }
    return token;
  });
}

/** Does a `B` at `index` (right after a number) mean billion? Only when a count word follows: `5B users`. */
function billionB(tokens: readonly Token[], index: number): boolean {
  const after = tokens[nextSolid(tokens, index + 1)];
  return after?.kind === 'name' && COUNT_WORDS.test(after.text);
}

/**
 * Reads a number at `index` with the multiplier written after it, if any. Returns the number's value and
 * the index after what was consumed.
 */
function readNumber(tokens: readonly Token[], index: number, notes: string[]): { value: number; next: number; written: string } {
  const token = tokens[index] as Token;
  const value = Number(token.text.replaceAll(',', ''));
  let written = token.text;
  if (token.text.includes(',')) notes.push(`${token.text} was read as ${formatLiteral(value)} (commas separate thousands)`);
  const at = nextSolid(tokens, index + 1);
  const adjacent = at === index + 1;
  const word = tokens[at];
  if (word?.kind !== 'name') return { value, next: index + 1, written };
  let factor = MULTIPLIERS[word.text];
  if (factor === undefined && word.text === 'm' && adjacent) {
    factor = 1e6;
    notes.push(`${token.text}m was read as ${formatLiteral(value * 1e6)} (m after a number means million in an estimate; write min for minutes)`);
  }
  if (factor === undefined && (word.text === 'B' || word.text === 'b') && adjacent && billionB(tokens, at)) {
    factor = 1e9;
    notes.push(`${token.text}${word.text} was read as ${formatLiteral(value * 1e9)} (a B before a count means billion; write 500 B for bytes)`);
  }
  if (factor === undefined && word.text === 'T' && adjacent) factor = 1e12;
  if (factor === undefined && /^[xX]$/.test(word.text) && adjacent) {
    // `10x` as a factor ("ten times"): the x says times and the number is the factor.
    const after = tokens[nextSolid(tokens, at + 1)];
    if (after === undefined || (after.kind === 'op' && /^[-+*/)^,]$/.test(after.text))) factor = 1;
  }
  if (factor === undefined) return { value, next: index + 1, written };
  written = `${token.text}${adjacent ? '' : ' '}${word.text}`;
  return { value: value * factor, next: at + 1, written };
}

/** Notes once which bit unit a spelling was read as (`Mbit was read as megabits ...`): bits are easily taken for bytes. */
function noteBitUnit(name: string, notes: string[]): void {
  const bits = describeBitUnit(name);
  const note = bits === undefined ? undefined : `${name} was read as ${bits}`;
  if (note !== undefined && !notes.includes(note)) notes.push(note);
}

/** Reads the unit written after a number: `GB/day`, `events per s`, `B/event`. Returns the text and the index after it. */
function readUnit(tokens: readonly Token[], index: number): { text: string; next: number } | undefined {
  let at = nextSolid(tokens, index);
  const first = tokens[at];
  if (first?.kind !== 'name' || !isUnitName(first.text)) return undefined;
  let text = first.text;
  let next = at + 1;
  for (;;) {
    at = nextSolid(tokens, next);
    const op = tokens[at];
    const isPer = op?.kind === 'name' && op.text === 'per';
    if (!(op?.kind === 'op' && op.text === '/') && !isPer) break;
    const unitAt = nextSolid(tokens, at + 1);
    const unit = tokens[unitAt];
    if (unit?.kind !== 'name' || !isUnitName(unit.text)) break;
    text += `/${unit.text}`;
    next = unitAt + 1;
  }
  return { text, next };
}

/** A range's separator at `index`: a hyphen, an en dash or `to` between two numbers (`2-4`, `2–4`, `2 to 4`). */
function rangeSeparator(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  const separator = (token.kind === 'op' && (token.text === '-' || token.text === '–')) || (token.kind === 'name' && token.text === 'to');
  return separator && tokens[nextSolid(tokens, index + 1)]?.kind === 'number';
}

interface RangeEnd {
  value: number;
  /** The multiplier written after the number (1e6 for `4M`), 1 when none. */
  factor: number;
  unit?: string;
  next: number;
}

function rangeEnd(tokens: readonly Token[], index: number, notes: string[]): RangeEnd {
  const number = readNumber(tokens, index, notes);
  const unit = readUnit(tokens, number.next);
  const written = Number((tokens[index] as Token).text.replaceAll(',', ''));
  return { value: number.value, factor: written > 0 ? number.value / written : 1, ...(unit ? { unit: unit.text } : {}), next: unit ? unit.next : number.next };
}

/**
 * A range written where one figure belongs, read at its top (RangeEnd of the high end), or undefined when the
 * tokens at `index` are no range: `2-4 TB/day`, `2–4 TB`, `2 to 4 TB`, `2 TB - 4 TB`, `20k-50k events/s`,
 * `2-4M events/day` (the multiplier of the top applies to both). The low end must be below the top, so
 * `365-5` stays a subtraction; a hyphen with its low end in a unit the top does not share is a subtraction too.
 */
function readRange(tokens: readonly Token[], index: number, notes: string[]): { low: RangeEnd; high: RangeEnd; text: string } | undefined {
  const scratch: string[] = [];
  const low = rangeEnd(tokens, index, scratch);
  const at = nextSolid(tokens, low.next);
  if (!rangeSeparator(tokens, at)) return undefined;
  const highAt = nextSolid(tokens, at + 1);
  const high = rangeEnd(tokens, highAt, scratch);
  if (low.unit !== undefined && high.unit !== low.unit) return undefined;
  // With no unit on either end, only a tight `2-4` or a dash reads as a range: `10 - 4` is a subtraction.
  const tight = at === low.next && highAt === at + 1;
  if (low.unit === undefined && high.unit === undefined && !tight && (tokens[at] as Token).text !== '–' && (tokens[at] as Token).text !== 'to') return undefined;
  const lowValue = low.factor === 1 && high.factor !== 1 ? low.value * high.factor : low.value;
  if (!(lowValue >= 0) || !(lowValue < high.value)) return undefined;
  notes.push(...scratch);
  const text = tokens.slice(index, high.next).map((token) => token.text).join('').trim();
  return { low: { ...low, value: lowValue }, high, text };
}

/** After a figure, a range in brackets (`3 TB (2-4)`, `~3 TB (2 to 4 TB)`): a remark on the chosen figure. Returns the index after it. */
function bracketedRange(tokens: readonly Token[], index: number): number | undefined {
  const open = nextSolid(tokens, index);
  if (!(tokens[open]?.kind === 'op' && tokens[open]?.text === '(')) return undefined;
  const first = nextSolid(tokens, open + 1);
  if (tokens[first]?.kind !== 'number') return undefined;
  const range = readRange(tokens, first, []);
  if (range === undefined) return undefined;
  const close = nextSolid(tokens, range.high.next);
  return tokens[close]?.kind === 'op' && tokens[close]?.text === ')' ? close + 1 : undefined;
}

/**
 * The token-level pre-pass in front of mathjs: reads an estimate as people write it, then hands mathjs an
 * expression in its own syntax. A number followed by a unit is one quantity (`6 / 2 s` divides by 2 seconds),
 * `K`/`M`/`bn` (and the words) after a number multiply it, `50,000,000` is fifty million outside function
 * calls, `×`, `·` and `x` between numbers multiply, and `per` between units divides. mathjs still parses
 * and checks the result; nothing here evaluates.
 */
export function readExpression(expr: string): ReadExpression {
  // `50000 clicks/s` is an event rate: any count of things per time reads as events.
  // "two thousand five hundred machines * ... a day": numbers in words and spoken units first.
  const spelled = spellNumbers(expr);
  const spoken = readSpokenUnits(spelled.text);
  const counted = countRatesAsEvents(spoken.text);
  const numbered = countsAsNumbers(counted.text);
  const tokens = normalizeOperators(tokenize(numbered.text));
  const notes: string[] = [
    ...spelled.notes,
    ...spoken.notes,
    ...counted.renamed.map((word) => `${word} per time was read as events per time (an event rate)`),
    ...numbered.dropped.map((word) => `${word} after a number was read as a count: the number alone`),
  ];
  const out: string[] = [];
  const calls: boolean[] = [];
  let range = false;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    // `~3 TB` or `≈ 3 TB`: about 3 TB, the figure itself.
    if (token.kind === 'op' && (token.text === '~' || token.text === '≈') && tokens[nextSolid(tokens, index + 1)]?.kind === 'number') {
      index += 1;
      continue;
    }
    if (token.kind === 'op' && token.text === '(') {
      const before = out.findLast((text) => text.trim() !== '');
      calls.push(before !== undefined && CALLS.test(before));
    } else if (token.kind === 'op' && token.text === ')') calls.pop();
    if (token.kind === 'number') {
      if (token.text.includes(',') && calls.at(-1) === true) {
        // Inside max(...) a comma separates arguments: hand the digits over as written.
        out.push(token.text);
        index += 1;
        continue;
      }
      const spread = readRange(tokens, index, notes);
      if (spread !== undefined) {
        const unit = spread.high.unit ?? spread.low.unit;
        const top = `${formatLiteral(spread.high.value)}${unit === undefined ? '' : ` ${unit}`}`;
        notes.push(`${spread.text} is a range and was read at its top, ${top}: size for the top, and say which figure you chose`);
        out.push(unit === undefined ? formatLiteral(spread.high.value) : `(${top})`);
        for (const part of unit ? unit.split('/') : []) noteBitUnit(part, notes);
        range = true;
        index = spread.high.next;
        continue;
      }
      const number = readNumber(tokens, index, notes);
      const unit = readUnit(tokens, number.next);
      const literal = number.written === token.text && !token.text.includes(',') ? token.text : formatLiteral(number.value);
      out.push(unit ? `(${literal} ${unit.text})` : literal);
      for (const part of unit ? unit.text.split('/') : []) noteBitUnit(part, notes);
      index = unit ? unit.next : number.next;
      // `3 TB (2-4)`: the range in brackets is a remark on the figure chosen, not a factor.
      const remark = bracketedRange(tokens, index);
      if (remark !== undefined) {
        notes.push(`the range in brackets after ${literal}${unit ? ` ${unit.text}` : ''} was read as a remark: the row's figure is the one before it`);
        index = remark;
      }
      continue;
    }
    // A bit unit after `to` or `/` (`to Mbit/s`) is read as bits too: say so.
    if (token.kind === 'name') noteBitUnit(token.text, notes);
    out.push(token.kind === 'space' ? ' ' : token.text);
    index += 1;
  }
  return { text: out.join('').replace(/\s+/g, ' ').trim(), notes, range, spelled: spelled.notes.length > 0 };
}
