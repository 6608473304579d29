import type { Rubric } from '../content/rubric-schema';
import { phraseKey } from '../text/analyse';
import { EQUIVALENTS, MODE_WORDS } from '../text/equivalents';
import { findPhrases } from '../text/find-phrases';
import { ARCHIVE_STORES, RAW_STREAM_STORES } from '../text/stores';
import { DATABASE_WORDS, KEY_VALUE_STORES, SOURCE_COPY_WORDS, TRANSACTIONAL_STORES, WAREHOUSE_STORES } from '../text/serving-stores';
import type { PhraseEntry } from '../text/phrase-matcher';
import type { OrderSpec } from '../text/sequence';
import { readText } from '../text/read-text';
import { deniedSubjects } from '../text/subject-denial';
import { deniedOfOtherActor } from '../text/other-actor-denial';
import { deniesOnlyOutcome } from '../text/guarded-outcome';
import { deniedInFallback } from '../text/fallback-branch';
import { deniedOnlyUntil } from '../text/time-bounded-denial';
import { deniesOnlyCost } from '../text/cost-reason';
import { timeAdjunctTokens } from '../text/time-adjunct';
import { fieldParts } from './read-field';
import { withoutWithdrawn } from '../text/withdrawn-text';
import { describedRoles } from '../text/described-role';

/** The design section of a case rubric; engines take the whole rubric so callers pass what `loadCase` returns. */
export type DesignRubric = Rubric['steps']['design'];
/**
 * What the design engine reads of a case: its design rubric, and the brief's own sentences (the
 * clarify step's `given`) when the case lists them, so a field that only reads the brief back earns nothing.
 */
export type DesignCase = {
  steps: {
    design: DesignRubric;
    clarify?: { given?: readonly string[] };
    /** The deep-dive key points, read by the design only for the order of steps they require (misordered-design.ts). */
    'deep-dive'?: { prompts?: readonly { keyPoints?: readonly { id: string; text?: string; order?: OrderSpec | undefined }[] }[] };
  };
};

const NO_BRIEF: readonly string[] = [];

/** The brief's own sentences (clarify `given`), or none. */
export const briefOf = (rubric: DesignCase): readonly string[] => rubric.steps.clarify?.given ?? NO_BRIEF;

type NamedItem = { id: string; label: string; synonyms: readonly string[] };

/** Names to look for, in priority order (the first entry to claim a phrase keeps it), as lib/text's `findPhrases` takes them. */
export type Names<Id extends string = string> = readonly PhraseEntry<Id>[];

export type DesignIndex = {
  inputs: Names;
  outputs: Names;
  useCases: Names;
  /** Every name in the design rubric, each mapped to one concept (its equivalence group, else its own key). */
  concepts: Names;
  conceptPhrases: ReadonlyMap<string, readonly string[]>;
  /** One name list per concept, made when first asked for, so lookups about it can be remembered. */
  conceptNames: Map<string, Names>;
  /** The words that claim a stream or a batch. */
  modes: Names<'stream' | 'batch'>;
  /** Names of archive storage (Glacier, Coldline, tape): history, not a live view. */
  archives: Names<'archive'>;
  /** Names of a raw message stream (a Kafka topic): events in arrival order, not tables to report from. */
  rawStreams: Names<'raw-stream'>;
  /** Names of an analytical warehouse (Snowflake, BigQuery): queried in seconds, as fresh as its last load. */
  warehouses: Names<'warehouse'>;
  /** Names of a key-value store (Redis, DynamoDB): lookups by key, no history to report from. */
  keyValues: Names<'key-value'>;
  /** Names of a transactional database (PostgreSQL, SQL Server, "OLTP"): where the business writes, not a serving store. */
  transactional: Names<'transactional'>;
  /** The generic word for a database ("DB"), and words for a copy kept for reading ("read replica"). */
  databases: Names<'database'>;
  sourceCopies: Names<'copy'>;
};

let groupByKey: Map<string, string> | undefined;

/** Phrase key -> canonical term of its equivalence group, built once from lib/text's vocabulary. */
function equivalenceGroups(): Map<string, string> {
  if (groupByKey) return groupByKey;
  groupByKey = new Map();
  for (const [canonical, phrases] of Object.entries(EQUIVALENTS)) {
    for (const phrase of [canonical, ...phrases]) {
      const key = phraseKey(phrase);
      if (key !== '' && !groupByKey.has(key)) groupByKey.set(key, canonical);
    }
  }
  return groupByKey;
}

const ownPhrases = (item: NamedItem) => [item.label, item.id.replace(/-/g, ' '), ...item.synonyms];

/** The equivalents of an item's own phrases: "cdc" brings "logical replication", "binlog", "Debezium". */
function equivalentPhrases(item: NamedItem): string[] {
  const groups = new Set<string>();
  for (const phrase of ownPhrases(item)) {
    const group = equivalenceGroups().get(phraseKey(phrase));
    if (group !== undefined) groups.add(group);
  }
  return [...groups].flatMap((group) => EQUIVALENTS[group] ?? []);
}

const phrasesOf = (item: NamedItem) => [...ownPhrases(item), ...equivalentPhrases(item)];

// Every item's own phrases claim first, so an equivalent never takes a name another item lists itself.
const namesOf = (items: readonly NamedItem[]): Names => [
  ...items.map((item) => ({ id: item.id, phrases: ownPhrases(item) })),
  ...items.map((item) => ({ id: item.id, phrases: equivalentPhrases(item) })),
];

/** Every name of the design rubric grouped by concept: its equivalence group, else its own phrase key. */
function conceptPhrases(items: readonly NamedItem[]): Map<string, string[]> {
  const byConcept = new Map<string, string[]>();
  for (const phrase of items.flatMap(phrasesOf)) {
    const key = phraseKey(phrase);
    if (key === '') continue;
    const concept = equivalenceGroups().get(key) ?? key;
    byConcept.set(concept, [...(byConcept.get(concept) ?? []), phrase]);
  }
  return byConcept;
}

/** The names of one concept only: finds "BI" or "Looker" in "analysts' BI dashboards" for the concept dashboard. */
export function conceptNames(index: DesignIndex, concept: string): Names {
  const known = index.conceptNames.get(concept);
  if (known) return known;
  const names: Names = [{ id: concept, phrases: index.conceptPhrases.get(concept) ?? [] }];
  index.conceptNames.set(concept, names);
  return names;
}

const cache = new WeakMap<DesignRubric, DesignIndex>();

/** The matchers for a case, built once per rubric object (rubrics are immutable once loaded). */
export function getDesignIndex(rubric: DesignCase): DesignIndex {
  const design = rubric.steps.design;
  const cached = cache.get(design);
  if (cached) return cached;
  const useCases = design.useCases ?? [];
  const byConcept = conceptPhrases([...design.inputs, ...design.outputs, ...useCases]);
  const index: DesignIndex = {
    inputs: namesOf(design.inputs),
    outputs: namesOf(design.outputs),
    useCases: namesOf(useCases),
    concepts: [...byConcept.entries()].map(([id, phrases]) => ({ id, phrases })),
    conceptPhrases: byConcept,
    conceptNames: new Map(),
    modes: [
      { id: 'stream', phrases: MODE_WORDS.stream },
      { id: 'batch', phrases: MODE_WORDS.batch },
    ],
    archives: [{ id: 'archive', phrases: ARCHIVE_STORES }],
    rawStreams: [{ id: 'raw-stream', phrases: RAW_STREAM_STORES }],
    warehouses: [{ id: 'warehouse', phrases: WAREHOUSE_STORES }],
    keyValues: [{ id: 'key-value', phrases: KEY_VALUE_STORES }],
    transactional: [{ id: 'transactional', phrases: TRANSACTIONAL_STORES }],
    databases: [{ id: 'database', phrases: DATABASE_WORDS }],
    sourceCopies: [{ id: 'copy', phrases: SOURCE_COPY_WORDS }],
  };
  cache.set(design, index);
  return index;
}

/** A name found in a field: the learner's words, the clause around them (for quoting), and whether a negation covers it. */
export type Mention<Id extends string> = {
  id: Id;
  verbatim: string;
  clause: string;
  /** Which statement of the field (parts are cut at ";" and ":") it was found in. */
  part: number;
  negated: boolean;
  /** It only says when something holds ("ops team during sales": the sale events), not who or what (lib/text/time-adjunct.ts). */
  occasion: boolean;
  /** Negated only as what another named actor does not do with it ("Analytics never touch the ledger database"; lib/text/other-actor-denial.ts). */
  ofOtherActor: boolean;
  /**
   * Negated only as an unwanted outcome of it ("a resent authorisation never posts twice", "no order is ever lost";
   * lib/text/guarded-outcome.ts), or as paying for it ("we never pay for idle capacity"; lib/text/cost-reason.ts).
   */
  ofOutcome: boolean;
  /** Negated only in a fallback branch, as what the design does not do when a part fails ("on timeout -> static rules, never decline-all"; lib/text/fallback-branch.ts). */
  ofFallback: boolean;
  /** Negated only until a time of the working day ("nobody reads history before the next day"): a tolerance, not a denial (lib/text/time-bounded-denial.ts). */
  ofTolerance: boolean;
};

const MAX_REMEMBERED = 500;
const remembered = new WeakMap<Names<string>, Map<string, Mention<string>[]>>();

/**
 * Every name a text mentions, read by lib/text, each marked negated when a negation covers it ("no CDC").
 * Results are kept per name list and text (a few hundred), since one grade asks about a field many times.
 */
export function mentions<Id extends string>(names: Names<Id>, text: string): Mention<Id>[] {
  let byText = remembered.get(names);
  if (!byText) {
    byText = new Map();
    remembered.set(names, byText);
  }
  const known = byText.get(text);
  if (known) return known as Mention<Id>[];
  // What the learner took back ("CDC - no wait, nightly dumps") names nothing.
  const found = fieldParts(withoutWithdrawn(text).text).flatMap((part, index) => {
    const read = readText(part);
    // "real-time is out of scope": the subject of a denying predicate is negated too.
    const denied = deniedSubjects(read);
    const coveredByDenial = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k).some((at) => denied.has(at));
    const occasion = timeAdjunctTokens(read);
    const withinOccasion = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k).every((at) => occasion.has(at));
    // A part described by what it holds ("the list of devices and where they are installed") is read as its standard
    // term (lib/text/described-role.ts): the described words name that part, not the things it lists.
    const described = describedRoles(part);
    const inDescription = (start: number, end: number) => described.some((span) => span.start <= start && end <= span.end);
    const named = findPhrases(read, names)
      .filter((occurrence) => !inDescription(occurrence.start, occurrence.end))
      .map((occurrence) => ({
        id: occurrence.id,
        verbatim: occurrence.verbatim,
        clause: occurrence.clauseText,
        part: index,
        negated: occurrence.polarity === 'negated' || coveredByDenial(occurrence.from, occurrence.to),
        occasion: withinOccasion(occurrence.from, occurrence.to),
        ofOtherActor: occurrence.polarity === 'negated' && deniedOfOtherActor(read, occurrence.from, occurrence.to),
        ofOutcome: occurrence.polarity === 'negated' && (deniesOnlyOutcome(read, occurrence.from, occurrence.to) || deniesOnlyCost(read, occurrence.from, occurrence.to)),
        ofFallback: occurrence.polarity === 'negated' && deniedInFallback(read, occurrence.from),
        ofTolerance: occurrence.polarity === 'negated' && deniedOnlyUntil(read, occurrence.from, occurrence.to),
      }));
    const roles = described.flatMap((span) =>
      findPhrases(readText(span.role), names).map((occurrence) => ({ id: occurrence.id, verbatim: span.text, clause: part, part: index, negated: false, occasion: false, ofOtherActor: false, ofOutcome: false, ofFallback: false, ofTolerance: false })),
    );
    return [...named, ...roles];
  });
  if (byText.size >= MAX_REMEMBERED) byText.clear();
  byText.set(text, found);
  return found;
}

/** A mention that names something: affirmed, and not only the occasion something holds on ("during sales"). */
const isNaming = (match: Mention<string>) => !match.negated && !match.occasion;

/**
 * The rubric item ids a text names in affirmed words, each once, in order of first mention: "no
 * dashboards" names none, and "ops team during sales" names no sales dashboard (only when it holds).
 */
export function namedIds(names: Names, text: string): string[] {
  const ids: string[] = [];
  for (const match of mentions(names, text)) if (isNaming(match) && !ids.includes(match.id)) ids.push(match.id);
  return ids;
}

/**
 * The one rubric item a form row stands for: the one it names most often in affirmed words, the first
 * named on a tie, from the first field that names any. A row is one source or output, so "Postgres
 * change events" is the database, not also the clickstream its word "events" suggests; "payment and
 * logistics partner CSV files on SFTP" is the partner files, which three of its names say, not the
 * payments database its first word suggests; "orders DB, no CDC" is the database, "no clickstream"
 * names nothing, and "ops team during sales" names no sales dashboard.
 */
export function rowId(names: Names, ...fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const counts = new Map<string, number>();
    for (const match of mentions(names, field)) if (isNaming(match)) counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
    let best: string | undefined;
    for (const [id, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = id;
    if (best !== undefined) return best;
  }
  return undefined;
}
