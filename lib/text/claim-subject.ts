import type { ReadText } from './read-text';
import { isQuantifierWord } from './quantifier-words';
import type { TextToken } from './tokens';
import { opensPassive } from './passive-predicate';

/** The noun phrase a term is attached to in the learner's clause ("the date dimension" in "SCD type 2 goes on the date dimension"). */
export type AttachedSubject = {
  /** The learner's words naming the subject, verbatim. */
  text: string;
  /** Token indices, `to` exclusive. */
  from: number;
  to: number;
  /** The canonical stems of its content words, in order. */
  stems: string[];
  /** How it was attached: "on"/"for"/"to"/"in"/"by" after the term, "as" ("use Y as the key"), a copula ("Y is the X", "X is Y"), a verb's object ("encrypt the job"), a modifier ("date dimension"). */
  via: 'preposition' | 'as' | 'copula' | 'object' | 'modifier';
};

// Words after a term that attach what follows to it: "Object Lock on the bucket", "SCD 2 for the customer dimension".
const BINDING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'to', 'in', 'into']);
// After "to", "in" and "into" only a determined noun phrase is a subject ("to the archive"), not a purpose ("to move").
const NEEDS_DETERMINER: ReadonlySet<string> = new Set(['to', 'in', 'into']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'its', 'their', 'your', 'each', 'every', 'this', 'that', 'these', 'those', 'all']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'becomes', 'become']);
// Words a term may be followed by before its binding preposition: "SCD type 2 goes on", "lifecycle rules on", "Object Lock turned on for".
const LINKING: ReadonlySet<string> = new Set(['goes', 'go', 'is', 'are', 'be', 'applied', 'apply', 'applies', 'rule', 'rules', 'policy', 'policies', 'turned', 'switched', 'enabled', 'set', 'put', 'only', 'also', 'just', 'type', 'mode', 'settings', 'setting', 'config', 'configuration', 'kept', 'stored', 'placed', 'sits', 'lives']);
// Words before a term that count or compare ("several database servers"), never a subject's name.

// Words that end a noun phrase (verbs and connectives a phrase never holds).
const PHRASE_ENDS: ReadonlySet<string> = new Set(['so', 'to', 'that', 'which', 'and', 'or', 'but', 'because', 'with', 'as', 'is', 'are', 'was', 'were', 'be', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'has', 'have', 'had', 'keeps', 'keep', 'gets', 'get', 'when', 'if', 'then', 'since', 'after', 'before', 'until', 'from', 'via', 'using', 'by', 'on', 'for', 'in', 'into', 'at', 'of', 'per', 'across', 'through', 'while', 'where', 'who', 'not', 'never', 'no', 'inside', 'within', 'outside', 'onto', 'under', 'behind', 'between', 'over']);
// Verbs before "Y as X": "use the H3 zone as the partition key", "store the ledger as Parquet".
const AS_VERBS: ReadonlySet<string> = new Set(['use', 'uses', 'using', 'used', 'pick', 'picks', 'choose', 'chooses', 'take', 'takes', 'store', 'stores', 'stored', 'keep', 'keeps', 'save', 'saves', 'write', 'writes', 'treat', 'treats', 'make', 'makes', 'model', 'models', 'set', 'sets', 'put', 'puts']);
// Names that stand for "the thing in question" and never for a different subject.
const GENERIC: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that', 'everything', 'all', 'data', 'default', 'us', 'you', 'me', 'one', 'those', 'these', 'way', 'case', 'time', 'now', 'place', 'example', 'instance']);
// Head nouns of a system or component: a phrase after "on"/"for" names a different subject only when it has one
// ("Object Lock for compliance" names none; "Object Lock for the Redis feature store" does).
const THING_WORDS: ReadonlySet<string> = new Set(
  (
    'store stores table tables topic topics bucket buckets database databases db job jobs dimension dimensions cluster queue stream streams ' +
    'ledger service cache warehouse lake index partition partitions key keys value values field column columns broker brokers ' +
    'redis kafka postgres postgresql mysql flink spark s3 gcs dynamodb cassandra elasticsearch snowflake bigquery hive airflow ' +
    'producer producers consumer consumers sink source connector message messages header payload record schema fact facts ' +
    'dag task volume disk node nodes server servers api model feature features'
  ).split(' '),
);
// Prepositions kept inside a described phrase ("one row per customer per day").
const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'per', 'at']);
/** The longest noun phrase read as a subject, in words. */
const MAX_PHRASE_WORDS = 6;

function wordAt(read: ReadText, i: number): TextToken | undefined {
  const token = read.tokens[i];
  return token && token.kind === 'word' ? token : undefined;
}

function phraseOf(read: ReadText, start: number, end: number, via: AttachedSubject['via']): AttachedSubject | undefined {
  let from = start;
  let to = end;
  while (to > from && read.tokens[to - 1]?.kind === 'mark') to -= 1;
  // The phrase starts after its determiner ("encrypt the Spark job" names "Spark job").
  // ("item on an order" keeps its inner determiner).
  for (let i = from; i < to - 1; i += 1) {
    const norm = (read.tokens[i] as TextToken).norm;
    if (INNER_PREPOSITIONS.has(norm)) break;
    if (DETERMINERS.has(norm) && norm !== 'all') from = i + 1;
  }
  if (to <= from) return undefined;
  const words = read.tokens.slice(from, to).filter((token) => token.kind === 'word');
  const content = words.filter((token) => !token.stop && !GENERIC.has(token.norm) && !DETERMINERS.has(token.norm));
  if (content.length === 0) return undefined;
  const first = read.tokens[from] as TextToken;
  const last = read.tokens[to - 1] as TextToken;
  return { text: read.text.slice(first.start, last.end), from, to, stems: content.map((token) => token.stem), via };
}

// A noun phrase read forward from `i` (determiners skipped) up to a word that ends it, a mark or the clause end.
// With `extended`, "of", "on", "in", "per" stay inside it ("one row per product on an order").
function phraseAfter(read: ReadText, i: number, end: number, via: AttachedSubject['via'], extended = false): AttachedSubject | undefined {
  let from = i;
  while (from < end && wordAt(read, from) && DETERMINERS.has((read.tokens[from] as TextToken).norm)) from += 1;
  let to = from;
  // Written-together marks belong to the name ("driver_id", "dim_date").
  while (to < end && to - from < MAX_PHRASE_WORDS * 2) {
    const token = read.tokens[to] as TextToken;
    if (token.kind === 'word' && PHRASE_ENDS.has(token.norm) && to > from && !(extended && INNER_PREPOSITIONS.has(token.norm))) break;
    if (token.kind === 'mark' && !(token.norm === '_' || token.norm === '-' || token.norm === '.')) break;
    to += 1;
  }
  return phraseOf(read, from, to, via);
}

// A noun phrase read back from `i` (exclusive), stopping at a verb of `stopAt`, a word that ends phrases, a mark or the clause start.
function phraseBefore(read: ReadText, i: number, start: number, via: AttachedSubject['via'], stopAt: ReadonlySet<string>): AttachedSubject | undefined {
  let from = i;
  while (from > start && i - from < MAX_PHRASE_WORDS) {
    const token = read.tokens[from - 1] as TextToken;
    if (token.kind === 'mark' && !(token.norm === '_' || token.norm === '-')) break;
    if (token.kind === 'word' && (stopAt.has(token.norm) || (PHRASE_ENDS.has(token.norm) && !DETERMINERS.has(token.norm)))) break;
    from -= 1;
  }
  return phraseOf(read, from, i, via);
}

const COPULA_ADVERBS: ReadonlySet<string> = new Set(['also', 'just', 'really', 'still', 'basically', 'essentially', 'simply', 'actually', 'mostly', 'always']);

// Words that open a list of examples of the noun before them ("warehouses LIKE Snowflake", "stores SUCH AS Redis").
const EXAMPLE_OPENERS: ReadonlySet<string> = new Set(['like', 'including', 'e.g']);
const EXAMPLE_JOINS: ReadonlySet<string> = new Set(['or', 'and', ',', '/']);
const MAX_EXAMPLE_WORDS = 8;

/**
 * The head noun a subject is an example of ("Warehouses like Snowflake or BigQuery": "Warehouses" for "BigQuery"),
 * when names joined by "or"/"and"/commas run back from it to "like", "such as" or "including". Undefined otherwise.
 */
function exampleHead(read: ReadText, subject: AttachedSubject, start: number): AttachedSubject | undefined {
  for (let i = subject.from - 1; i > start && subject.from - i <= MAX_EXAMPLE_WORDS; i -= 1) {
    const token = read.tokens[i] as TextToken;
    const opener = EXAMPLE_OPENERS.has(token.norm) || (token.norm === 'as' && read.tokens[i - 1]?.norm === 'such');
    if (opener) {
      const at = token.norm === 'as' ? i - 1 : i;
      return at > start ? phraseBefore(read, at, start, subject.via, COPULAS) : undefined;
    }
    if (token.kind === 'mark' ? !EXAMPLE_JOINS.has(token.norm) && token.norm !== '.' : token.stop && !EXAMPLE_JOINS.has(token.norm)) return undefined;
  }
  return undefined;
}

const hasThing = (read: ReadText, subject: AttachedSubject) =>
  read.tokens.slice(subject.from, subject.to).some((token) => token.kind === 'word' && THING_WORDS.has(token.norm));

// "X on/for/to/in Y", with up to three linking words between ("SCD type 2 goes on the date dimension").
function prepositionAfter(read: ReadText, to: number, end: number): AttachedSubject | undefined {
  for (let i = to, linked = 0; i < end && linked <= 3; i += 1) {
    const token = read.tokens[i] as TextToken;
    if (token.kind === 'mark') {
      if (token.norm === '_' || token.norm === '-' || token.norm === '=') continue;
      return undefined;
    }
    if (BINDING_PREPOSITIONS.has(token.norm)) {
      const next = read.tokens[i + 1];
      if (NEEDS_DETERMINER.has(token.norm) && !(next && (DETERMINERS.has(next.norm) || THING_WORDS.has(next.norm)))) return undefined;
      const subject = phraseAfter(read, i + 1, end, 'preposition');
      return subject && hasThing(read, subject) ? subject : undefined;
    }
    if (!(LINKING.has(token.norm) || token.stem === 'num' || /^\d/.test(token.norm))) return undefined;
    linked += 1;
  }
  return undefined;
}

/**
 * The subject a term (tokens `[from, to)` of the read text) is attached to by its clause, if the clause
 * names one. Read, in order: "X is Y" and "Y is (the) X" (a copula: "the key is the driver id", "the
 * product table is the fact table"); "Y as X" after a verb ("use the H3 zone as the partition key");
 * "X on/for/to/in Y" (up to three linking words between: "SCD type 2 goes on the date dimension",
 * "Object Lock for the Redis store"); a term ending in "per"/"by"/"of" and "key(ed) by Y" ("one row per
 * customer per day", "key by hospital"); a verb's object ("encrypt the Flink job", "encrypt the Flink
 * job with KMS"); a noun before a head noun ("the date dimension"). After "on", "for", "to", "in" and a verb, the phrase
 * must name a component (a store, table, topic, job, tool...) to count, so "Object Lock for
 * compliance" is attached to nothing. Pure; never throws.
 */
// Words that open a prepositional term ("by key", "per customer", "on the primary").
const TERM_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'per', 'of', 'on', 'in', 'for', 'with', 'to', 'from', 'at', 'via']);

export function attachedSubject(read: ReadText, from: number, to: number): AttachedSubject | undefined {
  const clause = read.clauses[read.clauseOf[from] ?? -1];
  if (!clause) return undefined;
  const last = read.tokens[to - 1];
  const after = read.tokens[to];
  // A term ending in "per"/"by"/"of" names its subject right after it ("one row per customer per day"); so does
  // a key followed by "by" ("key by hospital", "keyed by the patient id").
  const keyBy = last?.stem === 'kei' && after?.norm === 'by';
  if (last && (last.norm === 'per' || last.norm === 'by' || last.norm === 'of' || keyBy)) {
    const subject = phraseAfter(read, keyBy ? to + 1 : to, clause.to, 'preposition', true);
    if (subject) return subject;
  }
  const before = read.tokens[from - 1];
  const det = before && DETERMINERS.has(before.norm) ? from - 2 : from - 1;
  // An adverb between the copula and the term ("Gold is ALSO the raw copy", "warehouses are REALLY row stores").
  const beforeDet = COPULA_ADVERBS.has(read.tokens[det]?.norm ?? '') && COPULAS.has(read.tokens[det - 1]?.norm ?? '') ? det - 1 : det;
  const copulaBefore = read.tokens[beforeDet];
  // "Y is (the) X": the term names what Y is.
  if (copulaBefore && COPULAS.has(copulaBefore.norm) && beforeDet > clause.from) {
    const subject = phraseBefore(read, beforeDet, clause.from, 'copula', COPULAS);
    // "Warehouses like Snowflake or BigQuery are row stores": the examples name the head noun before them, which is what is said.
    if (subject) return exampleHead(read, subject, clause.from) ?? subject;
  }
  // "use Y as (the) X".
  // "export the ledger as Parquet to S3": a destination after the term says where it applies.
  if (copulaBefore && copulaBefore.norm === 'as' && beforeDet > clause.from) {
    const subject = prepositionAfter(read, to, clause.to) ?? phraseBefore(read, beforeDet, clause.from, 'as', AS_VERBS);
    if (subject) return subject;
  }
  // "X is Y": what the term is ("the grain is one row per customer per day", "the key is the hospital").
  if (after && COPULAS.has(after.norm)) {
    const next = read.tokens[to + 1];
    // "object lock is used", "the topic is partitioned by day": a passive predicate says what is done with the term (passive-predicate.ts).
    if (next && !BINDING_PREPOSITIONS.has(next.norm) && next.norm !== 'not' && next.norm !== 'what' && !opensPassive(read, to + 1)) {
      const subject = phraseAfter(read, to + 1, clause.to, 'copula', true);
      if (subject) return subject;
    }
  }

  const bound = prepositionAfter(read, to, clause.to);
  if (bound) return bound;
  // A verb's object: "encrypt the Flink job" (a determiner right after the term).
  if (after && DETERMINERS.has(after.norm) && after.norm !== 'all') {
    const subject = phraseAfter(read, to, clause.to, 'object');
    if (subject && hasThing(read, subject)) return subject;
  }
  // "encrypt the Flink job with KMS": the object of the verb before "with"/"using".
  if (before && (before.norm === 'with' || before.norm === 'using') && from - 1 > clause.from) {
    const subject = phraseBefore(read, from - 1, clause.from, 'object', AS_VERBS);
    if (subject && hasThing(read, subject)) return subject;
  }
  // A noun before a head noun: "the date dimension", "the Kafka topic"; not before a term that opens with a preposition
  // ("each order read BY ITS KEY": "read" is the verb the phrase goes with, not a modifier of "key").
  if (last && THING_WORDS.has(last.norm) && !TERM_PREPOSITIONS.has(read.tokens[from]?.norm ?? '') && before && before.kind === 'word' && !before.stop && !DETERMINERS.has(before.norm) && !PHRASE_ENDS.has(before.norm) && !isQuantifierWord(before.norm)) {
    return phraseOf(read, from - 1, from, 'modifier');
  }
  return undefined;
}

/** The stems of each subject phrase, for `subjectMatches` (analysed by the caller, once per claim). */
export function subjectMatches(subject: AttachedSubject, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((stems) => {
    if (stems.length === 0) return false;
    for (let i = 0; i + stems.length <= subject.stems.length; i += 1) {
      if (stems.every((stem, k) => subject.stems[i + k] === stem)) return true;
    }
    return false;
  });
}
