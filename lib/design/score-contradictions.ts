import type { DesignAnswer, DesignInput, InputMode, ProcessingStyle } from './design-answer-schema';
import { conceptNames, getDesignIndex, mentions, rowId } from './design-index';
import type { DesignCase, DesignIndex, Mention, Names } from './design-index';
import { formatDuration } from './format-duration';
import { deadlinesForNothing } from './listed-sla';
import { readSlaByUseCase } from './sla-by-use-case';
import type { StatedSla } from './sla-by-use-case';
import { SLA_LOOSE_TOLERANCE, SLA_MISPLACED_FACTOR } from './score-sla';
import { hint, lose, quote } from './tally';
import type { Tally } from './tally';

/** What one contradiction between two fields costs: the design cannot be built as both fields say. */
export const CONTRADICTION_POINTS = 5;
/** Only the first few cost points, so one confused answer is not graded below zero many times over. */
export const MAX_CHARGED_CONTRADICTIONS = 3;
/** Fresher than this a scheduled batch job contradicts the SLA; "every 15 minutes" is a schedule a batch job keeps. */
export const BATCH_FRESHEST_SECONDS = 15 * 60;
/** From this freshness on, a daily batch job meets the SLA and a stream has nothing to add. */
export const STREAM_NEEDLESS_SECONDS = 86_400;

type Contradiction = { code: string; message: string; refs?: string[] };
type Field = { name: string; text: string };

const proseFields = (answer: DesignAnswer): Field[] => [
  { name: 'use case', text: answer.useCase },
  { name: 'SLA', text: answer.sla },
  { name: 'reason', text: answer.reason },
];

const describeInput = (row: DesignInput) => row.name;
const modeLabel = (mode: InputMode) => (mode === 'stream' ? 'a stream' : 'batch');

/** Streaming with an SLA a daily job meets, or batch with an SLA only a stream meets. */
function styleAgainstSla(answer: DesignAnswer, index: DesignIndex): Contradiction[] {
  const chosen = answer.processingStyle;
  if (chosen === '') return [];
  const stated = readSlaByUseCase(answer.sla, index.useCases).asserted;
  const strictest = stated.reduce<StatedSla | undefined>((best, next) => (best === undefined || next.seconds < best.seconds ? next : best), undefined);
  if (!strictest) return [];
  const yours = formatDuration(strictest.seconds);
  // A word without a number ("alerts quickly") contradicts batch only when even its loosest reading is too fresh for it.
  const surest = stated.reduce((best, next) => (next.loosest < best.loosest ? next : best), strictest);
  if (chosen === 'batch' && surest.loosest < BATCH_FRESHEST_SECONDS) {
    return [
      {
        code: 'design.style-own-sla',
        message: `You chose batch, but your SLA says ${quote(surest.clause)} (${formatDuration(surest.seconds)}): that is too fresh for batch jobs alone, which are only as fresh as their last run. Relax the SLA or stream.`,
        refs: ['processingStyle'],
      },
    ];
  }
  if (chosen !== 'batch' && strictest.seconds >= STREAM_NEEDLESS_SECONDS) {
    return [
      {
        code: 'design.style-own-sla',
        message: `You chose ${chosen}, but your strictest SLA is ${quote(strictest.clause)} (${yours}), which a daily batch job meets: by your own SLA the stream is always-on cost with nothing to gain.`,
        refs: ['processingStyle'],
      },
    ];
  }
  return [];
}

const strictestOf = (stated: readonly StatedSla[]) => stated.reduce<StatedSla | undefined>((best, next) => (best === undefined || next.seconds < best.seconds ? next : best), undefined);

/**
 * Batch chosen for a use case that itself asks for a freshness no scheduled job keeps ("real-time fraud scoring
 * within 100 ms" with batch): the use case and the style cannot both be true. Left to `styleAgainstSla` when the SLA
 * already says as much, so one disagreement is charged once.
 */
function styleAgainstUseCase(answer: DesignAnswer, index: DesignIndex): Contradiction[] {
  if (answer.processingStyle !== 'batch' || answer.useCase === '') return [];
  const fromSla = strictestOf(readSlaByUseCase(answer.sla, index.useCases).asserted);
  if (fromSla && fromSla.seconds < BATCH_FRESHEST_SECONDS) return [];
  const wanted = strictestOf(readSlaByUseCase(answer.useCase, index.useCases).asserted);
  if (!wanted || wanted.loosest >= BATCH_FRESHEST_SECONDS) return [];
  return [
    {
      code: 'design.use-case-against-style',
      message: `Your use case says ${quote(wanted.clause)} (${formatDuration(wanted.seconds)}), but you chose batch: a scheduled job is only as fresh as its last run, so the design you describe cannot do what your use case promises. Say which is true; the style follows from the freshness.`,
      refs: ['processingStyle'],
    },
  ];
}

/**
 * A use case that asks for a freshness while everything the SLA promises is a hundred times looser ("real-time fraud
 * scoring within 100 ms" against "next morning for everything"): the two fields promise the business different
 * things. An SLA that promises anything near the use case's need ("stock at most 5 minutes behind" beside "live
 * stock") has taken it in, whichever use case each of its clauses is read as speaking for.
 */
function slaGivesUseCaseLess(answer: DesignAnswer, index: DesignIndex): Contradiction[] {
  if (answer.useCase === '' || answer.sla === '') return [];
  const sla = readSlaByUseCase(answer.sla, index.useCases);
  const promised = sla.asserted;
  if (promised.length === 0) return [];
  // A word without a number ("live bed census") says fresh, not how fresh: the SLA says how, and is graded for it.
  const wanted = strictestOf(readSlaByUseCase(answer.useCase, index.useCases).asserted.filter((stated) => !stated.vague));
  if (!wanted || !promised.every((given) => given.seconds >= wanted.loosest * SLA_MISPLACED_FACTOR)) return [];
  // An SLA that speaks only for other use cases ("earnings do not need to be real-time; daily" beside "surge within
  // 30 seconds") leaves this one unstated, which the SLA grade charges; a blanket one, or one for the same need, disagrees.
  const asked = mentions(index.useCases, wanted.clause).filter((found) => !found.negated).map((found) => found.id);
  if (sla.byUseCase.size > 0 && !asked.some((id) => sla.byUseCase.has(id))) return [];
  const given = strictestOf(promised) ?? wanted;
  return [
    {
      code: 'design.use-case-against-sla',
      message: `Your use case says ${quote(wanted.clause)} (${formatDuration(wanted.seconds)}), but your SLA promises at best ${quote(given.clause)} (${formatDuration(given.seconds)}): the two fields promise the business different things. Say which the business needs; the whole design follows from it.`,
      refs: ['sla'],
    },
  ];
}

/**
 * A use case that asks for a freshness the SLA rules out, while everything the SLA does promise is a
 * hundred times looser: "Live bed census" next to "Not real-time; weekly is fine", "fraud detection
 * within seconds" next to "we do not need seconds-level latency; next morning". "Real-time stock" next
 * to "not real-time: within 5 minutes" only says what real-time means here, so it is no contradiction.
 */
function slaAgainstUseCase(answer: DesignAnswer, index: DesignIndex): Contradiction[] {
  if (answer.useCase === '' || answer.sla === '') return [];
  const sla = readSlaByUseCase(answer.sla, index.useCases);
  const asked = readSlaByUseCase(answer.useCase, index.useCases).asserted;
  for (const wanted of asked) {
    const denial = sla.negated.find((ruledOut) => wanted.seconds <= ruledOut.loosest * SLA_LOOSE_TOLERANCE);
    if (!denial || !sla.asserted.every((promised) => promised.seconds >= wanted.loosest * SLA_MISPLACED_FACTOR)) continue;
    return [
      {
        code: 'design.use-case-against-sla',
        message: `Your use case says ${quote(wanted.clause)} (${formatDuration(wanted.seconds)}), but your SLA says ${quote(denial.clause)}: the freshness the use case asks for is the one the SLA rules out. Say which the business needs; the whole design follows from it.`,
        refs: ['sla'],
      },
    ];
  }
  return [];
}

/** The SLA ruling out what the use case asks, else giving it a freshness a hundred times looser: one finding at most. */
function slaAgainstOrBelowUseCase(answer: DesignAnswer, index: DesignIndex): Contradiction[] {
  const ruledOut = slaAgainstUseCase(answer, index);
  return ruledOut.length > 0 ? ruledOut : slaGivesUseCaseLess(answer, index);
}

const STYLE_MODES: Record<ProcessingStyle, readonly InputMode[]> = { batch: ['batch'], streaming: ['stream'], both: ['stream', 'batch'] };

/**
 * Whether a clause says what it is about: it names a source, output or use case of the case
 * ("stock can't wait for a nightly job"), so a mode it denies is denied for that one path.
 */
const namesSubject = (index: DesignIndex, clause: string) => mentions(index.concepts, clause).length > 0;

/**
 * A field that negates the chosen style ("we won't stream" with streaming) and never affirms it
 * elsewhere. With both, a denial about one path ("stock can't wait for a nightly job, revenue is
 * computed once the day closes") is the reason for splitting the paths, not a contradiction: only a
 * denial about the design as a whole ("no streaming needed") contradicts "both".
 */
function styleNegated(answer: DesignAnswer, index: DesignIndex): Contradiction[] {
  const chosen = answer.processingStyle;
  if (chosen === '') return [];
  const found = proseFields(answer).flatMap((field) => mentions(index.modes, field.text).map((mention) => ({ field, mention })));
  const result: Contradiction[] = [];
  for (const mode of STYLE_MODES[chosen]) {
    if (found.some(({ mention }) => mention.id === mode && !mention.negated)) continue;
    const denial = found.find(({ mention }) => mention.id === mode && mention.negated && !mention.ofFallback && !(chosen === 'both' && namesSubject(index, mention.clause)));
    if (!denial) continue;
    result.push({
      code: 'design.style-negated',
      message: `You chose ${chosen}, but your ${denial.field.name} says ${quote(denial.mention.clause)}. Make the reason argue for the style you chose, or choose the one it argues for.`,
      refs: ['processingStyle'],
    });
  }
  return result;
}

const modesIn = (index: DesignIndex, text: string) => new Set(mentions(index.modes, text).filter((mention) => !mention.negated).map((mention) => mention.id));

/** A source declared one mode while its own row, or a sentence about it, says the other. */
function inputModeAgainstText(answer: DesignAnswer, rubric: DesignCase, index: DesignIndex): Contradiction[] {
  const result: Contradiction[] = [];
  const claims = proseFields(answer).flatMap((field) => {
    const byClause = new Map<string, Mention<string>[]>();
    for (const mention of mentions(index.inputs, field.text)) {
      if (mention.negated) continue;
      byClause.set(mention.clause, [...(byClause.get(mention.clause) ?? []), mention]);
    }
    const modes = mentions(index.modes, field.text).filter((mention) => !mention.negated);
    // "the OEE report doesn't need streaming since it is read once a day": the mode is the report's.
    const served = new Set([...mentions(index.outputs, field.text), ...mentions(index.useCases, field.text)].map((mention) => mention.clause));
    return [...byClause.entries()].filter(([clause]) => !served.has(clause)).map(([clause, named]) => ({
      field,
      clause,
      ids: named.map((mention) => mention.id),
      modes: new Set(modes.filter((mention) => mention.clause === clause).map((mention) => mention.id)),
    }));
  });
  const seen = new Set<string>();
  for (const row of answer.inputs) {
    const declared = row.mode;
    if (declared === '' || row.name === '') continue;
    const id = rowId(index.inputs, row.name);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const other: InputMode = declared === 'stream' ? 'batch' : 'stream';
    const own = modesIn(index, [row.name, row.format, row.rate].join('. '));
    if (own.has(other) && !own.has(declared)) {
      result.push({
        code: 'design.input-mode-contradicted',
        message: `You declared ${quote(describeInput(row))} as ${modeLabel(declared)}, but the same row describes ${modeLabel(other)}. Say which it is: the mode decides how it is ingested.`,
        refs: rubric.steps.design.inputs.some((input) => input.id === id) ? [id] : undefined,
      });
      continue;
    }
    const claim = claims.find((candidate) => candidate.ids.includes(id) && candidate.modes.has(other) && !candidate.modes.has(declared));
    if (claim) {
      result.push({
        code: 'design.input-mode-contradicted',
        message: `You declared ${quote(describeInput(row))} as ${modeLabel(declared)}, but your ${claim.field.name} says ${quote(claim.clause)}. Say which it is: the mode decides how it is ingested.`,
        refs: [id],
      });
    }
  }
  return result;
}

type Denial = { field: Field; clause: string; row: string; kind: 'input' | 'output' };

/** A comma not inside a number ("1,000") ends one item of a list of statements. */
const COMMA = /,(?!\d{3}\b)/;

/**
 * A negation denies a name only within its own comma-separated stretch: in "without phoning wards,
 * keep readmission measures stable" the measures are what the learner wants, not what they deny.
 * Reading a shorter stretch can only drop a denial, never add one, so a real "no dashboards" stays.
 */
function deniedWithinStretch(names: Names, text: string, mention: Mention<string>): boolean {
  return text.split(COMMA).some((stretch) => mentions(names, stretch).some((found) => found.negated && found.id === mention.id && found.verbatim === mention.verbatim));
}

/**
 * Outputs compare as items: every synonym of an output names the same thing, so "no inventory view"
 * denies the "Stock view" row. A field that also affirms the item ("no Tableau, Looker instead") chose
 * between two names in one breath, which is no contradiction.
 */
function deniedOutputs(answer: DesignAnswer, index: DesignIndex, field: Field): Denial[] {
  const found = mentions(index.outputs, field.text);
  return found
    .filter((mention) => mention.negated && !mention.ofOtherActor && !mention.ofOutcome && !mention.ofFallback && !mention.ofTolerance && !found.some((other) => other.id === mention.id && !other.negated && other.part === mention.part))
    .filter((mention) => deniedWithinStretch(index.outputs, field.text, mention))
    .flatMap((mention) => {
      const row = answer.outputs.find((candidate) => rowId(index.outputs, candidate.consumer, candidate.store) === mention.id);
      return row ? [{ field, clause: mention.clause, row: [row.consumer, row.store].filter((part) => part !== '').join(' / '), kind: 'output' as const }] : [];
    });
}

/**
 * Inputs compare as concepts, because an input's synonyms include how it is read: "orders DB,
 * no CDC" is consistent, while "no CDC" next to an "Orders via Debezium" row is not.
 */
function deniedInputs(answer: DesignAnswer, index: DesignIndex, field: Field): Denial[] {
  return mentions(index.concepts, field.text)
    .filter((mention) => mention.negated && !mention.ofOtherActor && !mention.ofOutcome && !mention.ofFallback && !mention.ofTolerance && deniedWithinStretch(index.concepts, field.text, mention))
    .flatMap((mention) => {
      const names = conceptNames(index, mention.id);
      const affirmed = (text: string) => mentions(names, text).some((found) => !found.negated);
      if (mentions(names, field.text).some((found) => !found.negated && found.part === mention.part)) return [];
      const row = answer.inputs.find((candidate) => candidate.name !== '' && affirmed(candidate.name));
      return row ? [{ field, clause: mention.clause, row: row.name, kind: 'input' as const }] : [];
    });
}

/**
 * A prose field that denies something a source or output row lists: "no dashboards needed" next to
 * a BI dashboard output. The denial must be of the thing itself: "Analytics never touch the ledger
 * database" denies what analytics do with the database, the same noun in another claim, and
 * contradicts no "ledger via CDC" row (mention.ofOtherActor), and "a resent authorisation never posts twice" denies a
 * second posting, not the postings a "ledger postings via Debezium" row lists (mention.ofOutcome), and "on timeout -> static
 * rules, never decline-all" rejects what the design does when scoring fails, not the scores (mention.ofFallback). A denial in a clause that names a processing mode says how the thing is
 * not computed ("a nightly job cannot score a swipe"), not that it is not wanted.
 */
function deniedButListed(answer: DesignAnswer, index: DesignIndex): Contradiction[] {
  const aboutMode = (field: Field, clause: string) => mentions(index.modes, field.text).some((mention) => mention.clause === clause);
  const denials = proseFields(answer)
    .flatMap((field) => [...deniedOutputs(answer, index, field), ...deniedInputs(answer, index, field)])
    .filter((denial) => !aboutMode(denial.field, denial.clause));
  const seen = new Set<string>();
  return denials
    .filter((denial) => {
      const key = `${denial.kind}:${denial.row}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((denial) => ({
      code: 'design.field-contradiction',
      message: `Your ${denial.field.name} says ${quote(denial.clause)}, but your design lists the ${denial.kind} ${quote(denial.row)}. One of them is wrong: the interviewer cannot tell which design you mean.`,
    }));
}

/** An SLA that asserts several different deadlines without saying what each is for (see listed-sla.ts). */
function slaDeadlinesAgainstEachOther(answer: DesignAnswer, index: DesignIndex): Contradiction[] {
  const distinct = deadlinesForNothing(answer.sla, index);
  if (!distinct) return [];
  const named = distinct.map(formatDuration).join(', ');
  return [
    {
      code: 'design.sla-contradictory',
      message: `Your SLA ${quote(answer.sla)} names ${distinct.length} different deadlines (${named}) without saying what each is for. An SLA is one promise per use case: say which freshness each use case needs.`,
      refs: ['sla'],
    },
  ];
}

/**
 * Fields of the design that contradict each other, each costing CONTRADICTION_POINTS (the first
 * MAX_CHARGED_CONTRADICTIONS of them; the rest are listed as hints) with a finding quoting both
 * fields: style against the learner's own SLA, a field negating the chosen style, a source whose
 * declared mode the text contradicts, a prose field denying what a row lists, and an SLA naming
 * several deadlines for no use case in particular, a use case asking for the freshness the SLA
 * rules out or gives a hundred times looser, and batch chosen for a use case that asks for seconds. Returns how many of them contradict the design as a whole (what caps its score).
 * `slaAsWritten` is the SLA as the learner wrote it when `answer.sla` was set aside (listed-sla.ts).
 */
export function scoreContradictions(tally: Tally, answer: DesignAnswer, rubric: DesignCase, slaAsWritten: string = answer.sla): number {
  const index = getDesignIndex(rubric);
  const found = [
    ...styleAgainstSla(answer, index),
    ...styleNegated(answer, index),
    ...inputModeAgainstText(answer, rubric, index),
    ...deniedButListed(answer, index),
    // An SLA set aside as a list of conflicting terms (listed-sla.ts) still names its deadlines against each other.
    ...slaDeadlinesAgainstEachOther({ ...answer, sla: slaAsWritten }, index),
    ...slaAgainstOrBelowUseCase(answer, index),
    ...styleAgainstUseCase(answer, index),
  ];
  found.forEach((contradiction, at) => {
    if (at < MAX_CHARGED_CONTRADICTIONS) lose(tally, 'wrong', CONTRADICTION_POINTS, contradiction);
    else hint(tally, contradiction);
  });
  // A source row whose mode its own words contradict is a slip in one row, charged above; it does not
  // make the whole design unreadable the way a style against its SLA or a field denying a row does.
  return found.filter((contradiction) => !ROW_LEVEL_CONTRADICTIONS.has(contradiction.code)).length;
}

const ROW_LEVEL_CONTRADICTIONS = new Set(['design.input-mode-contradicted']);
