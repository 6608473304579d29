import { findPhrases } from './find-phrases';
import type { PhraseOccurrence } from './find-phrases';
import type { ReadText } from './read-text';
import type { TextToken } from './tokens';
import { arrowBetween, stepItemAt } from './written-order';

/** Two steps that must happen in this order: any phrase of `first` before any phrase of `then` ("write durably" before "send the ACK"). */
export type OrderSpec = { first: readonly string[]; then: readonly string[] };

/** The order a text states for two steps, with the learner's words that state it (verbatim). */
export type OrderReading = { order: 'right' | 'reversed'; quote: string };

// Between two steps, these make the one written first happen first ("ACK, then produce"; "write before ACKing").
const FORWARD: ReadonlySet<string> = new Set(['then', 'before', 'afterwards', 'afterward', 'next', 'followed', 'later', 'subsequently', 'prior']);
// Between two steps, these make the one written second happen first ("ACK after the write"; "ACK once Kafka has it").
const BACKWARD: ReadonlySet<string> = new Set(['after', 'once', 'when', 'until', 'upon', 'following']);
// A sentence opening with these follows the sentence before it ("We ACK. Then we produce.").
const FOLLOWS: ReadonlySet<string> = new Set(['then', 'afterwards', 'afterward', 'next', 'later', 'subsequently']);
/** How close before a step a word of time must stand to be about that step ("After writing to Kafka, ..."). */
const LEAD_REACH = 3;

type Step = { which: 'first' | 'then'; hit: PhraseOccurrence<'first' | 'then'> };

function marker(read: ReadText, from: number, to: number, last: boolean): 'forward' | 'backward' | undefined {
  const range: number[] = [];
  for (let i = from; i < to; i += 1) range.push(i);
  if (last) range.reverse();
  for (const i of range) {
    const token = read.tokens[i] as TextToken;
    if (token.kind !== 'word') continue;
    // "prior to" and "followed by" are forward; "following" alone ("following the write") is backward.
    if (token.norm === 'following' && read.tokens[i + 1]?.norm === 'by') return 'forward';
    if (FORWARD.has(token.norm)) return 'forward';
    if (BACKWARD.has(token.norm)) return 'backward';
  }
  return undefined;
}

// Words after "after"/"once" that point back at what was said before ("after that", "once this is done", "after which").
const BACK_POINTERS: ReadonlySet<string> = new Set(['that', 'this', 'which']);

// What may follow "that"/"this" when it stands for the step before ("after that, we"; "once this is done"), not for a noun
// ("after that write").
const AFTER_POINTER: ReadonlySet<string> = new Set([',', '.', ';', ':', '-', 'we', 'i', 'you', 'they', 'is', 'has', 'was', 'step', 'finishes', 'completes', 'succeeds', 'the', 'a']);

// `stepStarts`: token indices where a step's words begin. "and only after that commits the offsets": a step that opens
// right after "that" is what comes next, so "that" stands for the step before, not for a noun of its own.
function pointsBack(read: ReadText, at: number, stepStarts: ReadonlySet<number> = new Set()): boolean {
  const pointer = read.tokens[at + 1]?.norm ?? '';
  if (!BACK_POINTERS.has(pointer)) return false;
  if (pointer === 'which') return true;
  const after = read.tokens[at + 2];
  return after === undefined || AFTER_POINTER.has(after.norm) || stepStarts.has(at + 2);
}

// Words that close a subordinate clause before the main one ("only when the send returns does it ACK").
const INVERSIONS: ReadonlySet<string> = new Set(['does', 'do', 'did']);

// Which happens first of two steps written in this order (x before y in the text), or undefined when the text does not say.
function orderOf(read: ReadText, x: Step, y: Step, steps: readonly Step[]): 'x' | 'y' | undefined {
  const xs = x.hit.sentence;
  const ys = y.hit.sentence;
  // Numbered steps ("1. Clear the runs 2. Then deploy") and arrows ("commit -> write") order without words of time.
  const xItem = stepItemAt(read.text, x.hit.start);
  const yItem = stepItemAt(read.text, y.hit.start);
  if (xItem !== undefined && yItem !== undefined && xItem !== yItem) return xItem < yItem ? 'x' : 'y';
  if (xs === ys) {
    const arrow = arrowBetween(read.text, x.hit.end, y.hit.start);
    if (arrow) return arrow === 'forward' ? 'x' : 'y';
    // The word of time nearest the second step decides ("ACK as soon as it arrives, then produce": "then").
    for (let i = y.hit.from - 1; i >= x.hit.to; i -= 1) {
      const token = read.tokens[i] as TextToken;
      if (token.kind !== 'word') continue;
      if (token.norm === 'following' && read.tokens[i + 1]?.norm === 'by') return 'x';
      if (FORWARD.has(token.norm)) return 'x';
      if (!BACKWARD.has(token.norm)) continue;
      // "after that", "after which", "once that is done": the word points back at the step written first.
      if (pointsBack(read, i, new Set(steps.map((step) => step.hit.from)))) return 'x';
      // "ACK after the write": the second step sits in the clause the word opens, so it happened first. But when
      // that clause closes before it ("..., and only when the send returns does it ACK") or is about another
      // step ("when the write is acknowledged it ACKs"), the second step follows that clause.
      const opened = steps.find((step) => step.hit.from > i && step.hit.from <= y.hit.from) ?? y;
      const closes = read.tokens.slice(i + 1, opened.hit.from).some((between) => between.norm === ',' || INVERSIONS.has(between.norm));
      return closes || opened.which !== y.which ? 'x' : 'y';
    }
    // "After the write is durable, we ACK"; "Before writing, we ACK".
    const sentence = read.sentences[xs];
    const lead = sentence ? marker(read, Math.max(sentence.from, x.hit.from - LEAD_REACH), x.hit.from, true) : undefined;
    if (lead) return lead === 'backward' ? 'x' : 'y';
    return undefined;
  }
  if (ys === xs + 1) {
    const next = read.sentences[ys];
    const opener = next ? read.tokens.slice(next.from, Math.min(next.to, next.from + 3)).find((token) => token.kind === 'word') : undefined;
    if (opener && (FOLLOWS.has(opener.norm) || (BACKWARD.has(opener.norm) && pointsBack(read, read.tokens.indexOf(opener))))) return 'x';
  }
  return undefined;
}

// Words that may stand where a step's phrase says "the": "ACKs each message" is the step "acks the message".
const DETERMINERS = ['each', 'every', 'a', 'its', 'this', 'that'] as const;
const determinerCache = new WeakMap<readonly string[], readonly string[]>();

/** The phrases, each also with any determiner in place of its "the" ("acks the message" -> "acks each message"); cached per list. */
function anyDeterminer(phrases: readonly string[]): readonly string[] {
  const cached = determinerCache.get(phrases);
  if (cached) return cached;
  const all = [...phrases];
  for (const phrase of phrases) {
    if (!/\bthe\b/i.test(phrase)) continue;
    for (const word of DETERMINERS) all.push(phrase.replace(/\bthe\b/gi, word));
  }
  determinerCache.set(phrases, all);
  return all;
}

/**
 * The order a text states for two steps (see `OrderSpec`): read from words of time between or around
 * them in one sentence ("then", "before", "after", "once", "as soon as ... then", "only when"), a
 * sentence opening "Then ..." after the other step, numbered steps or an arrow between them (written-order.ts). Only affirmed steps count ("we never ACK before the
 * write" states nothing). A reversed order anywhere wins over a right one (an interviewer hears the
 * wrong order once); `undefined` when no order is stated. Pure; never throws.
 */
export function readOrder(read: ReadText, spec: OrderSpec): OrderReading | undefined {
  if (spec.first.length === 0 || spec.then.length === 0) return undefined;
  const steps: Step[] = findPhrases(read, [
    { id: 'first' as const, phrases: anyDeterminer(spec.first) },
    { id: 'then' as const, phrases: anyDeterminer(spec.then) },
  ])
    .filter((hit) => hit.polarity === 'affirmed' && !hit.hypothetical)
    .map((hit) => ({ which: hit.id, hit }));
  steps.sort((a, b) => a.hit.from - b.hit.from);
  let right: OrderReading | undefined;
  for (let i = 0; i < steps.length; i += 1) {
    for (let j = i + 1; j < steps.length; j += 1) {
      const x = steps[i] as Step;
      const y = steps[j] as Step;
      if (x.which === y.which || y.hit.from < x.hit.to) continue;
      const happensFirst = orderOf(read, x, y, steps);
      if (happensFirst === undefined) continue;
      const firstStep = happensFirst === 'x' ? x : y;
      const quoteFrom = read.sentences[x.hit.sentence]?.start ?? x.hit.start;
      const quoteTo = read.sentences[y.hit.sentence]?.end ?? y.hit.end;
      const reading: OrderReading = { order: firstStep.which === 'first' ? 'right' : 'reversed', quote: read.text.slice(quoteFrom, quoteTo).trim() };
      if (reading.order === 'reversed') return reading;
      right ??= reading;
    }
  }
  return right;
}
