import { findPhrases } from './find-phrases';
import type { PhraseOccurrence } from './find-phrases';
import type { ReadText } from './read-text';
import type { TextToken } from './tokens';

/**
 * What a claim's term must be applied by, on or to, and what it must not: "partition BY time" (not by sensor),
 * "an index ON sensor and time" (not on the value), "idempotence ON the sink" (not on the producer). Phrases
 * are matched as stems with synonyms (find-phrases.ts); `why` says what the wrong one breaks. Either list may be empty.
 */
export type ObjectSpec = {
  of: readonly string[];
  wrong: readonly string[];
  why?: string | undefined;
  /** The term says the claim only with one of `of` as its object ("windows on the sensor timestamp"; "windows" alone says nothing). */
  required?: boolean | undefined;
};

/** The object a term was given: `right` (one of `of`) or `wrong` (one of `wrong` and none of `of`), with the learner's words for it. */
export type ObjectReading = { verdict: 'right' | 'wrong'; said: string };

// Words that put what follows as the term's object: "partition BY day", "index ON (sensor, ts)", "one partition PER sensor".
const QUALIFIERS: ReadonlySet<string> = new Set(['by', 'on', 'per', 'over', 'using', 'via']);
// Words between the term and its qualifier that end the search: the next clause or another statement begins.
const BREAKS: ReadonlySet<string> = new Set(['so', 'that', 'which', 'because', 'and', 'or', 'but', 'then', 'to', 'while', 'when', 'if', 'since', 'after', 'before', 'with', 'for', 'is', 'are', 'was', 'were']);
// Marks written inside a name ("sensor_id", "dim-date", "ts.desc") or around a column list ("(sensor_id, ts)").
const NAME_MARKS: ReadonlySet<string> = new Set(['_', '-', '.', '(', ')', ',']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'its', 'their', 'each', 'every']);
// Words that join a second object to the first ("by sensor and date"): a right one after it still counts.
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'plus', 'then', ',', '+', '/']);
/** Words read between a term and its qualifier ("partition THE READINGS TABLE by day"). */
const MAX_SKIP = 4;
/** Content words read as the object after its qualifier (stop words not counted: "the time in the message header"). */
const MAX_OBJECT = 5;

type Span = { from: number; to: number };

const hitsCache = new WeakMap<ReadText, WeakMap<ObjectSpec, PhraseOccurrence<'right' | 'wrong'>[]>>();

function objectHits(read: ReadText, spec: ObjectSpec): PhraseOccurrence<'right' | 'wrong'>[] {
  let bySpec = hitsCache.get(read);
  if (!bySpec) {
    bySpec = new WeakMap();
    hitsCache.set(read, bySpec);
  }
  let hits = bySpec.get(spec);
  if (!hits) {
    hits = findPhrases(read, [
      { id: 'right' as const, phrases: spec.of },
      { id: 'wrong' as const, phrases: spec.wrong },
    ]);
    bySpec.set(spec, hits);
  }
  return hits;
}

// The object after a qualifier that follows the term (a few words may stand between: "Partition the table by sensor_id").
function qualifiedSpan(read: ReadText, to: number, end: number): { span: Span; tail: Span } | undefined {
  let words = 0;
  for (let i = to; i < end; i += 1) {
    const token = read.tokens[i] as TextToken;
    if (token.kind === 'mark') {
      // "Index (sensor_id, ts DESC)": a column list right after the term is its object.
      if (token.norm === '(' && i === to) return spanFrom(read, i + 1, end);
      if (token.norm === '_' || token.norm === '-' || token.norm === '.') continue;
      if ((token.norm === '=' || token.norm === ':') && i === to) return spanFrom(read, i + 1, end);
      return undefined;
    }
    if (QUALIFIERS.has(token.norm)) return spanFrom(read, i + 1, end);
    // "the key is driver_id", "key = machine_id": what the term is.
    if (i === to && COPULAS.has(token.norm)) return spanFrom(read, i + 1, end);
    if (BREAKS.has(token.norm)) return undefined;
    words += 1;
    if (words > MAX_SKIP) return undefined;
  }
  return undefined;
}

function spanFrom(read: ReadText, from: number, end: number): { span: Span; tail: Span } {
  let to = from;
  let words = 0;
  while (to < end && words < MAX_OBJECT) {
    const token = read.tokens[to] as TextToken;
    if (token.kind === 'mark' ? !NAME_MARKS.has(token.norm) || token.norm === ',' : BREAKS.has(token.norm)) break;
    if (token.kind === 'word' && !token.stop) words += 1;
    to += 1;
  }
  // "by sensor and date", "on (value, ts)": a joined second object, read only to find a right one.
  let tail = to;
  if (tail < end && JOINERS.has((read.tokens[tail] as TextToken).norm)) tail = Math.min(end, tail + 4);
  return { span: { from, to }, tail: { from: to, to: tail } };
}

/**
 * The object a term (tokens `[from, to)`) is given in its clause, judged against `spec`: first a qualifier
 * after it, up to four words away ("Partition the table BY sensor_id", "an index ON value", "one partition
 * PER sensor", "Index (sensor_id, ts)") or a copula ("the key is driver_id"); "zone as the key"; else the words right before or after it ("producer idempotence",
 * "an idempotent producer"). `right` when the object names one of `spec.of` (also as a joined second
 * object: "by sensor and date"); `wrong` when it names one of `spec.wrong`, affirmed, and none of `of`;
 * undefined when the term has no object or one neither list names. Pure; never throws.
 */
export function readObject(read: ReadText, from: number, to: number, spec: ObjectSpec): ObjectReading | undefined {
  const clause = read.clauses[read.clauseOf[from] ?? -1];
  if (!clause) return undefined;
  const hits = objectHits(read, spec).filter((hit) => hit.clause === clause.index && hit.polarity === 'affirmed');
  const inside = (span: Span, id: 'right' | 'wrong') => hits.find((hit) => hit.id === id && hit.from >= span.from && hit.to <= span.to && hit.to > hit.from);
  const qualified = qualifiedSpan(read, to, clause.to);
  if (qualified) {
    const right = inside(qualified.span, 'right') ?? inside(qualified.tail, 'right');
    if (right) return { verdict: 'right', said: right.verbatim };
    const wrong = inside(qualified.span, 'wrong');
    return wrong ? { verdict: 'wrong', said: wrong.verbatim } : undefined;
  }
  // "driver_id as the message key": the words before "as" name what the term is.
  let as = from - 1;
  while (as > clause.from && DETERMINERS.has(read.tokens[as]?.norm ?? '')) as -= 1;
  if (read.tokens[as]?.norm === 'as') {
    const named = { from: Math.max(clause.from, as - 3), to: as };
    const right = inside(named, 'right');
    if (right) return { verdict: 'right', said: right.verbatim };
    const wrong = inside(named, 'wrong');
    if (wrong) return { verdict: 'wrong', said: wrong.verbatim };
  }
  // Next to the term: the noun it modifies or that modifies it, with nothing between.
  const before = hits.find((hit) => hit.to === from);
  const after = hits.find((hit) => hit.from === to);
  const right = [before, after].find((hit) => hit?.id === 'right');
  if (right) return { verdict: 'right', said: right.verbatim };
  const wrong = [before, after].find((hit) => hit?.id === 'wrong');
  return wrong ? { verdict: 'wrong', said: wrong.verbatim } : undefined;
}
