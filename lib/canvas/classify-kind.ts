import type { ComponentKind } from '@/lib/diagram/component-kinds';
import { COMPONENT_KINDS } from '@/lib/diagram/component-kinds';
import { areEquivalent } from '@/lib/diagram/kind-equivalence';
import { KIND_INFO } from '@/lib/diagram/kind-info';
import { PALETTE } from '@/lib/diagram/palette';
import { distance } from 'fastest-levenshtein';
import { buildFuzzyCorrector } from '@/lib/text/fuzzy';
import { nameSpansAsStores } from '@/lib/text/name-spans';
import { stemWord } from '@/lib/text/stem';
import { abbreviationAt, isTruncationOf, labelWordsWithStubs } from '@/lib/text/whiteboard-abbreviations';
import type { SetAside } from './label-status';
import { readLabelStatus } from './label-status';
import type { KindVocabulary } from './vocabulary/kind-vocabulary';
import { ADDITION_OPENERS, EVERYDAY_WORD_PRODUCTS, FUZZY_MIN_LENGTH, KIND_QUALIFIERS, KIND_VOCABULARY, NAMES_OF_NOTHING, NOTE_READER_KINDS, QUALIFIER_REACH } from './vocabulary/kind-vocabulary';

/** Where a component's kind came from: its label, the palette item it was dropped as, the learner's own answer, or its container's title. */
export type KindSource = 'label' | 'palette' | 'learner' | 'container';

export interface KindReading {
  /** What the box is, best first; `['unknown']` when nothing names it. At most MAX_KINDS. */
  kinds: ComponentKind[];
  source: KindSource;
  /** The palette's kind when the label named something else (or nothing), so a finding can say so. */
  paletteKind?: ComponentKind;
  /** Set when the label says the box is not part of the design (struck out, negated, removed, later, TBD, "?"). */
  setAside?: SetAside;
}

/** The most kinds one label gives: a box naming tools of several stages is judged as a list by the scorer (lib/diagram/kitchen-sink.ts). */
const MAX_KINDS = 8;

export function tokenize(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

function normalize(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

type Strength = 'product' | 'term' | 'generic';

interface CompiledPhrase {
  kind: ComponentKind;
  tokens: string[];
  strength: Strength;
  order: number;
}

/** One inserted, dropped or changed letter, or two neighbours swapped. */
function oneTypo(word: string, target: string): boolean {
  if (distance(word, target) <= 1) return true;
  if (word.length !== target.length) return false;
  let at = 0;
  while (at < word.length && word[at] === target[at]) at += 1;
  return word[at] === target[at + 1] && word[at + 1] === target[at] && word.slice(at + 2) === target.slice(at + 2);
}

/** A vocabulary ready to read labels with: phrases by first word, and the typo reader for product names. */
interface CompiledTable {
  index: Map<string, CompiledPhrase[]>;
  /** The product word a misspelt label word stands for ("kakfa" -> "kafka"), or the word itself. */
  correct: (token: string) => string;
}

/** A qualifier of KIND_QUALIFIERS as words. */
interface CompiledQualifier {
  tokens: string[];
  of: ReadonlySet<ComponentKind>;
  becomes: ComponentKind;
}

const QUALIFIERS: readonly CompiledQualifier[] = KIND_QUALIFIERS.flatMap((q) =>
  q.words.map((word) => ({ tokens: tokenize(word), of: new Set(q.of), becomes: q.becomes })),
);

/**
 * Reads a label word that names nothing as a typo of a product name when it is one typo away from
 * exactly one (lib/text's corrector, same first letter: a dropped letter or two swapped neighbours up
 * to 8 letters; from 9 letters one inserted, dropped or changed letter or one swap, never two). Only product names of FUZZY_MIN_LENGTH letters or more that are not
 * everyday words are targets, and a word any phrase of the table uses is never corrected.
 */
function typoReader(index: Map<string, CompiledPhrase[]>): (token: string) => string {
  const known = new Set<string>(QUALIFIERS.flatMap((q) => q.tokens));
  const targets = new Set<string>();
  const everyday = new Set(EVERYDAY_WORD_PRODUCTS);
  for (const list of index.values()) {
    for (const phrase of list) {
      for (const token of phrase.tokens) known.add(token);
      const [only] = phrase.tokens;
      if (phrase.strength === 'product' && phrase.tokens.length === 1 && only !== undefined && only.length >= FUZZY_MIN_LENGTH && /^[a-z]+$/.test(only) && !everyday.has(only)) targets.add(only);
    }
  }
  // A word sharing its stem with one product name only ("snowflak", "databrick", "postgre") is that product.
  const byStem = new Map<string, string | null>();
  for (const target of targets) {
    const stem = stemWord(target);
    byStem.set(stem, byStem.has(stem) ? null : target);
  }
  const corrector = buildFuzzyCorrector(targets);
  return (token) => {
    if (token.length < FUZZY_MIN_LENGTH || !/^[a-z]+$/.test(token) || known.has(token)) return token;
    // A product name with a letter doubled at the end ("postgress") or a plural of one ("kafkas").
    const plain = stems(token).find((stem) => targets.has(stem));
    if (plain !== undefined) return plain;
    if (stems(token).some((stem) => known.has(stem))) return token;
    // Only a shortened name: "snowflaking" (a modelling term) shares Snowflake's stem but is not it.
    const sameStem = byStem.get(stemWord(token));
    if (sameStem && token.length <= sameStem.length) return sameStem;
    const fixed = corrector.correctWord(token);
    // Names are held to one typo at any length: two edits turn words into names ("confident", "aerospace").
    return targets.has(fixed) && oneTypo(token, fixed) ? fixed : token;
  };
}

function compile(table: readonly KindVocabulary[]): CompiledTable {
  const index = new Map<string, CompiledPhrase[]>();
  // Phrases naming nothing read as a term of no kind ('unknown'), after every entry of the table.
  [...table, { kind: 'unknown' as const, terms: NAMES_OF_NOTHING }].forEach((entry, order) => {
    const add = (phrases: readonly string[] | undefined, strength: Strength) => {
      for (const phrase of phrases ?? []) {
        const tokens = tokenize(phrase);
        if (tokens.length === 0) continue;
        const list = index.get(tokens[0]!) ?? [];
        list.push({ kind: entry.kind, tokens, strength, order });
        index.set(tokens[0]!, list);
      }
    };
    add(entry.products, 'product');
    add(entry.terms, 'term');
    add(entry.generic, 'generic');
  });
  return { index, correct: typoReader(index) };
}

const DEFAULT_INDEX = compile(KIND_VOCABULARY);

/** A label word and the spellings it may stand for (plural "s"/"es" dropped); products match exactly. */
function stems(token: string): string[] {
  const out = [token];
  if (token.endsWith('s') && token.length > 2) out.push(token.slice(0, -1));
  if (token.endsWith('es') && token.length > 3) out.push(token.slice(0, -2));
  return out;
}

function tokenMatches(labelToken: string, phraseToken: string, strength: Strength): boolean {
  if (labelToken === phraseToken) return true;
  return strength !== 'product' && (labelToken === `${phraseToken}s` || labelToken === `${phraseToken}es`);
}

interface Match {
  phrase: CompiledPhrase;
  start: number;
  end: number;
}

/** Words of one stretch of a label, and which part (split at "+", "/", "&", ",", "and") each word is in. */
interface Words {
  tokens: string[];
  part: number[];
  /** Per word: written cut short with a dot ("reg.", "Str."), so it matches any vocabulary word it begins. */
  cut: boolean[];
}

const SEPARATOR = /^(\+|\/|&|,|;|\||and|or)$/;

/**
 * The label's words by part, with whiteboard shorthand written out first (lib/text's
 * WHITEBOARD_ABBREVIATIONS: "surge svc" is a surge service, "Spark SS" Spark Structured Streaming) and
 * misspelt product names corrected.
 */
function words(text: string, correct: (token: string) => string): Words {
  const raw: string[] = [];
  const rawPart: number[] = [];
  const rawCut: boolean[] = [];
  let current = 0;
  for (const { word: piece, cut } of labelWordsWithStubs(normalize(text))) {
    if (SEPARATOR.test(piece)) {
      if (raw.length > 0) current += 1;
      continue;
    }
    raw.push(piece);
    rawPart.push(current);
    rawCut.push(cut);
  }
  const tokens: string[] = [];
  const part: number[] = [];
  const cut: boolean[] = [];
  for (let i = 0; i < raw.length; i++) {
    const shorthand = abbreviationAt(raw, i);
    // A stub cut with a dot is read as written (no typo correction): it matches by its beginning.
    const stub = shorthand === undefined && rawCut[i] === true;
    for (const token of shorthand ?? [stub ? raw[i]! : correct(raw[i]!)]) {
      tokens.push(token);
      part.push(rawPart[i]!);
      cut.push(stub);
    }
  }
  return { tokens, part, cut };
}

/**
 * The phrases whose first word a stub cut with a dot begins ("monit." -> "monitoring ..."), from the
 * index's first words; none when those phrases name more than one kind ("Str." alone begins stream,
 * structured and string words of several kinds: a stub says nothing on its own then).
 */
function phrasesBegunBy(stub: string, index: Map<string, CompiledPhrase[]>): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  for (const [first, list] of index) if (isTruncationOf(stub, first)) out.push(...list);
  const kinds = new Set(out.map((phrase) => phrase.kind));
  return kinds.size > 1 ? [] : out;
}

function findMatches(w: Words, index: Map<string, CompiledPhrase[]>): Match[] {
  const out: Match[] = [];
  const wordMatches = (at: number, phraseToken: string, strength: Strength): boolean => {
    const t = w.tokens[at];
    if (t === undefined) return false;
    return tokenMatches(t, phraseToken, strength) || (w.cut[at] === true && isTruncationOf(t, phraseToken));
  };
  for (let i = 0; i < w.tokens.length; i++) {
    const candidates = stems(w.tokens[i]!).flatMap((stem) => index.get(stem) ?? []);
    if (w.cut[i] === true) candidates.push(...phrasesBegunBy(w.tokens[i]!, index));
    for (const p of candidates) {
      let ok = true;
      for (let k = 0; k < p.tokens.length && ok; k++) ok = wordMatches(i + k, p.tokens[k]!, p.strength);
      if (ok && (w.cut[i] !== true || !out.some((m) => m.phrase === p && m.start === i))) out.push({ phrase: p, start: i, end: i + p.tokens.length });
    }
  }
  return out;
}

/**
 * The kind a match stands for once a qualifier before it is read: "Rejected pings topic" is a dead letter
 * queue, not the stream (see KIND_QUALIFIERS); the match's own kind when no qualifier of its part stands
 * within QUALIFIER_REACH words before it.
 */
function qualifiedKind(m: Match, w: Words): ComponentKind {
  const kind = m.phrase.kind;
  const part = w.part[m.start];
  for (const q of QUALIFIERS) {
    if (!q.of.has(kind)) continue;
    for (let at = Math.max(0, m.start - QUALIFIER_REACH); at + q.tokens.length <= m.start; at++) {
      if (w.part[at] !== part) continue;
      if (q.tokens.every((token, k) => tokenMatches(w.tokens[at + k]!, token, 'term'))) return q.becomes;
    }
  }
  return kind;
}

const rankOf = (s: Strength) => (s === 'generic' ? 0 : 1);

/** Specific before generic, then the longest phrase, then the rightmost (the head noun), then table order. */
function compareMatches(a: Match, b: Match): number {
  return (
    rankOf(b.phrase.strength) - rankOf(a.phrase.strength) ||
    b.phrase.tokens.length - a.phrase.tokens.length ||
    b.start - a.start ||
    a.phrase.order - b.phrase.order
  );
}

/**
 * The kinds one stretch of text names: per part, every specific match that does not overlap a better one
 * ("S3 bronze" is a bronze layer on an object store; a phrase naming two kinds gives both), or the best
 * generic word when nothing specific matched.
 */
function readStretch(text: string, table: CompiledTable, productsOnly: boolean): LabelReading {
  const w = words(text, table.correct);
  const matches = findMatches(w, table.index).filter((m) => !productsOnly || m.phrase.strength === 'product');
  const byPart = new Map<number, Match[]>();
  for (const m of matches) {
    const list = byPart.get(w.part[m.start]!) ?? [];
    list.push(m);
    byPart.set(w.part[m.start]!, list);
  }
  const kinds: ComponentKind[] = [];
  let specificKind = false;
  let product = false;
  for (const part of [...byPart.keys()].sort((a, b) => a - b)) {
    const sorted = byPart.get(part)!.sort(compareMatches);
    const best = sorted[0]!;
    const chosen: Match[] = [];
    // A generic word listed under two kinds gives both ("producer": an app or a device).
    if (best.phrase.strength === 'generic') chosen.push(...sorted.filter((m) => m.phrase.strength === 'generic' && m.start === best.start && m.end === best.end));
    else {
      for (const m of sorted) {
        if (m.phrase.strength === 'generic') break;
        const overlaps = chosen.some((c) => m.start < c.end && c.start < m.end && !(c.start === m.start && c.end === m.end));
        if (!overlaps) chosen.push(m);
      }
    }
    for (const m of chosen) {
      // A phrase that names no component (see KIND_VOCABULARY) only keeps its words from naming one.
      if (m.phrase.kind === 'unknown') continue;
      if (m.phrase.strength === 'product') product = true;
      else if (m.phrase.strength !== 'generic') specificKind = true;
      const kind = qualifiedKind(m, w);
      if (!kinds.includes(kind)) kinds.push(kind);
    }
  }
  return { kinds, specific: specificKind || product, product };
}

/** A bracketed note that adds a part ("+ schema registry", "with CDC"): it opens with one of ADDITION_OPENERS. */
const ADDITION_OPENER = new RegExp(`^\\s*(?:\\+|&|(?:${ADDITION_OPENERS.filter((word) => /^[a-z]+$/.test(word)).join('|')})\\b)`, 'i');

/**
 * Splits "Head words (aside, notes)" into the head, the bracketed asides (an unclosed bracket runs to the
 * end), and the bracketed notes that add a part to the box ("Kafka (+ schema registry)"; see ADDITION_OPENERS).
 */
function splitAsides(label: string): { head: string; aside: string; added: string } {
  let head = '';
  let note = '';
  let aside = '';
  let added = '';
  let depth = 0;
  const close = () => {
    if (ADDITION_OPENER.test(note)) added += ` ${note} , `;
    else aside += ` ${note} , `;
    note = '';
  };
  for (const ch of label) {
    if (ch === '(' || ch === '[' || ch === '{') {
      depth += 1;
      note += ' ';
      continue;
    }
    if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) {
      depth -= 1;
      if (depth === 0) close();
      else note += ' , ';
      continue;
    }
    if (depth > 0) note += ch;
    else head += ch;
  }
  if (note !== '') close();
  return { head, aside, added };
}

function compileTable(table: readonly KindVocabulary[]): CompiledTable {
  return table === KIND_VOCABULARY ? DEFAULT_INDEX : compile(table);
}

/**
 * Every kind a label names, best first: tool and product names, then the head noun. Bracketed notes
 * only add tool names ("BigQuery (raw + marts)" is a warehouse; "Live inventory (Redis)" is a cache),
 * unless the head names nothing. Two tools joined by "+", "/", "&" or "and" give both kinds. A word one typo
 * away from exactly one product name reads as that product ("Kakfa", "Postgress"; see typoReader).
 */
export function kindsFromLabel(label: string, table: readonly KindVocabulary[] = KIND_VOCABULARY): LabelReading {
  if (table !== KIND_VOCABULARY) return readLabel(label, compileTable(table));
  // The canvas re-reads the whole scene after every edit: the same labels come back each time.
  let known = LABEL_CACHE.get(label);
  if (known === undefined) {
    if (LABEL_CACHE.size >= LABEL_CACHE_SIZE) LABEL_CACHE.clear();
    known = readLabel(label, DEFAULT_INDEX);
    LABEL_CACHE.set(label, known);
  }
  return { kinds: [...known.kinds], specific: known.specific, product: known.product };
}

/** What a label names: its kinds, whether any is more than a broad word, and whether a tool or product name is among them. */
export interface LabelReading {
  kinds: ComponentKind[];
  specific: boolean;
  /** A product or tool name ("Kafka", "MSK", "Debezium") matched, not only terms ("topic", "db"). */
  product: boolean;
}

const LABEL_CACHE_SIZE = 4096;
const LABEL_CACHE = new Map<string, LabelReading>();

function readLabel(label: string, table: CompiledTable): LabelReading {
  // A storage path names its store, not its folders ("s3://lake/cdc-debezium-kafka/" is a place in S3).
  const { head, aside, added } = splitAsides(nameSpansAsStores(label));
  const fromHead = readStretch(head, table, false);
  // A note that adds a part ("Kafka (+ schema registry)") names it as the head would.
  const fromAdded = added === '' ? undefined : readStretch(added, table, false);
  // A head of broad words only ("Ingest endpoint") lets the note's terms say what it is ("(HTTPS gateway)").
  const fromAside = readStretch(aside, table, fromHead.specific);
  let kinds: ComponentKind[];
  if (!fromHead.specific && fromAside.specific) {
    // The note names what the broad word is ("Surge job (Flink)": the job is Flink, not a batch job);
    // broad words of another stage stay after it ("Orders app (Kafka producer)").
    const stages = new Set(fromAside.kinds.map((kind) => KIND_INFO[kind].category));
    kinds = [...fromAside.kinds, ...fromHead.kinds.filter((kind) => !stages.has(KIND_INFO[kind].category) && !fromAside.kinds.includes(kind))];
  } else {
    kinds = [...fromHead.kinds];
    for (const kind of fromAside.kinds) if (!kinds.includes(kind)) kinds.push(kind);
  }
  const addedSpecific = fromAdded?.specific ?? false;
  if (fromAdded && addedSpecific) for (const kind of fromAdded.kinds) if (!kinds.includes(kind)) kinds.push(kind);
  // A note on a store naming who reads it ("Warehouse (dashboards 06:00)"): the box is the store and its readers.
  if (fromHead.specific && aside.trim() !== '' && fromHead.kinds.some((kind) => KIND_INFO[kind].category === 'storage')) {
    const readers = readStretch(aside, table, false);
    if (readers.specific) for (const kind of readers.kinds) if (NOTE_READER_KINDS.includes(kind) && !kinds.includes(kind)) kinds.push(kind);
  }
  return {
    kinds: kinds.slice(0, MAX_KINDS),
    specific: fromHead.specific || fromAside.specific || addedSpecific,
    product: fromHead.product || fromAside.product || (fromAdded?.product ?? false),
  };
}

/** The main kind a label names; 'unknown' when nothing matches. */
export function kindFromLabel(label: string, table: readonly KindVocabulary[] = KIND_VOCABULARY): ComponentKind {
  return kindsFromLabel(label, table).kinds[0] ?? 'unknown';
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(COMPONENT_KINDS);
const isKind = (value: unknown): value is ComponentKind => typeof value === 'string' && KNOWN_KINDS.has(value) && value !== 'unknown';

const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'e', 'g', 'eg']);
const PALETTE_WORDS = new Map<ComponentKind, Set<string>>();
for (const item of PALETTE) PALETTE_WORDS.set(item.kind, new Set([...tokenize(item.label), ...tokenize(KIND_INFO[item.kind].label)].filter((t) => !STOP.has(t))));

/** The label still talks about the palette item ("Clickstream" dropped and renamed "Clickstream v2"). */
function sharesPaletteWord(label: string, kind: ComponentKind): boolean {
  const known = PALETTE_WORDS.get(kind) ?? new Set(tokenize(KIND_INFO[kind].label));
  return tokenize(label).some((t) => stems(t).some((s) => known.has(s)));
}

/**
 * What a box is. The learner's own answer to "What is this?" (`customData.kindSource === 'learner'`)
 * wins. Otherwise the label decides: the palette's `customData.kind` is only a hint, used when the
 * label is empty, names only broad words ("Shop DB" dropped as the OLTP database), or still talks
 * about the palette item; a label naming something else wins, and one naming nothing makes the box
 * unknown (a palette "BI dashboard" relabelled "Monthly email" is not a dashboard). A label that takes
 * its box out of the design (struck out, negated, removed, later, TBD, "?"; see label-status.ts) makes
 * it unknown with `setAside`, whatever the palette said; negated words of a label are not read
 * ("Kafka, not Kinesis" is Kafka).
 */
export function classifyComponent(label: string, customData: readonly (Record<string, unknown> | null | undefined)[] = []): KindReading {
  for (const data of customData) {
    if (data?.kindSource === 'learner' && isKind(data.kind)) return { kinds: [data.kind], source: 'learner' };
  }
  const palette = customData.map((data) => data?.kind).find(isKind);
  const status = readLabelStatus(label);
  const named = kindsFromLabel(status.text);
  // A box the label itself takes out of the design is no part, whatever the palette said.
  // What it would have named: its unmasked words, or, when the marker itself denies the name ("BigQuery: out of
  // scope" reads as a term marked not applicable), the label without strike marks.
  if (status.marker !== undefined) return { kinds: ['unknown'], source: 'label', setAside: { reason: status.marker, kinds: named.kinds.length > 0 ? named.kinds : kindsFromLabel(status.unstruck).kinds } };
  if (status.masked !== undefined && named.kinds.length === 0) {
    const would = kindsFromLabel(status.unstruck).kinds;
    if (would.length > 0) return { kinds: ['unknown'], source: 'label', setAside: { reason: status.masked, kinds: would } };
  }
  if (palette === undefined) return { kinds: named.kinds.length > 0 ? named.kinds : ['unknown'], source: 'label' };
  if (label.trim() === '') return { kinds: [palette], source: 'palette' };
  if (named.kinds.some((kind) => areEquivalent(kind, palette))) {
    const kinds = [palette, ...named.kinds.filter((kind) => kind !== palette)].slice(0, MAX_KINDS);
    return { kinds, source: 'palette' };
  }
  if (named.kinds.length === 0 || !named.specific) {
    if (sharesPaletteWord(label, palette) || named.kinds.length > 0) return { kinds: [palette], source: 'palette' };
    return { kinds: ['unknown'], source: 'label', paletteKind: palette };
  }
  return { kinds: named.kinds, source: 'label', paletteKind: palette };
}

/** The main kind of a box; see `classifyComponent`. */
export function classifyKind(label: string, customData: readonly (Record<string, unknown> | null | undefined)[] = []): ComponentKind {
  return classifyComponent(label, customData).kinds[0]!;
}

/** A word of a label read as a product name it misspells: "Kakfa" read as Kafka. */
export interface LabelCorrection {
  /** The word as written. */
  written: string;
  /** The product name it is read as (lower case, as the vocabulary lists it). */
  readAs: string;
  /** The kind that name gives. */
  kind: ComponentKind;
}

/**
 * The words of a label the reader takes as typos of product names (see typoReader), so a finding can say
 * "read 'Kakfa' as Kafka" and the learner can check the reading. Reads the label the way kindsFromLabel
 * does; [] when every word is read as written.
 */
export function labelCorrections(label: string): LabelCorrection[] {
  // Every re-score after an edit asks again for the same labels: read each once (a copy, so callers may keep it).
  let known = CORRECTIONS_CACHE.get(label);
  if (known === undefined) {
    if (CORRECTIONS_CACHE.size >= LABEL_CACHE_SIZE) CORRECTIONS_CACHE.clear();
    known = readCorrections(label);
    CORRECTIONS_CACHE.set(label, known);
  }
  return known.length === 0 ? [] : known.map((item) => ({ ...item }));
}

const CORRECTIONS_CACHE = new Map<string, readonly LabelCorrection[]>();

function readCorrections(label: string): LabelCorrection[] {
  const out: LabelCorrection[] = [];
  for (const written of label.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const token = normalize(written);
    if (!/^[a-z]+$/.test(token)) continue;
    const readAs = DEFAULT_INDEX.correct(token);
    if (readAs === token) continue;
    const phrase = DEFAULT_INDEX.index.get(readAs)?.find((entry) => entry.tokens.length === 1 && entry.strength === 'product');
    if (phrase && !out.some((item) => item.written === written)) out.push({ written, readAs, kind: phrase.kind });
  }
  return out;
}
