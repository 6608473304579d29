/**
 * Shorthand people write on a whiteboard or in a box label, and the words it stands for. Data, not
 * logic: add a spelling here, never a branch in code. Each entry is matched on a whole lower-case word
 * (a letter-and-digit run, as the label readers split them), optionally only right after (`after`) or
 * right before (`before`) one of the given words: "SS" is Structured Streaming only after "Spark",
 * "TS" is time series only before "DB". Sources: common engineering shorthand ("svc", "gw", "k8s",
 * "WH", "DLQ", "brk") and the vendors' own abbreviations (Debezium's "dbz" connector prefix) (Spark SS for Structured Streaming; "Spark Str." as a whiteboard cut of it).
 */
export interface WhiteboardAbbreviation {
  /** The shorthand as one lower-case word. */
  short: string;
  /** What it stands for, as lower-case words. */
  means: string;
  /** Only when the word before it is one of these. */
  after?: readonly string[];
  /** Only when the word after it is one of these. */
  before?: readonly string[];
}

export const WHITEBOARD_ABBREVIATIONS: readonly WhiteboardAbbreviation[] = [
  { short: 'svc', means: 'service' },
  { short: 'svcs', means: 'services' },
  { short: 'srv', means: 'service' },
  { short: 'gw', means: 'gateway' },
  { short: 'gws', means: 'gateways' },
  { short: 'dash', means: 'dashboard' },
  { short: 'dashes', means: 'dashboards' },
  { short: 'wh', means: 'warehouse' },
  { short: 'ops', means: 'operations' },
  { short: 'notif', means: 'notification' },
  { short: 'notifs', means: 'notifications' },
  { short: 'plcs', means: 'plc' },
  { short: 'kv', means: 'key value' },
  { short: 'obj', means: 'object' },
  { short: 'evt', means: 'event' },
  { short: 'evts', means: 'events' },
  { short: 'msg', means: 'message' },
  { short: 'msgs', means: 'messages' },
  { short: 'txn', means: 'transaction' },
  { short: 'txns', means: 'transactions' },
  { short: 'mgmt', means: 'management' },
  { short: 'sched', means: 'scheduler' },
  { short: 'orch', means: 'orchestrator' },
  { short: 'feat', means: 'feature' },
  { short: 'feats', means: 'features' },
  { short: 'rt', means: 'real time' },
  { short: 'dlq', means: 'dead letter queue' },
  { short: 'dlqs', means: 'dead letter queues' },
  { short: 'dbz', means: 'debezium' },
  { short: 'brk', means: 'broker' },
  { short: 'brks', means: 'brokers' },
  { short: 'reg', means: 'registry', after: ['schema'] },
  { short: 'ss', means: 'structured streaming', after: ['spark'] },
  { short: 'sss', means: 'structured streaming', after: ['spark'] },
  { short: 'str', means: 'structured streaming', after: ['spark'] },
  { short: 'strm', means: 'streaming', after: ['spark', 'flink', 'kafka'] },
  { short: 'sss', means: 'spark structured streaming' },
  { short: 'ts', means: 'time series', before: ['db', 'dbs', 'database', 'store'] },
];

/**
 * One-letter setting names written as "letter=value" on a whiteboard ("P=64" partitions, "k=driver_id" the key). Only
 * right before "=" and a value: a lone "p" or "k" elsewhere is never expanded.
 */
export const SETTING_LETTERS: Readonly<Record<string, string>> = { p: 'partitions', k: 'key' };

/** Whether the text at `end` (right after a one-letter word) continues with "=" and a value ("P=64", "k = driver_id"). */
export function opensLetterSetting(source: string, end: number): boolean {
  return /^ ?= ?[\w"'`]/.test(source.slice(end, end + 4)) && source[end + 1] !== '=' && source[end + 2] !== '=';
}

const BY_SHORT = new Map<string, WhiteboardAbbreviation[]>();
for (const entry of WHITEBOARD_ABBREVIATIONS) BY_SHORT.set(entry.short, [...(BY_SHORT.get(entry.short) ?? []), entry]);

/**
 * What the word at `at` of a sequence of lower-case words stands for when it is whiteboard shorthand
 * (see WHITEBOARD_ABBREVIATIONS), read with its neighbours as written: ("spark ss", 1) ->
 * ["structured", "streaming"], ("surge svc", 1) -> ["service"]; undefined when it is not shorthand there.
 * Pure; never throws.
 */
export function abbreviationAt(words: readonly string[], at: number): readonly string[] | undefined {
  const entry = BY_SHORT.get(words[at] ?? '')?.find(
    (candidate) =>
      (candidate.after === undefined || candidate.after.includes(words[at - 1] ?? '')) &&
      (candidate.before === undefined || candidate.before.includes(words[at + 1] ?? '')),
  );
  return entry === undefined ? undefined : MEANS.get(entry)!;
}

const MEANS = new Map<WhiteboardAbbreviation, readonly string[]>(WHITEBOARD_ABBREVIATIONS.map((entry) => [entry, entry.means.split(' ')]));

/**
 * The words a sequence of lower-case words stands for once whiteboard shorthand is written out:
 * ["spark", "ss"] -> ["spark", "structured", "streaming"]. Returns the input array itself when
 * nothing is shorthand. Pure; never throws.
 */
export function expandAbbreviations(words: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const means = abbreviationAt(words, i);
    if (means === undefined) {
      out?.push(words[i]!);
      continue;
    }
    out ??= words.slice(0, i);
    out.push(...means);
  }
  return out ?? words;
}

/** What one shorthand word stands for wherever it stands ("svc" -> "service"), or undefined. Pure. */
export function expandWord(word: string): string | undefined {
  const entry = BY_SHORT.get(word)?.find((candidate) => candidate.after === undefined && candidate.before === undefined);
  return entry?.means;
}

/**
 * The fewest letters a word cut short with a dot keeps ("reg." for registry, "Str." for streaming,
 * "Monit." for monitoring): shorter stubs ("St.", "No.", "e.g.") are too often ordinary words.
 */
export const TRUNCATION_MIN_LETTERS = 3;

/**
 * Whether `stub`, written with a dot after it on a whiteboard ("reg.", "Str."), is `word` cut short:
 * a letters-only stub of TRUNCATION_MIN_LETTERS or more that `word` begins with and is longer than.
 * Any word of the field can be cut this way, so no list is kept: "schema reg." is a schema registry,
 * "Spark Str." Spark Streaming. Pure; never throws.
 */
export function isTruncationOf(stub: string, word: string): boolean {
  return stub.length >= TRUNCATION_MIN_LETTERS && word.length > stub.length && word.startsWith(stub) && /^[a-z]+$/.test(stub);
}

/**
 * The lower-case words of a label with, for each, whether it was written cut short with a dot
 * ("Spark Str. stock" -> spark, str (cut), stock): a letters-only word of TRUNCATION_MIN_LETTERS or
 * more followed by "." and then a space, a bracket or the end. Separators ("+", "/", "&", ",", ";",
 * "|") are kept as words of their own, marked not cut. Input is already lower case and accent-free.
 * Pure; never throws.
 */
export function labelWordsWithStubs(text: string): { word: string; cut: boolean }[] {
  const out: { word: string; cut: boolean }[] = [];
  for (const match of text.matchAll(/[a-z0-9]+|[+/&,;|]/g)) {
    const word = match[0];
    const after = match.index + word.length;
    const cut = text[after] === '.' && !/[a-z0-9]/.test(text[after + 1] ?? '') && word.length >= TRUNCATION_MIN_LETTERS && /^[a-z]+$/.test(word);
    out.push({ word, cut });
  }
  return out;
}
