import type { DEEP_DIVE_TOPICS } from '../content/rubric-schema';

export type DrillTopic = (typeof DEEP_DIVE_TOPICS)[number];

/**
 * One choice of a multiple-choice key; aliases are matched as whole words after normalising. `concepts`
 * name the option by what it means ("transitive dependency" for 3NF) and count only when no option is named.
 */
export interface ChoiceOption {
  value: string;
  aliases: readonly string[];
  concepts?: readonly string[];
}

/** How the items of a list answer are read and compared. */
export type ListItemKind =
  /** `12:00-12:10`: a clock range within one day. */
  | { kind: 'time-range' }
  /** An Airflow data interval, written as its start (logical date) or `start -> end`. */
  | { kind: 'interval'; periodMinutes: number }
  /** An SCD type 2 row: value, valid_from, valid_to (open end: null), is_current. */
  | { kind: 'scd-row' };

/**
 * A value that decides a yes/no drill, given as a clock time (seconds since midnight). A bare yes/no
 * is a coin toss, so the learner also states this value. `labels` are the words written next to it
 * (`watermark 12:05`, `12:05 watermark`); `rangeLabels` name a `start-end` range whose end is the value
 * (`window 12:00-12:05`, `[12:00, 12:05) window`). A required value that is missing makes the answer
 * unreadable; an optional one is checked when given.
 */
export interface DecidingClock {
  name: string;
  labels: readonly string[];
  rangeLabels?: readonly string[];
  seconds: number;
  required: boolean;
}

/**
 * What the right answer is, as plain data: the checker needs nothing but this and the learner's text,
 * so a stored drill can be checked later without its generator's state.
 */
export type AnswerKey =
  | { kind: 'yes-no'; value: boolean; yesWords: readonly string[]; noWords: readonly string[]; deciding?: readonly DecidingClock[] }
  | { kind: 'integer'; value: number }
  /**
   * value in bytes (data_size) or seconds (duration); tolerance is relative (0.03 = 3%). A duration that is
   * a share of a period (downtime a year) sets periodSeconds, so "0.1% of the year" or "99.9% available" read too.
   */
  | { kind: 'quantity'; dimension: 'data_size' | 'duration'; value: number; tolerance: number; periodSeconds?: number }
  | { kind: 'choice'; value: string; options: readonly ChoiceOption[] }
  /** An unordered list; items are canonical forms produced by the same reader that reads answers. */
  | { kind: 'set'; item: ListItemKind; items: readonly string[] }
  /**
   * One integer per partition, partition 0 first. `earliest`/`latest` (per partition) let an answer use
   * the Spark Kafka source's JSON symbols: -2 for the earliest retained offset, -1 for the log end.
   */
  | { kind: 'offsets'; values: readonly number[]; earliest?: readonly number[]; latest?: readonly number[] };

/**
 * How an answer compares with a key: `reading` says how the answer was read and `detail` what differs;
 * `hedged` is an answer that declines to commit ("not sure"), `unreadable` one that could not be read.
 */
export type Match =
  | { status: 'match'; reading: string; parts?: readonly CheckPart[] }
  | { status: 'mismatch'; reading: string; detail?: string; parts?: readonly CheckPart[] }
  | { status: 'hedged'; phrase: string }
  | { status: 'unreadable'; problem: string };

/** A typical wrong answer and what to say to someone who gives it. */
export interface Mistake {
  key: AnswerKey;
  hint: string;
}

/** A generated drill: plain JSON-serialisable data, so the app can store it and check it later. */
export interface Drill {
  /** The generator's id. */
  id: string;
  seed: number;
  topic: DrillTopic;
  prompt: string;
  /** The canonical answer as a person would write it. */
  solution: string;
  /** A worked explanation that teaches the rule, not just the number. */
  explanation: string;
  key: AnswerKey;
  mistakes: readonly Mistake[];
}

/** The public, shareable part of a drill (what `drill <id> --seed N --json` prints). */
export type DrillView = Pick<Drill, 'id' | 'seed' | 'prompt' | 'solution' | 'explanation'>;

/** The verdict on one part of a two-part answer (a yes/no and the value that decides it). */
export interface CheckPart {
  part: string;
  correct: boolean;
  feedback: string;
}

/**
 * The verdict on an answer. `readable: false` means the answer could not be read: nothing was graded,
 * the feedback shows the expected format only (never the solution) and the attempt is not spent.
 */
export interface CheckResult {
  correct: boolean;
  feedback: string;
  readable: boolean;
  parts?: readonly CheckPart[];
}

/** What a generator builds from its random source; the registry adds id, seed and topic. */
export type DrillContent = Omit<Drill, 'id' | 'seed' | 'topic'>;

export interface DrillGenerator {
  id: string;
  topic: DrillTopic;
  title: string;
  generate(seed: number): Drill;
  check(drill: Drill, answer: string): CheckResult;
}
