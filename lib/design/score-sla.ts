import { formatDuration } from './format-duration';
import { getDesignIndex } from './design-index';
import type { DesignCase, DesignRubric } from './design-index';
import { readSlaByUseCase, statedFor } from './sla-by-use-case';
import type { SlaReading, StatedSla } from './sla-by-use-case';
import { mentions, namedIds } from './design-index';
import type { Names } from './design-index';
import { parseSlaDurations, scheduleSeconds, UNSIZED_FAST_SECONDS } from './parse-sla';
import { earn, hint, lose, quote } from './tally';
import { withoutWithdrawn } from '../text/withdrawn-text';
import { speaksForOtherOutput } from './sla-for-other-output';
import { strictestUseCase, gradedUseCases } from './strictest-use-case';
import type { Tally } from './tally';

export const SLA_POINTS = 15;
/** Points for the SLA of each other use case with its own need (e.g. the daily dashboard next to live inventory). */
export const USE_CASE_SLA_POINTS = 5;
/** Up to 25% looser than the case still passes: "6 minutes" for five is rounding, "10 minutes" is not. */
export const SLA_LOOSE_TOLERANCE = 1.25;
/**
 * Looser than the case allows but within ten times of it, and still fresh enough to need a stream
 * ("a few minutes" where surge needs 30 seconds): the right kind of design with the wrong number,
 * which earns half the SLA's points.
 */
export const SLA_NEAR_MISS_FACTOR = 10;
export const SLA_NEAR_MISS_SHARE = 1 / 2;
/**
 * Four times looser than the case or more, and within SLA_NEAR_MISS_FACTOR: the number that shapes the
 * design is wrong by a multiple, not by rounding ("alerts within a minute" where a spindle needs 10
 * seconds), which caps the whole design (score-design.ts).
 */
export const SLA_NEAR_CAP_FACTOR = 4;

/**
 * How many times looser `seconds` is than `needed`, as a learner would say it: "6", "1.5", "12".
 * Both in seconds (parse-sla.ts reads every unit to seconds).
 */
export function timesLooser(seconds: number, needed: number): string {
  const ratio = seconds / needed;
  return String(ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10);
}

/** Fresher than this (15 minutes) only a stream keeps up, so a near miss at or under it is still a streaming design. */
export const STREAM_SIDE_SECONDS = 15 * 60;
/** Ten times stricter than needed is a design that pays for freshness nobody asked for. */
export const SLA_COSTLY_FACTOR = 10;
/**
 * A hundred times stricter than a use case needs (5 minutes for a daily dashboard) is not caution
 * but a requirement given to the wrong use case, usually swapped with another's.
 */
export const SLA_MISPLACED_FACTOR = 100;

/**
 * The share of an SLA's points a requirement without a number earns ("fraud in real time"): an
 * interviewer reads it as seconds-ish, but cannot size anything from it and asks for the number.
 */
export const VAGUE_SLA_SHARE = 2 / 3;
/**
 * The share a speed word with no order of magnitude earns ("inventory fast", "asap"): fresh, but not even seconds or
 * minutes, so the interviewer has nothing to size from and credits the direction only.
 */
export const UNSIZED_SLA_SHARE = 1 / 3;

/** Whether a requirement is only a speed word with no order of magnitude ("fast", "asap"). */
const isUnsized = (stated: StatedSla): boolean => stated.vague && stated.seconds === UNSIZED_FAST_SECONDS;
/** The share of its points a met requirement earns: all with a number, less for a word without one. */
const metShare = (stated: StatedSla): number => (!stated.vague ? 1 : isUnsized(stated) ? UNSIZED_SLA_SHARE : VAGUE_SLA_SHARE);

const REFS = ['freshnessSeconds'];

/** Earns a met requirement, or part of it with a finding asking for the number when it was only a word ("real-time"). */
function earnMet(tally: Tally, points: number, stated: StatedSla, detail: Parameters<typeof earn>[2]): void {
  if (!stated.vague) {
    earn(tally, points, detail);
    return;
  }
  const earned = Math.round(points * metShare(stated) * 10) / 10;
  earn(tally, earned, detail);
  lose(tally, 'missing', Math.round((points - earned) * 10) / 10, {
    code: 'design.sla-vague',
    message: `${quote(stated.clause)} gives no number: an interviewer reads it as ${stated.seconds === UNSIZED_FAST_SECONDS ? 'anything from seconds' : formatDuration(stated.seconds)} to ${formatDuration(stated.loosest)} and asks which. Say the freshness as a duration ("within 5 seconds", "under 2 minutes"): it sizes the design and decides what must stream.`,
    refs: detail.refs,
  });
}
const EXAMPLES = 'Write it as a duration or a schedule, e.g. "within 5 minutes", "hourly", "daily by 06:00".';

type UseCase = NonNullable<DesignRubric['useCases']>[number];

const strictest = (stated: readonly StatedSla[]): StatedSla | undefined =>
  stated.reduce<StatedSla | undefined>((best, next) => (best === undefined || next.seconds < best.seconds ? next : best), undefined);

function unreadable(tally: Tally, sla: string, reading: SlaReading, points: boolean): void {
  const only = reading.negated[0];
  const detail = only
    ? {
        code: 'design.sla-only-negated',
        message: `You wrote what the SLA is not (${quote(only.clause)}), not what it is. State the freshness the business needs: "not real-time" could mean a minute or a week. ${EXAMPLES}`,
      }
    : { code: 'design.sla-unreadable', message: `Could not read a freshness from ${quote(sla)}. ${EXAMPLES}` };
  if (points) lose(tally, 'missing', SLA_POINTS, { ...detail, refs: REFS });
  else hint(tally, detail);
}

/**
 * The SLA that drives the design against the case's freshness: 'far' when it misses by more than
 * SLA_NEAR_MISS_FACTOR, 'undelivered' when it would meet it but the row serving the strictest use
 * case cannot (`undelivered`, the learner's row), else undefined.
 */
function gradeMain(tally: Tally, main: StatedSla, needed: number, useCase: UseCase | undefined, undelivered: string | undefined): 'far' | 'near' | 'undelivered' | undefined {
  const target = formatDuration(needed);
  const yours = isUnsized(main) ? 'no number' : formatDuration(main.seconds);
  const by = `${timesLooser(main.seconds, needed)} times the ${target} it needs`;
  const near = main.seconds >= needed * SLA_NEAR_CAP_FACTOR ? 'near' : undefined;
  const subject = useCase ? `Your SLA for ${useCase.label}, ${quote(main.clause)}` : `Your SLA ${quote(main.clause)}`;
  if (main.seconds > needed * SLA_LOOSE_TOLERANCE && main.seconds <= needed * SLA_NEAR_MISS_FACTOR && main.seconds <= STREAM_SIDE_SECONDS) {
    const earned = Math.round(SLA_POINTS * SLA_NEAR_MISS_SHARE * 10) / 10;
    earn(tally, earned, { code: 'design.sla-near', message: `${subject} (${yours}) asks for a stream, as the case does.`, neutral: `Your SLA ${quote(main.clause)} (${yours}) asks for a stream.`, refs: REFS });
    lose(tally, 'wrong', SLA_POINTS - earned, {
      code: 'design.sla-too-loose',
      message: `${subject} (${yours}) is looser than the case allows, ${by}: the business needs results no more than ${target} old. The design is the right kind, but sized for ${yours} it will miss the deadline.`,
      neutral: `Your SLA ${quote(main.clause)} (${yours}) is looser than the business needs: check the freshness the case asks for.`,
      refs: REFS,
    });
    return near;
  }
  if (main.seconds > needed * SLA_LOOSE_TOLERANCE) {
    lose(tally, 'wrong', SLA_POINTS, {
      code: 'design.sla-too-loose',
      message: `${subject} (${yours}) is looser than the case allows, ${by}: the business needs results no more than ${target} old. A design built for ${yours} will miss it.`,
      neutral: `Your SLA ${quote(main.clause)} (${yours}) is looser than the business needs: check the freshness the case asks for.`,
      refs: REFS,
    });
    return main.seconds > needed * SLA_NEAR_MISS_FACTOR ? 'far' : near;
  }
  if (undelivered !== undefined) {
    lose(tally, 'wrong', SLA_POINTS, {
      code: 'design.sla-undelivered',
      message: `${subject} (${yours}) would meet the ${target} the business needs, but you serve it as ${quote(undelivered)}, which cannot be that fresh (see the outputs): the design does not deliver the SLA it states. Feed this consumer from a path that keeps up, such as a stream job writing to an online store.`,
      neutral: `Your SLA ${quote(main.clause)} (${yours}) is not what your outputs deliver: ${quote(undelivered)} cannot be that fresh.`,
      refs: REFS,
    });
    return 'undelivered';
  }
  earnMet(tally, SLA_POINTS, main, { code: 'design.sla-met', message: `${subject} (${yours}) meets the ${target} the business needs.`, neutral: `Your SLA ${quote(main.clause)} (${yours}) meets what the business needs.`, refs: REFS });
  if (main.loosest * SLA_COSTLY_FACTOR < needed) {
    hint(tally, {
      code: 'design.sla-costly',
      message: `${yours} is much stricter than the ${target} the business needs. Say so if you promise it: lower latency means always-on infrastructure and harder operations for freshness nobody asked for.`,
      neutral: `${yours} is much stricter than the business needs. Say so if you promise it: lower latency means always-on infrastructure and harder operations for freshness nobody asked for.`,
      refs: REFS,
    });
  }
  return undefined;
}

/** Each other use case with its own need, against the SLA the learner stated for it; one with none stated loses its points. */
function gradeOtherUseCases(tally: Tally, reading: SlaReading, design: DesignRubric, skip: UseCase | undefined): void {
  for (const useCase of gradedUseCases(design)) {
    if (useCase.id === skip?.id) continue;
    const stated = statedFor(reading, useCase.id);
    const target = formatDuration(useCase.freshnessSeconds);
    if (!stated) {
      lose(tally, 'missing', USE_CASE_SLA_POINTS, {
        code: 'design.use-case-sla-missing',
        message: `No SLA for ${useCase.label}: it needs results no more than ${target} old. Use cases need different freshness, and the looser one can be served by cheaper batch jobs, so say each one.`,
        neutral: 'Give each use case an SLA of its own: use cases need different freshness, and the looser one can be served by cheaper batch jobs.',
        refs: [useCase.id],
      });
      continue;
    }
    const yours = isUnsized(stated) ? 'no number' : formatDuration(stated.seconds);
    if (stated.seconds > useCase.freshnessSeconds * SLA_LOOSE_TOLERANCE) {
      lose(tally, 'wrong', USE_CASE_SLA_POINTS, {
        code: 'design.use-case-sla-too-loose',
        message: `For ${useCase.label} you wrote ${quote(stated.clause)} (${yours}); it needs results no more than ${target} old.`,
        neutral: `You wrote ${quote(stated.clause)} (${yours}), looser than one of the use cases needs.`,
        refs: [useCase.id],
      });
    } else if (reading.byUseCase.has(useCase.id) && stated.loosest * SLA_MISPLACED_FACTOR <= useCase.freshnessSeconds) {
      lose(tally, 'wrong', USE_CASE_SLA_POINTS, {
        code: 'design.use-case-sla-misplaced',
        message: `For ${useCase.label} you wrote ${quote(stated.clause)} (${yours}), but it needs results only ${target} old: that is another use case's requirement. Promising ${yours} turns a scheduled job into an always-on stream; say which freshness belongs to which use case.`,
        neutral: `You wrote ${quote(stated.clause)} (${yours}) for a use case that needs far less: check which freshness belongs to which use case.`,
        refs: [useCase.id],
      });
    } else {
      earnMet(tally, USE_CASE_SLA_POINTS, stated, {
        code: 'design.use-case-sla-met',
        message: `For ${useCase.label} you wrote ${quote(stated.clause)} (${yours}), which meets the ${target} it needs.`,
        neutral: `You wrote ${quote(stated.clause)} (${yours}), which meets what one of the use cases needs.`,
        refs: [useCase.id],
      });
    }
  }
}

type RubricOutput = DesignRubric['outputs'][number];
type TimedOutput = RubricOutput & { freshnessSeconds: number };

/**
 * Each output with its own need (the ops map within a minute) against a requirement the SLA states
 * for that consumer by name ("ops map within 5 minutes"), where no use case's grade already read that
 * requirement. Advice only: the points sit with the use cases.
 */
function adviseOutputs(tally: Tally, sla: string, rubric: DesignCase, graded: ReadonlySet<string>): void {
  const index = getDesignIndex(rubric);
  const byOutput = readSlaByUseCase(sla, index.outputs).byUseCase;
  const timed = rubric.steps.design.outputs.filter((output): output is TimedOutput => output.freshnessSeconds !== undefined);
  for (const output of timed) {
    const stated = byOutput.get(output.id);
    if (!stated || graded.has(stated.clause) || stated.seconds <= output.freshnessSeconds * SLA_LOOSE_TOLERANCE) continue;
    hint(tally, {
      code: 'design.output-sla-too-loose',
      message: `For ${output.label} you wrote ${quote(stated.clause)} (${formatDuration(stated.seconds)}); it needs results no more than ${formatDuration(output.freshnessSeconds)} old.`,
      neutral: `You wrote ${quote(stated.clause)} (${formatDuration(stated.seconds)}), looser than one of the consumers needs.`,
      refs: [output.id],
    });
  }
}

/**
 * The learner's SLA against the freshness the case's facts set. Reads what is asserted, not every
 * number ("We do NOT need real-time; weekly is fine" is weekly). Where the case's use cases have
 * their own needs, the SLA stated for the strictest use case drives the grade, and each other use
 * case's SLA is graded against its own need; a requirement naming only a consumer with its own need
 * ("ops map within 5 minutes") is checked against that need, as advice. `undelivered` is the row
 * (as written) that serves the strictest use case from a path that cannot meet it (undelivered-sla.ts):
 * a met SLA then earns nothing, because the design does not deliver it.
 */
export function scoreSla(tally: Tally, sla: string, rubric: DesignCase, undelivered?: string): SlaVerdict {
  const design = rubric.steps.design;
  const needed = design.freshnessSeconds;
  const reading = readSlaByUseCase(sla, getDesignIndex(rubric).useCases);
  // What the learner took back is not read as their SLA: say so, quoting both.
  for (const { said, by } of withoutWithdrawn(sla).withdrawn) {
    hint(tally, { code: 'design.sla-withdrawn', message: `You withdrew ${quote(said)} with ${quote(by)}, so it does not count as your SLA: only what you said after it does.` });
  }
  if (needed === undefined) {
    // Nothing to compare with, but an SLA that cannot be read is still worth fixing.
    if (sla === '') hint(tally, { code: 'design.sla-empty', message: 'State the freshness or latency the business needs: it decides between batch and streaming.' });
    else if (reading.asserted.length === 0) unreadable(tally, sla, reading, false);
    return {};
  }
  if (sla === '') {
    lose(tally, 'missing', SLA_POINTS, {
      code: 'design.sla-missing',
      message: `No SLA stated. The freshest result this case needs is ${formatDuration(needed)} old at most; say so, because it decides between batch and streaming.`,
      neutral: 'You have not stated an SLA yet: say how fresh the results must be, because it decides between batch and streaming.',
      refs: REFS,
    });
    return { unsized: '' };
  }
  const strict = strictestUseCase(design);
  const own = strict ? reading.byUseCase.get(strict.id) : undefined;
  // A requirement naming another output than the strict use case's ("recommendations < 50 ms") is not its SLA.
  // Once the SLA names things, a clause naming something the case does not serve ("models retrained daily") is not it either.
  const named = own ? [] : reading.asserted.filter((stated) => !speaksForOtherOutput(stated, rubric, strict?.id));
  const forNeed = named.length < reading.asserted.length ? named.filter((stated) => !stated.subject || namedIds(getDesignIndex(rubric).outputs, stated.clause).length > 0) : named;
  const other = strictest(reading.asserted);
  // Only a requirement that would be credited as meeting the need is withheld: a looser one fails it either way.
  const main = own ?? strictest(forNeed) ?? (other && other.seconds > needed * SLA_LOOSE_TOLERANCE ? other : undefined);
  if (!main) {
    if (other && strict) {
      lose(tally, 'missing', SLA_POINTS, {
        code: 'design.sla-for-other-output',
        message: `Your SLA ${quote(other.clause)} speaks for another output, not for ${strict.label}, which needs results no more than ${formatDuration(needed)} old: an SLA counts for what its sentence names. State the freshness of ${strict.label} too.`,
        neutral: `Your SLA ${quote(other.clause)} names another output: state the freshness of the most urgent use case too.`,
        refs: REFS,
      });
      return {};
    }
    unreadable(tally, sla, reading, true);
    return { unsized: sla };
  }
  // "alerts quickly" served by "a job every 5 minutes": a speed word without a number is sized by the row serving it.
  const servedEvery = main.vague && main.seconds === UNSIZED_FAST_SECONDS && undelivered !== undefined ? scheduleSeconds(undelivered) : undefined;
  const driving = servedEvery === undefined ? main : { ...main, clause: `${main.clause}, served as ${undelivered ?? ''}`, seconds: servedEvery, loosest: servedEvery, vague: false };
  const verdict = gradeMain(tally, driving, needed, own ? strict : undefined, servedEvery === undefined ? undelivered : undefined);
  gradeOtherUseCases(tally, reading, design, strict);
  adviseOutputs(tally, sla, rubric, new Set([main.clause, ...[...reading.byUseCase.values()].map((stated) => stated.clause)]));
  if (verdict === 'far') {
    const dismissed = dismissedNeed(sla, reading, needed, getDesignIndex(rubric).useCases, strict);
    return { farMissed: { clause: driving.clause, seconds: driving.seconds, needed, ...(dismissed === undefined ? {} : { dismissed }) } };
  }
  if (verdict === 'near') return { nearMissed: { clause: driving.clause, seconds: driving.seconds, needed } };
  const unsized = driving.vague ? { unsized: driving.clause } : {};
  return verdict === 'undelivered' ? { undelivered: true, ...unsized } : unsized;
}

/**
 * An SLA field that only lists terms with conflicting freshness ("real time, batch, SLA, 99.9%",
 * see listed-sla.ts): it asserts no requirement, so it loses the SLA's points as a missing one would,
 * with a finding quoting the terms. Where the case sets no freshness, advice only.
 */
export function scoreListedSla(tally: Tally, terms: readonly string[], rubric: DesignCase): void {
  const detail = {
    code: 'design.sla-conflicting-list',
    message: `Your SLA lists ${terms.slice(0, 6).map(quote).join(', ')}: terms that claim different freshness at once state no requirement, so nothing can be sized or checked against them. Say how fresh each result must be, and for whom. ${EXAMPLES}`,
    refs: REFS,
  };
  if (rubric.steps.design.freshnessSeconds === undefined) hint(tally, detail);
  else lose(tally, 'missing', SLA_POINTS, detail);
}

/**
 * Whether the text names the strict use case, or no use case at all (then it speaks for the whole
 * design): "dashboards don't need real-time" is about the dashboards, not the surge that drives the design.
 */
function speaksForNeed(text: string, useCases: Names, strict: UseCase | undefined): boolean {
  const named = mentions(useCases, text).map((found) => found.id);
  return named.length === 0 || strict === undefined || named.includes(strict.id);
}

/**
 * The learner's words that argue the case's need away, when the SLA also misses it far: a freshness
 * that would meet the need, named only under a negation ("Surge does not need to be real time") or
 * said and then taken back ("Surge within 30 seconds - actually, scratch that"). Undefined when the
 * far miss is an honest one (the learner simply states a slower freshness).
 */
function dismissedNeed(sla: string, reading: SlaReading, needed: number, useCases: Names, strict: UseCase | undefined): string | undefined {
  const meets = (seconds: number) => seconds <= needed * SLA_LOOSE_TOLERANCE;
  const negated = reading.negated.find((stated) => meets(stated.seconds) && speaksForNeed(stated.clause, useCases, strict));
  if (negated) return negated.clause;
  const withdrawn = withoutWithdrawn(sla).withdrawn.find(({ said }) => parseSlaDurations(said).some(meets) && speaksForNeed(said, useCases, strict));
  return withdrawn === undefined ? undefined : `${withdrawn.said} - ${withdrawn.by}`;
}

/**
 * What the SLA grade tells the whole design: `farMissed` when the requirement that drives it is more
 * than SLA_NEAR_MISS_FACTOR looser than the case needs (the learner's words, their freshness and the
 * need, in seconds; `dismissed`, the learner's words that negate or take back a freshness that would
 * meet it): a design built for that freshness is another design, whatever else it gets right;
 * `nearMissed` when it misses by a multiple but within SLA_NEAR_MISS_FACTOR;
 * `undelivered` when the SLA would meet the need but the outputs cannot deliver it (a contradiction).
 */
export type SlaVerdict = {
  farMissed?: { clause: string; seconds: number; needed: number; dismissed?: string };
  /** The driving SLA misses the need SLA_NEAR_CAP_FACTOR (4) to SLA_NEAR_MISS_FACTOR (10) times over (seconds). */
  nearMissed?: { clause: string; seconds: number; needed: number };
  undelivered?: true;
  /**
   * The driving SLA gives no number (a word such as "fast" or "real-time", the learner's clause), or none is stated
   * or readable ('' or the field as written): nothing in it sizes the design.
   */
  unsized?: string;
};
