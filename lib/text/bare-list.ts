import { isConfigBlock } from './config-block';
import { isDecoration } from './decoration';
import { isGlossary } from './glossary';
import { isParenthesisedSlogan, sloganTerms } from './parenthesised-terms';
import { afterFillerLead, holdsFiller, isFillerSentence, isGenericReason } from './filler';
import type { ReadText } from './read-text';
import { signatureRows, terseHeads } from './terse-head';
import type { TextToken } from './tokens';

/** Whether a text (or a sentence of it) only lists terms. */
export type BareListReading = {
  /** The whole text is a bare list (one or more terms, no explanation anywhere). */
  whole: boolean;
  /** Per sentence: the sentence only lists terms. */
  sentences: boolean[];
  /** The listed terms, verbatim, in order. */
  terms: string[];
  /**
   * Per sentence: a lone short term that heads the explaining sentence after it ("Redis. Each driver's position is a
   * key ...", "Key: machine_id. All 20 sensors of a machine land on one partition ..."); not a list (see terse-head.ts).
   */
  heads: boolean[];
  /** The whole text is a glossary, one "term: definition" a line (glossary.ts): its labels are terms, not headings. */
  glossary: boolean;
  /** The whole text is a config or code block with no prose (config-block.ts): its labels are settings, not headings. Set only when true. */
  config?: true;
};

// Words that make a fragment say something: pronouns, verbs that carry a claim, connectives and
// prepositions that relate two things ("RF=3 across three AZs" explains; "RF, acks" does not).
const EXPLAINING_WORDS: ReadonlySet<string> = new Set(
  (
    'we i you it they this that there he she is are was were be been being will would can could should must may might do does did ' +
    'has have had use uses used using make makes so because since when if then which while until unless after before by from with ' +
    'across via into per through in on at for to than otherwise means ensures guarantees gives keeps stores lets prevents avoids ' +
    'resumes restarts replays reads writes sends commits needs need get gets holds hold keeps keep contains contain provides ' +
    'provide adds add removes remove lets allow allows gives give takes take runs run serves serve splits split spreads ' +
    'spread records tracks track refuses refuse rejects reject waits wait drops moves move becomes checks check stays stay ' +
    'goes lands land lives live decides decide bounds bound prevents prevent avoid survives survive happens happen such example'
  ).split(' '),
);
// Relating words that, alone inside a long comma list, still leave a term a term ("key by card
// token", "one row per"); a verb, pronoun or connective in a later item does not.
const RELATING_WORDS: ReadonlySet<string> = new Set('by from with across via into per through in on at for to'.split(' '));
// A lead-in before a long list that only says who lists ("we use", "I would add"); a noun subject
// ("Silver holds cleaned, typed ... data") describes something instead.
const LEAD_SUBJECTS: ReadonlySet<string> = new Set('we i you they our us use add'.split(' '));
/** A comma list with this many items is read as a list even with a lead-in ("we use X, Y, Z, W"). */
const LONG_LIST_ITEMS = 4;
const ITEM_BREAKS: ReadonlySet<string> = new Set([',', '/', ';', '|', '&', '+', '-', '*', '\u2022', '(', ')']);
const MAX_TERM_WORDS = 4;
/** Bare terms in a row that make a list in a sentence whose only reason is filler. */
const FILLER_LIST_ITEMS = 3;
/** Bare terms in a row after "X is ..." that make the sentence a list of qualities ("ACID, idempotent, immutable, ..."). */
const PREDICATE_LIST_ITEMS = 5;
// Copulas that say what a subject is ("the ledger is ...").
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be']);
/** Most words on each side of the copula in such a lead ("the trip store is strongly consistent: transactional"). */
const MAX_COPULA_SIDE = 4;

/** Whether an item is a short subject, a copula and a term, with no other word that explains ("the ledger is fully ACID"). */
function copulaLead(item: readonly TextToken[]): boolean {
  const copula = item.findIndex((token) => COPULAS.has(token.norm));
  return copula > 0 && copula <= MAX_COPULA_SIDE && item.length - copula - 1 >= 1 && item.length - copula - 1 <= MAX_COPULA_SIDE && item.every((token, index) => index === copula || !EXPLAINING_WORDS.has(token.norm));
}
/** Longest phrase without list marks (commas, slashes, bullets) still read as bare terms. */
const MAX_PLAIN_WORDS = 3;

/**
 * Reads which sentences are bare lists: every item (separated by commas, slashes, "and", "or",
 * bullets, line breaks) has at most four words and none that explains (a pronoun, a verb such as
 * "is", "uses", "replays", a participle after the first word, a relating word such as "because",
 * "from", "across"). Without commas, slashes or bullets, only three words or fewer are a list.
 * A label before a colon ("Key points: RF, acks") and a filler lead-in ("As per best practice, ...") are ignored, and a
 * sentence that only appeals to authority ("These are industry standard.") counts as a list (see filler.ts), and so
 * does one holding three bare terms in a row whose only reason is filler or a generic quality ("to ensure reliability").
 * A lone short term heading the sentence that explains it ("Redis. Each driver's position is a key ...") and a table
 * written out with its columns ("fact_sales(date_key, quantity, ...)") are not lists (see terse-head.ts).
 * `whole` is true when every sentence is one.
 */
const bareCache = new WeakMap<ReadText, BareListReading>();

/**
 * Whether the tokens `[from, to)` are a list of items that each come with their own gloss in parentheses, all but at most one, and at
 * least two ("compaction (fewer, bigger files), a longer trigger (one file a minute)"; "dim_date (day, month, year,
 * holiday flag), dim_customer (segment, country), dim_country / store": tables with their attributes).
 */
function glossedList(all: readonly TextToken[], from: number, to: number): boolean {
  let depth = 0;
  let items = 0;
  let glossed = 0;
  let current = { words: 0, gloss: false, glossWords: 0 };
  const close = () => {
    if (current.words === 0 && !current.gloss) return;
    items += 1;
    if (current.gloss) glossed += 1;
    current = { words: 0, gloss: false, glossWords: 0 };
  };
  for (let i = from; i < to; i += 1) {
    const token = all[i] as TextToken;
    if (token.norm === '(') depth += 1;
    else if (token.norm === ')') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && current.glossWords > 0) current.gloss = true;
    } else if (depth > 0) {
      if (token.kind === 'word') current.glossWords += 1;
    } else if (token.norm === ',' || token.norm === ';' || token.norm === 'and' || token.norm === 'or') close();
    else if (token.kind === 'word') current.words += 1;
  }
  close();
  // One item may go without ("dim_date (day, month, year), dim_customer (segment, country), dim_country / store").
  return glossed >= 2 && glossed >= items - 1;
}

/**
 * Whether a list item explains: it holds an explaining word, or a participle after its first word ("Spark reading
 * Kafka"); at the end of an item in a marked list an "-ing" word is a noun ("crypto shredding", "stream processing").
 */
function explainsItem(item: readonly TextToken[], marked: boolean): boolean {
  for (let index = 0; index < item.length; index += 1) {
    const norm = (item[index] as TextToken).norm;
    if (EXPLAINING_WORDS.has(norm)) return true;
    if (index > 0 && !(marked && index === item.length - 1) && norm.endsWith('ing') && norm.length > 5) return true;
  }
  return false;
}

/** Longest label before a colon ("Durability settings:"). */
const MAX_LABEL_WORDS = 4;

function isLabel(tokens: readonly TextToken[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word');
  return words.length <= MAX_LABEL_WORDS && !tokens.some((token) => token.kind === 'mark' && ITEM_BREAKS.has(token.norm));
}

/** The fewest fragments for an answer to be read as a run of terms (`listedAmongTerms`). */
const MIN_TERM_FRAGMENTS = 4;

/**
 * Marks as bare (in place) each short fragment that holds only relating words ("key by driver_id") when the answer is a
 * run of such fragments: at least `MIN_TERM_FRAGMENTS` sentences with a word, at least half already bare, and every other
 * one at most `MAX_TERM_WORDS` words with no verb, pronoun or connective.
 */
function listedAmongTerms(read: ReadText, sentences: boolean[], termsOf: string[][]): void {
  const worded: number[] = [];
  for (const sentence of read.sentences) if (read.tokens.slice(sentence.from, sentence.to).some((token) => token.kind === 'word')) worded.push(sentence.index);
  if (worded.length < MIN_TERM_FRAGMENTS) return;
  const open = worded.filter((index) => !sentences[index]);
  if (open.length === 0 || (worded.length - open.length) * 2 < worded.length) return;
  const relatingOnly = (index: number) => {
    const sentence = read.sentences[index];
    if (!sentence) return false;
    const words = read.tokens.slice(sentence.from, sentence.to).filter((token) => token.kind === 'word');
    return words.length <= MAX_TERM_WORDS && words.every((token) => !EXPLAINING_WORDS.has(token.norm) || RELATING_WORDS.has(token.norm));
  };
  if (!open.every(relatingOnly)) return;
  for (const index of open) {
    sentences[index] = true;
    termsOf[index] = [read.sentences[index]?.text ?? ''];
  }
}

export function readBareLists(read: ReadText): BareListReading {
  const cached = bareCache.get(read);
  if (cached) return cached;
  const reading = computeBareLists(read);
  bareCache.set(read, reading);
  return reading;
}

function computeBareLists(read: ReadText): BareListReading {
  // Per sentence: the terms it lists, when it is bare.
  const termsOf: string[][] = [];
  // Per sentence: its terms when it is one short term and nothing else ("Redis.", "Key: machine_id.").
  const lone: (string | undefined)[] = [];
  const sentences = read.sentences.map((sentence, index) => {
    let from = sentence.from;
    let colon = -1;
    for (let i = sentence.from; i < sentence.to && colon < 0; i += 1) if (read.tokens[i]?.norm === ':') colon = i - sentence.from;
    // Only a short label before the colon is dropped ("Key points: RF, acks"); a sentence that explains before it is kept.
    if (colon >= 0 && isLabel(read.tokens.slice(sentence.from, sentence.from + colon))) from = sentence.from + colon + 1;
    // "As per best practice, X, Y": an appeal to authority is skipped like a label (see filler.ts).
    else from = afterFillerLead(read, sentence);
    // "These are industry standard for exactly-once.": nothing explained, its terms count as listed.
    if (isFillerSentence(read, sentence)) {
      termsOf[index] = [sentence.text];
      return true;
    }
    // "Durability is our top priority (acks=all).": a slogan with its keywords in brackets lists them (parenthesised-terms.ts).
    if (isParenthesisedSlogan(read, sentence)) {
      termsOf[index] = sloganTerms(read, sentence);
      return true;
    }
    // "Bronze (raw, append-only), silver (typed, deduped)": a reason per item is an explanation, not a list.
    if (glossedList(read.tokens, from, sentence.to)) return false;
    const items: TextToken[][] = [[]];
    let marked = false;
    let words = 0;
    for (let i = from; i < sentence.to; i += 1) {
      const token = read.tokens[i] as TextToken;
      // A pictograph between terms ("📅 data_interval_start ✅ data_interval_end ✅") sets items apart like a bullet (decoration.ts).
      const isBreak = token.kind === 'mark' ? ITEM_BREAKS.has(token.norm) || isDecoration(token) : token.norm === 'and' || token.norm === 'or';
      if (isBreak && token.kind === 'mark') marked = true;
      if (token.kind === 'word') words += 1;
      if (isBreak) items.push([]);
      else if (token.kind === 'word') (items[items.length - 1] as TextToken[]).push(token);
    }
    const filled = items.filter((item) => item.length > 0);
    // A phrase joined only by "and"/"or" is a list when short ("checkpoint and replay"), a noun
    // phrase when longer ("an idempotent or transactional sink"); so is a single item.
    const shortEnough = marked || words <= MAX_PLAIN_WORDS;
    const explains = (item: TextToken[]) => explainsItem(item, marked);
    const short = (item: TextToken[]) => item.length <= MAX_TERM_WORDS;
    const bareItem = (item: TextToken[]) => short(item) && !explains(item);
    // Only relating words, no verb, pronoun or connective: "key by card token".
    const relatingOnly = (item: TextToken[]) => short(item) && item.every((token) => !EXPLAINING_WORDS.has(token.norm) || RELATING_WORDS.has(token.norm));
    const plain = filled.length > 0 && shortEnough && filled.every(bareItem);
    // A long comma list (three commas or more) stays a list with a short lead-in ("we use X, ...")
    // or terms holding a relating word, as long as three in four items are bare terms.
    const rest = filled.slice(1);
    const lead = filled[0] ?? [];
    let commas = 0;
    for (let i = from; i < sentence.to; i += 1) if (read.tokens[i]?.norm === ',') commas += 1;
    const longList =
      commas >= LONG_LIST_ITEMS - 1 &&
      filled.length >= LONG_LIST_ITEMS &&
      (bareItem(lead) || (lead.length <= MAX_TERM_WORDS + 1 && LEAD_SUBJECTS.has(lead[0]?.norm ?? ''))) &&
      rest.every(short) &&
      // One short term may hold a small word of its own ("right to be forgotten", "exactly once").
      rest.filter((item) => !bareItem(item) && !relatingOnly(item)).length <= 1 &&
      // Three in four items are terms; in a long list "-ing" is a noun ("crypto shredding", "event sourcing").
      filled.filter((item) => short(item) && !item.some((token) => EXPLAINING_WORDS.has(token.norm))).length * 4 >= filled.length * 3;
    // A run of three or more bare terms in a sentence whose only reason is filler ("by leveraging replication,
    // ISR, acks and idempotence, as per best practice"; "to ensure reliability"): the terms stay terms.
    let run = 0;
    let longestRun = 0;
    // An item's tail that only names a quality ("idempotence for enterprise-grade durability") explains nothing.
    const termWithGenericTail = (item: TextToken[]) => {
      const cut = item.findIndex((token, index) => index > 0 && EXPLAINING_WORDS.has(token.norm));
      return cut > 0 && bareItem(item.slice(0, cut)) && isGenericReason(item.slice(cut));
    };
    for (const item of rest) {
      run = bareItem(item) || termWithGenericTail(item) ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    const fillerList = longestRun >= FILLER_LIST_ITEMS && holdsFiller(read, sentence);
    // "The ledger is fully ACID: atomic, consistent, isolated, durable, idempotent, ...": a subject said to be a long run of
    // bare terms, right after its copula, is given qualities, not how they are reached; the terms stay terms.
    const initialRun = rest.findIndex((item) => !bareItem(item));
    const predicateList = (initialRun < 0 ? rest.length : initialRun) >= PREDICATE_LIST_ITEMS && copulaLead(lead);
    const bare = plain || longList || fillerList || predicateList;
    const alone = plain && !marked && filled.length === 1 && words <= MAX_PLAIN_WORDS;
    if (!bare && !alone) return bare;
    const said = filled.map((item) => read.text.slice((item[0] as TextToken).start, (item[item.length - 1] as TextToken).end));
    if (alone) lone[index] = said[0];
    if (bare) termsOf[index] = said;
    return bare;
  });
  // Keyword shouting ("KEY BY DRIVER_ID!!! ORDERING!!! PARTITIONS!!! SKEW!!!"): in an answer of short fragments, at
  // least half of them bare terms, a fragment that only adds a relating word ("key by driver_id", "50,000 per second") is
  // one more term of the list (golden round 24, 6), not a terse claim.
  listedAmongTerms(read, sentences, termsOf);
  // A heading is a sentence of its own before what explains it, not a list.
  const heads = terseHeads(read, sentences, lone);
  // A table written out ("fact_sales(date_key, quantity, ...)" and its example row) defines, it does not list.
  const rows = signatureRows(read, sentences);
  // A glossary ("Parquet: a columnar file format.", one term a line) names its terms and decides nothing (glossary.ts).
  const glossary = isGlossary(read, sentences);
  // A config or code block with no prose ("bronze: {raw: true}", a code stub with keywords in its comments) states
  // settings, not reasons: every line lists (config-block.ts).
  const config = !glossary && isConfigBlock(read);
  const kept = sentences.map((bare, index) => glossary || config || (bare && !heads[index] && !rows[index]));
  if (glossary) read.sentences.forEach((sentence, index) => (termsOf[index] = [sentence.text]));
  if (config) read.sentences.forEach((sentence, index) => (termsOf[index] ??= [sentence.text]));
  const terms = kept.flatMap((bare, index) => (bare ? (termsOf[index] ?? []) : []));
  return { whole: kept.length > 0 && kept.every(Boolean), sentences: kept, terms, heads, glossary, ...(config ? { config: true as const } : {}) };
}
