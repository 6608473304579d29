import type { Clause } from './clauses';
import type { TextToken } from './tokens';
import { POST_CUES } from './polarity';

/**
 * A claim the learner denies through its predicate rather than with "not" before the term:
 * - `subject`: the predicate denies its subject ("Clearing tasks is risky", "backfill is deprecated",
 *   "Dimensions like customer and product aren't needed", "Hot partitions aren't a real problem",
 *   "time travel isn't something they support", "SCD2 is overkill", "X is not worth the effort");
 * - `property`: a property is taken back with "not really" ("commits aren't really atomic").
 * Token indices, `to` exclusive: `subject*` is what the predicate is said of, `denied*` what is denied (the subject
 * itself, or the property), `cue*` the denying words ("aren't needed", "isn't something they support").
 */
export type Denial = {
  kind: 'subject' | 'property';
  subjectFrom: number;
  subjectTo: number;
  deniedFrom: number;
  deniedTo: number;
  cueFrom: number;
  cueTo: number;
};

/** What `readPredicateDenials` gives: `negated` and `cue` (copies, per token) with the denied subjects negated, and the denials in text order. */
export type PredicateDenials = { negated: boolean[]; cue: boolean[]; denials: Denial[] };

const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'seems', 'seem', 'sounds', 'sound', 'looks', 'look', 'remains', 'remain', 'stays', 'stay', 'feels', 'feel', 'becomes', 'become', 'gets', 'get', 'got']);
// Auxiliaries between a subject and its copula ("has been deprecated", "would be overkill").
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'might', 'may', 'should', 'can', 'must', 'do', 'does']);
// Degree and stance words between the copula and the predicate ("is really just overkill", "is now deprecated").
const ADVERBS: ReadonlySet<string> = new Set([
  'really', 'just', 'quite', 'too', 'very', 'pretty', 'totally', 'also', 'probably', 'generally', 'now', 'considered', 'often', 'usually',
  'honestly', 'frankly', 'basically', 'simply', 'rather', 'somewhat', 'fairly', 'kind', 'sort', 'of', 'largely', 'mostly', 'completely', 'officially',
]);
// After "not": words that keep the denial ("not really needed", "not even needed").
const NOT_ADVERBS: ReadonlySet<string> = new Set(['really', 'actually', 'strictly', 'truly', 'even', 'exactly', 'quite', 'fully', 'entirely', 'all', 'that']);
// Predicates that judge their subject not to be done or used, said without "not".
// The dismissals the negation reader knows (polarity.ts), plus judgements that a thing is not to be used.
const EVALUATIVE: ReadonlySet<string> = new Set([...POST_CUES, 'risky', 'deprecated', 'obsolete', 'outdated', 'discouraged', 'fragile', 'redundant']);
const EVALUATIVE_PHRASES: readonly (readonly string[])[] = [['a', 'bad', 'idea'], ['a', 'waste'], ['a', 'waste', 'of', 'time'], ['not', 'a', 'good', 'idea'], ['no', 'longer', 'needed'], ['no', 'longer', 'supported'], ['no', 'longer', 'recommended'], ['no', 'longer', 'necessary'], ['no', 'longer', 'required']];
// Evaluations whose "without Y" names what is required ("risky without idempotence": idempotence is needed).
const NEEDS_WITHOUT: ReadonlySet<string> = new Set(['risky', 'fragile', 'dangerous', 'unsafe', 'bad', 'waste']);
// After "not" (and its adverbs): predicates that deny the subject.
const NOT_PREDICATES: ReadonlySet<string> = new Set([
  'needed', 'necessary', 'required', 'worth', 'useful', 'important', 'relevant', 'supported', 'recommended', 'advised', 'advisable', 'wise', 'helpful',
  'worthwhile', 'essential', 'mandatory', 'needful',
]);
// "not a (real) problem", "not an issue": the subject is no concern.
const PROBLEM_NOUNS: ReadonlySet<string> = new Set(['problem', 'issue', 'concern', 'risk', 'worry', 'thing', 'requirement', 'need', 'bottleneck', 'priority', 'option']);
const PROBLEM_ADJECTIVES: ReadonlySet<string> = new Set(['real', 'big', 'major', 'serious', 'actual', 'practical', 'genuine', 'huge', 'significant', 'concern']);
// "not something they support": the subject of the relative clause must stand for the tools or the learner, not name another tool.
const STAND_INS: ReadonlySet<string> = new Set(['they', 'it', 'we', 'you', 'i', 'either', 'these', 'those', 'anyone', 'people', 'one']);
// Words that make the judgement a condition or a deferral, not a denial ("not needed once we have CDC", "risky without idempotence").
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'whenever', 'once', 'until', 'without', 'provided', 'providing', 'except', 'yet', 'initially', 'otherwise']);
const CONDITION_PHRASES: readonly (readonly string[])[] = [['as', 'long', 'as'], ['for', 'now'], ['at', 'first'], ['as', 'soon', 'as'], ['so', 'long', 'as']];
// Words that join the items of a coordinated subject ("customer and product", "dimensions like customer").
const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', 'like', 'nor', '/', '&']);
// Words that end a subject going back: another predicate, the learner, a modal, a relative or a connective.
const SUBJECT_STOPS: ReadonlySet<string> = new Set([
  'we', 'i', 'you', 'they', 'he', 'she', 'will', 'would', 'could', 'should', 'might', 'may', 'can', 'must', 'that', 'which', 'who', 'so', 'then', 'because',
  'since', 'if', 'when', 'once', 'unless', 'but', 'not', 'no', 'never', 'use', 'add', 'adds', 'need', 'have', 'has', 'do', 'does', 'get', 'give', 'gives', 'make',
  'without', 'with', 'than',
]);
/** Longest item of a coordinated subject, in words ("date, customer and product dimension"). */
const MAX_ITEM_WORDS = 3;
/** Longest head of a subject, in words, read back from its copula. */
const MAX_HEAD_WORDS = 8;

type Words = { index: number[]; norm: string[] };

function wordsOf(tokens: readonly TextToken[], clause: Clause): Words {
  const words: Words = { index: [], norm: [] };
  for (let i = clause.from; i < clause.to; i += 1) {
    const token = tokens[i] as TextToken;
    // Joining marks are kept as words so a subject can be read across them.
    if (token.kind === 'word' || token.norm === ',' || token.norm === ':' || token.norm === '/') {
      words.index.push(i);
      words.norm.push(token.norm);
    }
  }
  return words;
}

const at = (words: Words, k: number, sequence: readonly string[]) => sequence.every((word, offset) => words.norm[k + offset] === word);

function skip(words: Words, k: number, set: ReadonlySet<string>): number {
  let j = k;
  while (j < words.norm.length && set.has(words.norm[j] ?? '')) j += 1;
  return j;
}

// The predicate at word k (just after the copula and its adverbs): its kind and where it ends, or undefined.
function predicateAt(words: Words, k: number): { kind: Denial['kind']; end: number; needsWithout: boolean; deniedFrom?: number } | undefined {
  const word = words.norm[k] ?? '';
  if (EVALUATIVE.has(word)) return { kind: 'subject', end: k + 1, needsWithout: NEEDS_WITHOUT.has(word) };
  const phrase = EVALUATIVE_PHRASES.find((sequence) => at(words, k, sequence));
  if (phrase) return { kind: 'subject', end: k + phrase.length, needsWithout: NEEDS_WITHOUT.has(phrase[1] ?? '') || NEEDS_WITHOUT.has(phrase[phrase.length - 1] ?? '') };
  if (word !== 'not' && word !== 'never') return undefined;
  const afterAdverbs = skip(words, k + 1, NOT_ADVERBS);
  const next = words.norm[afterAdverbs] ?? '';
  if (NOT_PREDICATES.has(next)) return { kind: 'subject', end: afterAdverbs + 1, needsWithout: false };
  if (next === 'safe') return { kind: 'subject', end: afterAdverbs + 1, needsWithout: true };
  // "not a (real) problem", "not an issue", "not a good idea".
  if (next === 'a' || next === 'an') {
    if (at(words, afterAdverbs + 1, ['good', 'idea'])) return { kind: 'subject', end: afterAdverbs + 3, needsWithout: false };
    const noun = skip(words, afterAdverbs + 1, PROBLEM_ADJECTIVES);
    if (PROBLEM_NOUNS.has(words.norm[noun] ?? '')) return { kind: 'subject', end: noun + 1, needsWithout: false };
    return undefined;
  }
  // "not something (that) they support", "not anything we need".
  if (next === 'something' || next === 'anything') {
    const who = words.norm[afterAdverbs + 1] === 'that' || words.norm[afterAdverbs + 1] === 'which' ? afterAdverbs + 2 : afterAdverbs + 1;
    if (STAND_INS.has(words.norm[who] ?? '') && who + 1 < words.norm.length && !JOINERS.has(words.norm[who + 1] ?? '')) return { kind: 'subject', end: who + 2, needsWithout: false };
    if (words.norm[afterAdverbs + 1] === 'to' && at(words, afterAdverbs + 2, ['worry', 'about'])) return { kind: 'subject', end: afterAdverbs + 4, needsWithout: false };
    return undefined;
  }
  // "not really atomic": a property taken back.
  if (afterAdverbs > k + 1 && !NOT_PREDICATES.has(next) && words.norm[k + 1] !== 'all' && words.norm[k + 1] !== 'that' && next !== '' && !JOINERS.has(next)) {
    let end = afterAdverbs;
    while (end < words.norm.length && !JOINERS.has(words.norm[end] ?? '') && !CONDITIONS.has(words.norm[end] ?? '')) end += 1;
    return { kind: 'property', end, needsWithout: false, deniedFrom: afterAdverbs };
  }
  return undefined;
}

// The subject before the copula at word c: the head item back to a joiner, extended over a coordinated list of short items
// that reaches the clause start ("Dimensions like customer and product"); [from, to) in words, or undefined when there is none.
function subjectBefore(words: Words, c: number): [number, number] | undefined {
  let to = c;
  while (to > 0 && AUXILIARIES.has(words.norm[to - 1] ?? '')) to -= 1;
  let from = to;
  while (from > 0 && to - from < MAX_HEAD_WORDS) {
    const word = words.norm[from - 1] ?? '';
    if (JOINERS.has(word) || SUBJECT_STOPS.has(word) || COPULAS.has(word) || word === ':') break;
    from -= 1;
  }
  if (from === to) return undefined;
  // A coordinated subject: every earlier item short and plain, back to the clause start or a colon.
  let start = from;
  let k = from;
  while (k > 0 && JOINERS.has(words.norm[k - 1] ?? '')) {
    let item = k - 1;
    while (item > 0 && JOINERS.has(words.norm[item - 1] ?? '')) item -= 1;
    let itemFrom = item;
    while (itemFrom > 0 && !JOINERS.has(words.norm[itemFrom - 1] ?? '') && words.norm[itemFrom - 1] !== ':') itemFrom -= 1;
    const itemWords = words.norm.slice(itemFrom, item);
    if (itemWords.length === 0 || itemWords.length > MAX_ITEM_WORDS || itemWords.some((word) => SUBJECT_STOPS.has(word) || COPULAS.has(word))) return [from, to];
    start = itemFrom;
    k = itemFrom;
  }
  return [k === 0 || words.norm[k - 1] === ':' ? start : from, to];
}

function conditional(words: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    if (CONDITIONS.has(words.norm[k] ?? '')) return true;
    if (CONDITION_PHRASES.some((sequence) => at(words, k, sequence))) return true;
  }
  return false;
}

/**
 * Reads claims denied through their predicate (see `Denial`). A judgement followed or preceded in its clause by a
 * condition ("risky without idempotence", "not needed once we have CDC", "not a problem as long as we key by driver",
 * "if the task appends, backfill is risky") denies nothing; after "risky"/"not safe", "without Y" says Y is needed, so
 * Y's negation is lifted. A subject of several short items is denied whole ("customer and product aren't needed").
 * Needs the negation already read (polarity.ts); returns copies. Pure; never throws.
 */
export function readPredicateDenials(tokens: readonly TextToken[], clauses: readonly Clause[], negatedIn: readonly boolean[], cueIn: readonly boolean[]): PredicateDenials {
  const negated = negatedIn.slice();
  const cue = cueIn.slice();
  const denials: Denial[] = [];
  for (const clause of clauses) {
    const words = wordsOf(tokens, clause);
    for (let c = 1; c < words.norm.length; c += 1) {
      if (!COPULAS.has(words.norm[c] ?? '')) continue;
      const p = skip(words, c + 1, ADVERBS);
      const predicate = predicateAt(words, p);
      if (!predicate) continue;
      const subject = subjectBefore(words, c);
      if (!subject) continue;
      const [from, to] = subject;
      const index = (k: number) => words.index[k] as number;
      // "risky without idempotence": what follows "without" is required, not refused.
      if (predicate.needsWithout && words.norm[skip(words, predicate.end, ADVERBS)] === 'without') {
        for (let k = skip(words, predicate.end, ADVERBS) + 1; k < words.norm.length && !cue[index(k)]; k += 1) negated[index(k)] = false;
      }
      if (conditional(words, 0, from) || conditional(words, predicate.end, words.norm.length)) {
        c = predicate.end - 1;
        continue;
      }
      if (predicate.kind === 'subject') {
        for (let k = from; k < to; k += 1) if (!cue[index(k)] && tokens[index(k)]?.kind === 'word') negated[index(k)] = true;
        for (let k = p; k < predicate.end; k += 1) if (EVALUATIVE.has(words.norm[k] ?? '')) cue[index(k)] = true;
      }
      const deniedFrom = predicate.kind === 'subject' ? from : (predicate.deniedFrom ?? p);
      const deniedTo = predicate.kind === 'subject' ? to : predicate.end;
      denials.push({ kind: predicate.kind, subjectFrom: index(from), subjectTo: index(to - 1) + 1, deniedFrom: index(deniedFrom), deniedTo: index(deniedTo - 1) + 1, cueFrom: index(c), cueTo: index(predicate.end - 1) + 1 });
      c = predicate.end - 1;
    }
  }
  return { negated, cue, denials };
}

/** Per token: the index in `denials` of the denial whose denied words cover it, or -1. */
export function deniedBy(length: number, denials: readonly Denial[]): number[] {
  const by = new Array<number>(length).fill(-1);
  denials.forEach((denial, index) => {
    for (let i = denial.deniedFrom; i < denial.deniedTo && i < length; i += 1) by[i] = index;
  });
  return by;
}

// Words of a subject that do not name it ("Well, strictly, commits").
const NOT_NAMING: ReadonlySet<string> = new Set([...ADVERBS, ...NOT_ADVERBS, 'well', 'strictly', 'actually', 'though', 'anyway', 'also', 'still']);

/** The stems of the content words of what a denial's predicate is said of ("commits" in "Well, strictly, commits aren't really atomic"). */
export function denialSubjectStems(tokens: readonly TextToken[], denial: Denial): string[] {
  const stems: string[] = [];
  for (let i = denial.subjectFrom; i < denial.subjectTo; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'word' && !token.stop && !NOT_NAMING.has(token.norm)) stems.push(token.stem);
  }
  return stems;
}
