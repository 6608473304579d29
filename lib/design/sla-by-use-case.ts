import { mentions } from './design-index';
import type { Names } from './design-index';
import { readSla, VAGUE_LOOSEST_SECONDS } from './parse-sla';
import type { SlaClause } from './parse-sla';
import { withoutWithdrawn } from '../text/withdrawn-text';

/**
 * A freshness the learner asserted, in seconds, with the clause it was read from (their words) and
 * whether that clause says what it is for ("surge within 30 s" does, "real-time 06:00" does not).
 * `vague` when it came from a word without a number ("real-time", "near real-time"), and
 * `loosest` the loosest an interviewer reads it as (seconds-ish, minutes-ish; `seconds` otherwise).
 */
export type StatedSla = { seconds: number; clause: string; subject: boolean; vague: boolean; loosest: number };

/** What an SLA text asserts: every freshness in order, and the one stated for each named use case. */
export type SlaReading = {
  asserted: StatedSla[];
  /** Freshness the text names only under a negation ("we do NOT need real-time"). */
  negated: StatedSla[];
  byUseCase: Map<string, StatedSla>;
};

const unique = <T>(values: readonly T[]): T[] => values.filter((value, index) => values.indexOf(value) === index);

// The use cases a requirement names, read from the requirement as a whole (one reading per text, remembered).
function affirmedUseCases(useCases: Names, clause: SlaClause): string[] {
  return unique(mentions(useCases, clause.text).filter((found) => !found.negated).map((found) => found.id));
}

// "daily by 06:00" names the same day twice; one clause states each freshness once.
const assertedIn = (clause: SlaClause) => unique(clause.pieces.filter((piece) => !piece.negated).flatMap((piece) => piece.seconds));

/** How surely a clause speaks for a use case: among several it names (0), the one it names (1), its "Label:" (2). */
type Specificity = 0 | 1 | 2;
type Assigned = { stated: StatedSla; specific: Specificity };

/**
 * A clause naming one use case speaks for it more surely than one naming several: in "stock 5
 * minutes behind during sales; yesterday's sales by 06:00" the sales dashboard is the 06:00 one,
 * though the first clause mentions sales too, and a "Label:" more surely still ("Ops: < 5 min lag in
 * sales. Sales: by 06:00" gives sales 06:00). Between clauses as specific, the strictest is kept.
 */
function assign(byUseCase: Map<string, Assigned>, id: string, stated: StatedSla, specific: Specificity): void {
  const previous = byUseCase.get(id);
  if (!previous || specific > previous.specific || (specific === previous.specific && stated.seconds < previous.stated.seconds)) byUseCase.set(id, { stated, specific });
}

/** "Stock: T+0" — the words before a colon (not the one in "06:00") label what follows. */
const LABEL = /^\s*([^:]{1,60}?):(?!\d)/;

/** The use cases a requirement's "Label:" names, or undefined when it has no label naming one. */
function labelledUseCases(useCases: Names, clause: SlaClause): string[] | undefined {
  const label = LABEL.exec(clause.text)?.[1];
  if (label === undefined) return undefined;
  const ids = unique(mentions(useCases, label).filter((found) => !found.negated).map((found) => found.id));
  return ids.length > 0 ? ids : undefined;
}

const MAX_REMEMBERED = 200;
const remembered = new WeakMap<Names, Map<string, SlaReading>>();

/**
 * Reads an SLA field clause by clause ("inventory: sub-minute freshness; sales dashboard: daily by
 * 06:00"). A clause naming one use case gives it the clause's strictest freshness; one naming as
 * many use cases as freshnesses pairs them in order ("sub-minute for inventory and daily for
 * sales"); one freshness for several use cases applies to all; a label alone ("for inventory,")
 * carries to the next clause's freshness, and a "Label:" to every item of the comma-separated list
 * after it. Negated freshness is never assigned. Readings are
 * remembered per text (a couple of hundred), as the SLA and contradiction grades both ask.
 */
export function readSlaByUseCase(sla: string, useCases: Names): SlaReading {
  let bySla = remembered.get(useCases);
  if (!bySla) {
    bySla = new Map();
    remembered.set(useCases, bySla);
  }
  const known = bySla.get(sla);
  if (known) return known;
  const reading = readFresh(sla, useCases);
  if (bySla.size >= MAX_REMEMBERED) bySla.clear();
  bySla.set(sla, reading);
  return reading;
}

function readFresh(sla: string, useCases: Names): SlaReading {
  const asserted: StatedSla[] = [];
  const negated: StatedSla[] = [];
  const byUseCase = new Map<string, Assigned>();
  // "30 s for surge - on second thought, hourly is fine": the replacement speaks for what the withdrawn words named.
  let pending: string[] = unique(withoutWithdrawn(sla).withdrawn.flatMap(({ said }) => mentions(useCases, said).filter((found) => !found.negated).map((found) => found.id)));
  // A "Label:" holds for the comma-separated list after it: "Stock: T+0, under 5 min while a sale runs".
  let labelled: string[] | undefined;
  for (const clause of readSla(sla)) {
    const label = labelledUseCases(useCases, clause);
    if (label) labelled = label;
    else if (!clause.continues) labelled = undefined;
    const seconds = assertedIn(clause);
    const vague = new Set(clause.pieces.flatMap((piece) => piece.vague));
    const exact = new Set(clause.pieces.flatMap((piece) => piece.seconds.filter((value) => !piece.vague.includes(value))));
    const stated = (value: number): StatedSla => {
      const isVague = vague.has(value) && !exact.has(value);
      return { seconds: value, clause: clause.text, subject: clause.subject, vague: isVague, loosest: isVague ? (VAGUE_LOOSEST_SECONDS.get(value) ?? value) : value };
    };
    for (const value of seconds) asserted.push(stated(value));
    for (const piece of clause.pieces) if (piece.negated) for (const value of piece.seconds) negated.push(stated(value));
    let ids = labelled ?? affirmedUseCases(useCases, clause);
    if (seconds.length === 0) {
      if (ids.length > 0) pending = ids;
      continue;
    }
    if (ids.length === 0) ids = pending;
    pending = [];
    const single: Specificity = labelled ? 2 : 1;
    if (ids.length === 1 || seconds.length === 1) {
      const strictest = Math.min(...seconds);
      for (const id of ids) assign(byUseCase, id, stated(strictest), ids.length === 1 ? single : 0);
    } else if (ids.length === seconds.length) {
      ids.forEach((id, at) => assign(byUseCase, id, stated(seconds[at] ?? 0), single));
    }
  }
  return { asserted, negated, byUseCase: new Map([...byUseCase].map(([id, { stated }]) => [id, stated])) };
}

/** What the learner's SLA says for a use case: its own clause, else a single freshness stated for everything. */
export function statedFor(reading: SlaReading, id: string): StatedSla | undefined {
  const own = reading.byUseCase.get(id);
  if (own) return own;
  const values = new Set(reading.asserted.map((stated) => stated.seconds));
  return reading.byUseCase.size === 0 && values.size === 1 ? reading.asserted[0] : undefined;
}
