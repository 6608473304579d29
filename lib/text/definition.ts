import { analyse, contentStems } from './analyse';
import type { ReadText } from './read-text';

/**
 * A definition the learner gives a term: the term opens its clause and a defining verb follows
 * ("min.insync.replicas is how many consumers must have read the message", "the watermark means ...",
 * "Double entry is an accounting concept for finance's reports"). `said` is the defining predicate, verbatim;
 * `stems` its content stems (the term's own words left out).
 */
export type Definition = { said: string; stems: string[] };

// Verbs that define their subject on their own ("X means ...", "X controls ...").
const DEFINING_VERBS: ReadonlySet<string> = new Set(['means', 'mean', 'controls', 'control', 'determines', 'determine', 'defines', 'define', 'denotes', 'represents', 'specifies', 'tells', 'decides', 'measures', 'counts']);
// Two-word defining verbs ("refers to", "stands for").
const DEFINING_PAIRS: ReadonlySet<string> = new Set(['refers to', 'stands for', 'is about', 'are about', 'is basically', 'is simply', 'is just', 'is essentially', 'is merely']);
// After "is"/"are": the words that open a definition ("is how many ...", "is the number of ...", "is a concept ...").
const COPULA_OPENERS: ReadonlySet<string> = new Set(['how', 'when', 'where', 'what', 'a', 'an', 'the', 'basically', 'simply', 'just', 'essentially', 'merely']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are']);
// Words before the term that still leave it the clause's subject.
const LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'our', 'this', 'that', 'kafka', 'spark', 'so', 'and', 'but', 'then', 'here']);
// Words that end the defining predicate: a reason or a new statement is not part of what the term is.
const PREDICATE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ',', ';', ':', 'so', 'because', 'since', 'which', 'therefore', 'hence', '(', '-', '–', '—']);
/** Fewest content words a defining predicate needs to say what a term is ("is a must" defines nothing). */
const MIN_PREDICATE_STEMS = 2;
// Predicates that judge the term rather than define it ("is a must", "is a good idea", "is the safest setting").
const JUDGING: ReadonlySet<string> = new Set(['must', 'good', 'great', 'bad', 'best', 'better', 'safest', 'safe', 'key', 'important', 'essential', 'crucial', 'default', 'standard', 'idea', 'option', 'choice', 'requirement', 'trade', 'tradeoff', 'way', 'answer', 'fix', 'solution', 'thing', 'part', 'piece', 'reason', 'problem', 'catch', 'point', 'cost', 'price']);

/**
 * The definition given to the term at tokens `[from, to)`, or undefined when the term is not defined there: it must
 * open its clause (after at most a determiner or a joining word), may carry a setting value ("acks=all"), and be
 * followed by a defining verb ("means", "controls", "refers to") or by "is"/"are" with a definition's opener ("is how
 * many", "is the number of", "is a concept"). The predicate runs to the clause's end or to a reason ("so", "because")
 * or a comma, and needs two content words; one that judges the term ("is a must", "is the safest setting") is not a
 * definition. Pure; never throws.
 */
export function readDefinition(read: ReadText, from: number, to: number): Definition | undefined {
  const clause = read.clauses[read.clauseOf[from] ?? -1];
  if (!clause) return undefined;
  for (let i = clause.from; i < from; i += 1) {
    const token = read.tokens[i];
    if (token && token.kind === 'word' && !LEADS.has(token.norm)) return undefined;
  }
  let i = to;
  // A setting's value written with its name ("acks=all", "min.insync.replicas = 2").
  if (read.tokens[i]?.norm === '=' && read.tokens[i + 1]?.kind === 'word') i += 2;
  const first = read.tokens[i];
  const second = read.tokens[i + 1];
  if (!first || first.kind !== 'word' || read.clauseOf[i] !== clause.index) return undefined;
  const pair = second ? `${first.norm} ${second.norm}` : '';
  let start: number;
  if (DEFINING_PAIRS.has(pair)) start = i + 2;
  else if (DEFINING_VERBS.has(first.norm)) start = i + 1;
  else if (COPULAS.has(first.norm) && second && COPULA_OPENERS.has(second.norm)) start = i + 1;
  else return undefined;
  const termStems = new Set(read.tokens.slice(from, to).map((token) => token.stem));
  const stems: string[] = [];
  let end = start;
  for (let k = start; k < clause.to; k += 1) {
    const token = read.tokens[k];
    if (!token || PREDICATE_ENDS.has(token.norm)) break;
    end = k + 1;
    if (token.kind !== 'word' || token.stop || termStems.has(token.stem)) continue;
    if (JUDGING.has(token.norm)) return undefined;
    stems.push(token.stem);
  }
  if (stems.length < MIN_PREDICATE_STEMS) return undefined;
  const startToken = read.tokens[start];
  const endToken = read.tokens[end - 1];
  if (!startToken || !endToken) return undefined;
  return { said: read.text.slice(startToken.start, endToken.end), stems };
}

const meaningCache = new WeakMap<object, ReadonlySet<string>>();

/**
 * The content stems of what a claim says: every phrase given (its text, keywords, asserts, paraphrases, the
 * explanation of its follow-up), read once per claim object. Used to judge whether a definition matches the claim.
 */
export function meaningStems(owner: object, phrases: () => readonly string[]): ReadonlySet<string> {
  let stems = meaningCache.get(owner);
  if (!stems) {
    const all = new Set<string>();
    for (const phrase of phrases()) for (const stem of contentStems(analyse(phrase))) all.add(stem);
    stems = all;
    meaningCache.set(owner, stems);
  }
  return stems;
}

// Words that measure or label anything ("the number of", "a setting"): they say nothing of what a term is.
const GENERIC: ReadonlySet<string> = new Set(['number', 'count', 'amount', 'total', 'minimum', 'maximum', 'min', 'max', 'set', 'setting', 'valu', 'value', 'way', 'type', 'level', 'size', 'option', 'config', 'configur', 'paramet']);

/**
 * Whether a definition says something of the claim: one of its content words, other than generic ones and those the
 * question gives (`given`: "fact table" when the question asks for its grain), is among the claim's (`meaning`). A
 * definition with no words of its own left cannot be judged and matches.
 */
export function definitionMatches(definition: Definition, meaning: ReadonlySet<string>, given?: ReadonlySet<string>): boolean {
  const own = definition.stems.filter((stem) => !GENERIC.has(stem) && !given?.has(stem));
  if (own.length === 0) return true;
  return own.some((stem) => meaning.has(stem));
}
