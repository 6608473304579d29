import type { Finding, StepResult } from '../scoring/finding';
import { sortFindings } from '../scoring/score';
import { analyse, contentStems } from './analyse';
import { DEFAULT_MAX_CHARS } from './normalise';
import { COMPONENT_NAMES } from './components';
import { EQUIVALENTS, MODE_WORDS } from './equivalents';
import { ARCHIVE_STORES, RAW_STREAM_STORES } from './stores';
import { KEY_VALUE_STORES, WAREHOUSE_STORES } from './serving-stores';
import { TOOL_NAMES } from './tool-list';
import { expandWord } from './whiteboard-abbreviations';

/**
 * Words any data-engineering answer uses whatever the business: they say nothing about which case an
 * answer was written for. Together with the store, tool and component names of lib/text they make
 * the generic lexicon; every other content word of an answer is a domain word, and belongs to the
 * case or not. Sources: the usual wording of data-engineering interview guides.
 */
export const GENERIC_WORDS: readonly string[] = [
  'data', 'event', 'events', 'record', 'records', 'row', 'rows', 'table', 'tables', 'column', 'file', 'files', 'message', 'messages',
  'volume', 'size', 'peak', 'average', 'day', 'daily', 'hour', 'hourly', 'minute', 'minutes', 'second', 'seconds', 'week', 'weekly',
  'month', 'monthly', 'year', 'years', 'yearly', 'nightly', 'night', 'morning', 'evening', 'today', 'growth', 'grow', 'scale',
  'fresh', 'freshness', 'latency', 'late', 'real', 'time', 'realtime', 'near', 'sla', 'slo', 'uptime', 'downtime', 'availability',
  'retention', 'keep', 'delete', 'deletion', 'archive', 'history', 'historical', 'backfill', 'replay', 'format', 'formats', 'json',
  'csv', 'avro', 'parquet', 'protobuf', 'schema', 'schemas', 'pii', 'gdpr', 'privacy', 'security', 'encrypt', 'encryption', 'access',
  'dashboard', 'dashboards', 'report', 'reports', 'reporting', 'bi', 'analytics', 'analyst', 'analysts', 'metric', 'metrics', 'kpi',
  'query', 'queries', 'sql', 'api', 'service', 'services', 'system', 'systems', 'platform', 'pipeline', 'pipelines', 'job', 'jobs',
  'batch', 'stream', 'streaming', 'ingest', 'ingestion', 'load', 'transform', 'model', 'models', 'store', 'storage', 'database',
  'source', 'sources', 'sink', 'input', 'inputs', 'output', 'outputs', 'consumer', 'consumers', 'producer', 'user', 'users', 'team',
  'teams', 'scope', 'first', 'ship', 'priority', 'exist', 'existing', 'current', 'build', 'need', 'needs', 'use', 'case', 'cases',
  'many', 'much', 'big', 'small', 'fast', 'slow', 'often', 'long', 'new', 'old', 'raw', 'curated', 'clean', 'aggregate', 'aggregates',
  'key', 'id', 'ids', 'entity', 'entities', 'main', 'core', 'type', 'types', 'per', 'total', 'count', 'number', 'rate', 'throughput',
  'gb', 'tb', 'mb', 'kb', 'pb', 'byte', 'bytes', 'ms', 'tps', 'qps', 'duplicate', 'duplicates', 'order', 'ordering', 'exactly', 'once',
  'idempotent', 'dedupe', 'partition', 'partitions', 'replica', 'region', 'regions', 'cloud', 'cost', 'budget', 'tool', 'tools', 'oltp', 'olap',
  'upstream', 'downstream', 'window', 'windows', 'feature', 'features', 'ml', 'training', 'science', 'scientist', 'scientists', 'update', 'updates',
  'change', 'changes', 'correction', 'corrections', 'error', 'errors', 'fail', 'failure', 'outage', 'tolerable', 'tolerate', 'lose', 'loss',
  'architecture', 'design', 'approach', 'solution', 'stack', 'tech', 'technology', 'modern', 'native', 'enterprise', 'industry', 'standard',
  'best', 'practice', 'practices', 'highly', 'available', 'reliable', 'reliability', 'scalable', 'scalability', 'robust', 'insight', 'insights',
  'actionable', 'stakeholder', 'stakeholders', 'business', 'company', 'customer', 'customers', 'product', 'products', 'question', 'questions',
  'domain', 'industry', 'velocity', 'variety', 'veracity', 'rpo', 'rto', 'soc2', 'iso', 'compliance', 'audit', 'via', 'leverage', 'unlock',
  'value', 'chain', 'world', 'worlds', 'grade', 'governance', 'lineage', 'catalog', 'quality', 'observability', 'monitoring', 'alerting',
];

/**
 * The words of conversation and opinion, not of any business: "assume", "worry", "great", "sounds".
 * An answer made of them may be empty or leading (other findings say so), not written for another case.
 */
export const CONVERSATION_WORDS: readonly string[] = [
  'assume', 'assuming', 'guess', 'worry', 'matter', 'matters', 'fine', 'great', 'nice', 'cool', 'love', 'enjoy', 'meet', 'sound', 'sounds',
  'think', 'thinking', 'obviously', 'probably', 'pretty', 'plenty', 'problem', 'interesting', 'exciting', 'look', 'walk', 'work', 'way',
  'else', 'stuff', 'thing', 'things', 'everyone', 'always', 'never', 'sure', 'okay', 'let', 'go', 'start', 'concern', 'concerns', 'deal',
  'mind', 'forget', 'scratch', 'similar', 'different', 'special', 'top', 'high', 'low', 'right', 'wrong', 'good', 'bad', 'idea', 'ideas',
  'tell', 'know', 'want', 'like', 'please', 'thanks', 'thank', 'hello', 'hi', 'awesome', 'wonderful', 'meaningful', 'loud', 'precise',
  'super', 'helpful', 'useful', 'important', 'critical', 'key', 'basically', 'really', 'quite', 'maybe', 'perhaps',
];

const genericCache: { stems?: ReadonlySet<string> } = {};

function genericStems(): ReadonlySet<string> {
  if (genericCache.stems) return genericCache.stems;
  const phrases = [
    ...GENERIC_WORDS,
    ...CONVERSATION_WORDS,
    ...COMPONENT_NAMES,
    ...TOOL_NAMES,
    ...ARCHIVE_STORES,
    ...RAW_STREAM_STORES,
    ...WAREHOUSE_STORES,
    ...KEY_VALUE_STORES,
    ...Object.entries(EQUIVALENTS).flatMap(([key, members]) => [key, ...members]),
    ...MODE_WORDS.stream,
    ...MODE_WORDS.batch,
  ];
  genericCache.stems = new Set(phrases.flatMap((phrase) => contentStems(analyse(phrase))));
  return genericCache.stems;
}

/**
 * Whether a word or name belongs to the generic data-engineering lexicon (a tool, store or component
 * name such as "Kafka" or "Postgres", or a word every answer uses): it names no business. Pure; never throws.
 */
export function isGenericTerm(term: string): boolean {
  if (typeof term !== 'string') return false;
  const stems = contentStems(analyse(term));
  const generic = genericStems();
  return stems.length > 0 && stems.every((stem) => generic.has(stem));
}

/**
 * What a case's own data says about its domain: the stems of every word its rubric uses (facts'
 * answers and keywords, entities and synonyms, consumers, inputs, outputs, use cases, the brief), and
 * how often each appears. Built by `caseVocabulary` from the rubric, never from a hand list.
 */
export type CaseVocabulary = { counts: ReadonlyMap<string, number> };

/** A stem the rubric uses this often is central to the case (the business's own nouns), not an aside. */
export const CENTRAL_STEM_COUNT = 3;

const MAX_STRINGS = 20000;
// Fields that hold shared enums (a topic, a mode, a format, a processing style), not domain words.
// "examples" are candidates' phrasings of clarify questions (a matching aid, in whatever words candidates use:
// "the shop floor"), not the case's own business, so they do not widen what counts as the case's vocabulary.
const SKIPPED_KEYS: ReadonlySet<string> = new Set(['topic', 'kind', 'mode', 'severity', 'format', 'processingStyle', 'examples']);

function collectStrings(value: unknown, into: string[], depth: number): void {
  if (into.length >= MAX_STRINGS || depth > 12) return;
  if (typeof value === 'string') {
    into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, into, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      // Ids are kebab-case names of the same things; keys such as "topic" hold shared enums, not domain words.
      if (SKIPPED_KEYS.has(key)) continue;
      collectStrings(item, into, depth + 1);
    }
  }
}

/**
 * Every string in an answer or rubric of any shape, in order (enum-like fields such as "mode" and
 * "topic" left out), at most 20,000. Pure; never throws.
 */
export function stringsOf(value: unknown): string[] {
  const strings: string[] = [];
  collectStrings(value, strings, 0);
  return strings;
}

const vocabularyCache = new WeakMap<object, CaseVocabulary>();

/**
 * The domain vocabulary of a case from its rubric (any shape: every string in it is read, so a new
 * field a mentor writes counts too). Cached per rubric object. Pure; never throws; an empty
 * vocabulary for a non-object.
 */
export function caseVocabulary(rubric: unknown): CaseVocabulary {
  if (rubric === null || typeof rubric !== 'object') return { counts: new Map() };
  const cached = vocabularyCache.get(rubric);
  if (cached) return cached;
  const strings = stringsOf(rubric);
  const counts = new Map<string, number>();
  for (const text of strings) {
    for (const stem of contentStems(analyse(text.replace(/[-_]/g, ' ')))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const vocabulary = { counts };
  vocabularyCache.set(rubric, vocabulary);
  return vocabulary;
}

/**
 * The fewest distinct content stems a rubric needs before case fit judges anything: the shipped cases
 * have 730-780; a thin rubric (a test fixture, a mentor's first draft) cannot tell another case's words
 * from its own business, so every answer fits it.
 */
export const CASE_FIT_MIN_VOCABULARY = 200;

/** At least this many domain words foreign to the case before an answer can be read as written for another. */
export const OFF_CASE_MIN_FOREIGN = 4;
/** Share of an answer's domain words that must be foreign to the case. */
export const OFF_CASE_FOREIGN_SHARE = 0.55;
/**
 * At most this many distinct central words of the case (some are common words a rubric repeats:
 * "kept", "within"), and at most one per OFF_CASE_FOREIGN_PER_CENTRAL foreign words: an answer about
 * the case names its business, even with typos or in another language.
 */
export const OFF_CASE_MAX_CENTRAL = 4;
export const OFF_CASE_FOREIGN_PER_CENTRAL = 3;

/**
 * How well an answer fits the case it was written for. `foreign` are its domain words (in the
 * learner's spelling) that the case never uses; `own` those it does; `central` the case's central
 * words it names. `offCase` when most of its domain words belong elsewhere and it names almost none
 * of the case's own business.
 */
export type CaseFit = { own: string[]; central: string[]; foreign: string[]; offCase: boolean };

// The halves of "doesn't", "isn't", "won't" left when the apostrophe splits a word: grammar, not domain.
const CONTRACTION_HEADS: ReadonlySet<string> = new Set(['doesn', 'isn', 'aren', 'don', 'won', 'didn', 'wasn', 'weren', 'haven', 'hasn', 'couldn', 'wouldn', 'shouldn', 'can']);

/**
 * The most of an answer case fit reads: DEFAULT_MAX_CHARS (2,000) characters of each text, and
 * CASE_FIT_MAX_WORDS words in all. An answer's business shows in its first paragraphs; a pasted
 * megabyte must not cost seconds (the other readers in lib/text cut the same way).
 */
export const CASE_FIT_MAX_WORDS = 5000;

/** The content words of `text` with their stems; `seen` remembers each spelling's stem (null: none) across the answer's texts. */
function wordsOf(text: string, seen: Map<string, string | null>, budget: { words: number }): { word: string; stem: string }[] {
  const out: { word: string; stem: string }[] = [];
  for (const raw of text.slice(0, DEFAULT_MAX_CHARS).split(/[^\p{L}\p{N}]+/u)) {
    if (budget.words <= 0) break;
    if (raw.length < 3 || /^\d/.test(raw) || CONTRACTION_HEADS.has(raw.toLowerCase())) continue;
    budget.words -= 1;
    let stem = seen.get(raw);
    if (stem === undefined) {
      // Whiteboard shorthand ("svc", "dash", "ops") names a component or a role, never a business: it is
      // neither evidence that an answer fits the case nor foreign to it.
      const stems = expandWord(raw.toLowerCase()) === undefined ? contentStems(analyse(raw)) : [];
      stem = stems.length === 1 && stems[0] ? stems[0] : null;
      seen.set(raw, stem);
    }
    if (stem !== null) out.push({ word: raw, stem });
  }
  return out;
}

/**
 * Reads whether `texts` (an answer's fields or questions) were written for the case whose rubric is
 * given: every content word outside the generic data-engineering lexicon is a domain word, the case's
 * own when its rubric uses it, foreign otherwise. An answer is off-case when at least
 * OFF_CASE_MIN_FOREIGN distinct domain words are foreign, they are OFF_CASE_FOREIGN_SHARE of its
 * domain words, and it names few of the case's central words (OFF_CASE_MAX_CENTRAL, and a third of the foreign count). A generic but
 * right answer has few domain words and is never off-case; a strong terse one names the business.
 * Pure; never throws.
 */
export function readCaseFit(texts: readonly unknown[], rubric: unknown): CaseFit {
  const { counts } = caseVocabulary(rubric);
  const generic = genericStems();
  const own = new Map<string, string>();
  const foreign = new Map<string, string>();
  const central = new Map<string, string>();
  const seen = new Map<string, string | null>();
  const budget = { words: CASE_FIT_MAX_WORDS };
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const { word, stem } of wordsOf(text, seen, budget)) {
      if (generic.has(stem)) continue;
      const count = counts.get(stem) ?? 0;
      if (count > 0) {
        if (!own.has(stem)) own.set(stem, word);
        if (count >= CENTRAL_STEM_COUNT && !central.has(stem)) central.set(stem, word);
      } else if (!foreign.has(stem)) {
        foreign.set(stem, word);
      }
    }
  }
  const domain = own.size + foreign.size;
  const offCase =
    counts.size >= CASE_FIT_MIN_VOCABULARY &&
    foreign.size >= OFF_CASE_MIN_FOREIGN && foreign.size >= domain * OFF_CASE_FOREIGN_SHARE &&
    central.size <= OFF_CASE_MAX_CENTRAL &&
    foreign.size >= central.size * OFF_CASE_FOREIGN_PER_CENTRAL;
  return { own: [...own.values()], central: [...central.values()], foreign: [...foreign.values()], offCase };
}

/** The most an off-case answer scores out of 100: an interviewer gives an answer written for another business 5-10. */
export const OFF_CASE_MAX_SCORE = 10;

const listWords = (words: readonly string[]) => words.slice(0, 6).map((word) => `"${word}"`).join(', ');

/**
 * Caps a step result at OFF_CASE_MAX_SCORE when the answer reads as written for another case (see
 * `readCaseFit`), with a finding (code `<step>.off-case`) that names the foreign words and carries the
 * points withheld. A result already at or under the cap gets the finding with 0 points. Pure.
 */
export function capOffCase(result: StepResult, fit: CaseFit, step: string): StepResult {
  if (!fit.offCase) return result;
  const points = Math.max(0, result.score - OFF_CASE_MAX_SCORE);
  const finding: Finding = {
    code: `${step}.off-case`,
    severity: 'wrong',
    points,
    message:
      `Your answer talks about ${listWords(fit.foreign)}, which this case never mentions${fit.own.length > 0 ? `, and little of its own business (${listWords(fit.own)})` : ''}: ` +
      `it reads as written for another case, so it is scored at most ${OFF_CASE_MAX_SCORE} out of 100. Generic words (volume, freshness, retention) only count when they are asked or designed for this business.`,
  };
  return { score: Math.min(result.score, OFF_CASE_MAX_SCORE), findings: sortFindings([...result.findings, finding]) };
}
