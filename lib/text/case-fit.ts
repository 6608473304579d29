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
import { BUSINESS_NOUNS_BY_DOMAIN, businessDomainOf, isBusinessNoun } from './business-nouns';
import { vendorWordFlags } from './vendor-names';

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

/** Words read by `wordStem`, kept for the process: answers and re-grades use the same few thousand words. */
const wordStems = new Map<string, string | null>();
/** Bound on wordStems; past it the map starts again. */
const MAX_WORD_STEMS = 20_000;

/**
 * The one content stem of a written word, or null (a stop word, several stems, or whiteboard shorthand: "svc",
 * "dash" and "ops" name a component or a role, never a business, so they are neither evidence that an answer fits
 * the case nor foreign to it). A pure function of the word, read once per process.
 */
function wordStem(raw: string): string | null {
  const known = wordStems.get(raw);
  if (known !== undefined) return known;
  const stems = expandWord(raw.toLowerCase()) === undefined ? contentStems(analyse(raw)) : [];
  const stem = stems.length === 1 && stems[0] ? stems[0] : null;
  if (wordStems.size >= MAX_WORD_STEMS) wordStems.clear();
  wordStems.set(raw, stem);
  return stem;
}

/**
 * The content words of `text` with their stems; `seen` remembers each spelling's stem (null: none) across the
 * answer's texts. `vendor` marks a word of a product or managed-service name (lib/text/vendor-names: "MSK",
 * "AWS Transfer Family"): it says how a part is built, so the readers count it only when the case itself uses it.
 */
function wordsOf(text: string, seen: Map<string, string | null>, budget: { words: number }): { word: string; stem: string; vendor: boolean }[] {
  const out: { word: string; stem: string; vendor: boolean }[] = [];
  const raws = text.slice(0, DEFAULT_MAX_CHARS).split(/[^\p{L}\p{N}]+/u).filter((raw) => raw !== '');
  const vendor = vendorWordFlags(raws);
  for (let at = 0; at < raws.length; at += 1) {
    const raw = raws[at] as string;
    if (budget.words <= 0) break;
    if (raw.length < 3 || /^\d/.test(raw) || CONTRACTION_HEADS.has(raw.toLowerCase())) continue;
    budget.words -= 1;
    let stem = seen.get(raw);
    if (stem === undefined) {
      stem = wordStem(raw);
      seen.set(raw, stem);
    }
    if (stem !== null) out.push({ word: raw, stem, vendor: vendor[at] === true });
  }
  return out;
}

/**
 * Reads whether `texts` (an answer's fields or questions) were written for the case whose rubric is
 * given: every content word outside the generic data-engineering lexicon and the vendor names the case never
 * uses (lib/text/vendor-names: "MSK", "MWAA") is a domain word, the case's
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
    for (const { word, stem, vendor } of wordsOf(text, seen, budget)) {
      if (generic.has(stem)) continue;
      const count = counts.get(stem) ?? 0;
      // A product name the case never uses ("MSK", "MWAA") is how a part is built, not another business's noun.
      if (vendor && count === 0) continue;
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

/** A line about another business names at least this many domain words foreign to the case, and no fewer than its own. */
export const OFF_CASE_LINE_MIN_FOREIGN = 2;
/** A transcript carries another business's question sheet when its lines name at least this many of that business's nouns. */
export const OFF_CASE_SHEET_MIN_NOUNS = 2;

/**
 * A question about another business's things ("How many drivers are online at the evening peak?" asked in
 * a card issuer's case): `foreign` are its domain words the case never uses, `nouns` the business nouns
 * of the other business among them (lib/text/business-nouns), `linked` the foreign word it shares with
 * such a line when it names no business noun of its own.
 */
export type OffCaseLine = { foreign: string[]; nouns: string[]; linked?: string };

type LineWords = { own: Set<string>; ownNouns: number; foreign: Map<string, string>; nouns: { word: string; domain: string }[] };

const homeCache = new WeakMap<object, ReadonlySet<string>>();

/**
 * The business domains a case is set in (keys of BUSINESS_NOUNS_BY_DOMAIN): those whose nouns its rubric
 * uses at least half as many distinct ones as its most used domain's. A noun of a home domain the rubric
 * happens not to use ("storefront" in a shop's case) is still the case's business.
 */
function homeDomains(counts: ReadonlyMap<string, number>): ReadonlySet<string> {
  const cached = homeCache.get(counts);
  if (cached) return cached;
  const used = Object.entries(BUSINESS_NOUNS_BY_DOMAIN).map(([domain, nouns]) => {
    const stems = new Set(nouns.flatMap((noun) => contentStems(analyse(noun))));
    return { domain, used: [...stems].filter((stem) => (counts.get(stem) ?? 0) > 0).length };
  });
  const most = Math.max(0, ...used.map((entry) => entry.used));
  const home = new Set(most > 0 ? used.filter((entry) => entry.used * 2 >= most).map((entry) => entry.domain) : []);
  homeCache.set(counts, home);
  return home;
}

/**
 * Reads which lines of one transcript ask about another business, one reading per text (null: the line
 * fits the case, or it cannot tell). The case's words come from its rubric (`caseVocabulary`), never from
 * a list. A line names another business when it holds a business noun (lib/text/business-nouns) of a
 * domain the case is not set in, at least as many as business nouns of the case's own, and its foreign
 * domain words are at least OFF_CASE_LINE_MIN_FOREIGN and no fewer than its own. One noun may be a turn
 * of phrase ("a sudden surge in users"); such lines naming OFF_CASE_SHEET_MIN_NOUNS nouns of the same
 * other domain, one of them more than the case's own, are a pasted question sheet, and then every line of
 * it is off-case: a line naming that domain's nouns as often as the case's own, with no fewer foreign
 * words than its own ("How many trips a day do cardholders take?"), and a line
 * with no business noun that shares a foreign word with them ("How long do we keep raw location traces?"
 * after "a location ping") with at least OFF_CASE_LINE_MIN_FOREIGN foreign words and no fewer than its own. A thin rubric (under
 * CASE_FIT_MIN_VOCABULARY stems) reads every line as fitting. Pure; never throws.
 */
export function readOffCaseLines(texts: readonly unknown[], rubric: unknown): (OffCaseLine | null)[] {
  const { counts } = caseVocabulary(rubric);
  if (counts.size < CASE_FIT_MIN_VOCABULARY) return texts.map(() => null);
  const generic = genericStems();
  const home = homeDomains(counts);
  const seen = new Map<string, string | null>();
  const lines = texts.map((text): LineWords => {
    const line: LineWords = { own: new Set(), ownNouns: 0, foreign: new Map(), nouns: [] };
    if (typeof text !== 'string') return line;
    for (const { word, stem, vendor } of wordsOf(text, seen, { words: CASE_FIT_MAX_WORDS })) {
      if (generic.has(stem)) continue;
      if (vendor && (counts.get(stem) ?? 0) === 0) continue;
      if ((counts.get(stem) ?? 0) > 0) {
        if (!line.own.has(stem) && isBusinessNoun(word)) line.ownNouns += 1;
        line.own.add(stem);
      } else if (!line.foreign.has(stem)) {
        line.foreign.set(stem, word);
        const domain = businessDomainOf(word);
        if (domain !== null && !home.has(domain)) line.nouns.push({ word, domain });
      }
    }
    return line;
  });
  const enoughForeign = (line: LineWords) => line.foreign.size >= OFF_CASE_LINE_MIN_FOREIGN && line.foreign.size >= line.own.size;
  // A line naming the other business at least as often as the case's own is evidence of a sheet, one noun a
  // piece; one naming it more than the case's own is an anchor.
  const candidate = lines.map((line) => line.nouns.length > 0 && line.nouns.length >= line.ownNouns && enoughForeign(line));
  const perDomain = new Map<string, { nouns: number; anchored: boolean }>();
  lines.forEach((line, at) => {
    if (!candidate[at]) return;
    for (const noun of line.nouns) {
      const entry = perDomain.get(noun.domain) ?? { nouns: 0, anchored: false };
      perDomain.set(noun.domain, { nouns: entry.nouns + 1, anchored: entry.anchored || line.nouns.length > line.ownNouns });
    }
  });
  const sheet = new Set([...perDomain].filter(([, entry]) => entry.nouns >= OFF_CASE_SHEET_MIN_NOUNS && entry.anchored).map(([domain]) => domain));
  if (sheet.size === 0) return lines.map(() => null);
  const sheetNouns = (line: LineWords) => line.nouns.filter((noun) => sheet.has(noun.domain)).map((noun) => noun.word);
  const sheetWords = new Set<string>();
  lines.forEach((line) => {
    const nouns = sheetNouns(line);
    if (nouns.length > 0 && nouns.length >= line.ownNouns && line.foreign.size >= line.own.size) for (const stem of line.foreign.keys()) sheetWords.add(stem);
  });
  return lines.map((line) => {
    const nouns = sheetNouns(line);
    const reading = { foreign: [...line.foreign.values()], nouns };
    // Within a sheet, a line naming its business's nouns as often as the case's own is part of it.
    if (nouns.length > 0) return nouns.length >= line.ownNouns && line.foreign.size >= line.own.size ? reading : null;
    if (line.nouns.length > 0 || !enoughForeign(line)) return null;
    const shared = [...line.foreign.keys()].find((stem) => sheetWords.has(stem));
    return shared === undefined ? null : { ...reading, linked: line.foreign.get(shared) ?? shared };
  });
}

/**
 * Whether a structured answer's defining field (a design's use case: what the business wants) asks about another
 * business: `texts` are all the answer's strings (as `stringsOf` gives them), `defining` the field's own text.
 * Read with `readOffCaseLines` over every string, so the field counts only inside a pasted sheet of that other
 * business. Returns the case fit with `offCase` set and the field's foreign words first when it does, else the fit
 * unchanged. Pure; never throws.
 */
export function withOffCaseField(fit: CaseFit, texts: readonly unknown[], defining: unknown, rubric: unknown): CaseFit {
  if (fit.offCase || typeof defining !== 'string' || defining.trim() === '') return fit;
  const at = texts.indexOf(defining);
  if (at < 0) return fit;
  const line = readOffCaseLines(texts, rubric)[at];
  if (!line) return fit;
  return { ...fit, foreign: [...new Set([...line.foreign, ...fit.foreign])], offCase: true };
}

/**
 * Whether one prose answer (a deep-dive answer: a model, a mechanism) was written for another business. It is
 * read as a whole by `readCaseFit`, and as one line by `readOffCaseLines`: a model whose modelling words are the
 * case's own ("fact", "grain", "dimensions", "SCD") but whose entities are another business's ("fact_trip ...
 * dim_driver, dim_rider, dim_zone" for a shop's sales model) names at least OFF_CASE_SHEET_MIN_NOUNS nouns of a
 * domain the case is not set in, more than of its own, with no fewer foreign domain words than its own. Input:
 * the answer and the case's rubric (any shape; a thin one reads every answer as fitting). Output: the case fit,
 * `offCase` set and the other business's nouns first when either reading finds it. Pure; never throws.
 */
export function readAnswerCaseFit(text: unknown, rubric: unknown): CaseFit {
  const fit = readCaseFit([text], rubric);
  if (fit.offCase || typeof text !== 'string' || text.trim() === '') return fit;
  const line = readOffCaseLines([text], rubric)[0];
  if (!line) return fit;
  return { ...fit, foreign: [...new Set([...line.nouns, ...line.foreign])], offCase: true };
}
