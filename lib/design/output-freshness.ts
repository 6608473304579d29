import type { DesignOutput } from './design-answer-schema';
import { mentions, namedIds } from './design-index';
import type { DesignIndex, DesignRubric } from './design-index';
import { freshnessWordSeconds } from './parse-sla';
import { readSlaByUseCase, statedFor } from './sla-by-use-case';
import type { StatedSla } from './sla-by-use-case';
import { SLA_COSTLY_FACTOR, SLA_MISPLACED_FACTOR } from './score-sla';

type RubricOutput = DesignRubric['outputs'][number];

/**
 * Ten times looser than a consumer needs is another kind of design, not rounding: a day for a surge
 * multiplier that must be 30 seconds old, 100 seconds for a fraud score the switch waits 2 seconds for.
 */
export const OUTPUT_FAR_LOOSE_FACTOR = 10;

/** Fresher than this an output needs an always-on path: a store filled by batch jobs or kept in an archive cannot serve it. */
export const LIVE_OUTPUT_SECONDS = 15 * 60;

/** Why the freshness promised to one consumer cannot serve it, with the learner's clause and the numbers. */
export type OutputFreshnessVerdict = {
  /** 'over-fresh': far stricter than this consumer and every other need of the case, freshness nobody asked for. */
  kind: 'too-loose' | 'misplaced' | 'over-fresh' | 'denied';
  /** The learner's words the promise (or the denial) was read from. */
  clause: string;
  /** The freshness promised or ruled out, in seconds. */
  seconds: number;
  /** What the consumer needs, in seconds (the rubric's freshnessSeconds). */
  need: number;
};

/**
 * The freshness the learner promises one consumer, in this order: the freshness words of the consumer's
 * own row ("Finance / Redis, sub-second", "warehouse table refreshed nightly"), a requirement of the SLA that names the consumer ("ops map within 5 minutes"),
 * else what the SLA says for the use case the rubric ties the consumer to (`outputs[].useCase`), which
 * is the one freshness of the SLA when it states only one. Undefined when nothing says.
 */
export function promisedFreshness(index: DesignIndex, output: RubricOutput, row: DesignOutput, sla: string): StatedSla | undefined {
  return promised(index, output, row, sla)?.stated;
}

/** The promise (see promisedFreshness), and whether it is a blanket one: the SLA's single freshness, said for nothing in particular. */
function promised(index: DesignIndex, output: RubricOutput, row: DesignOutput, sla: string): { stated: StatedSla; blanket: boolean } | undefined {
  const rowText = [row.consumer, row.store].filter((part) => part !== '').join('; ');
  const words = freshnessWordSeconds(rowText);
  if (words.length > 0) {
    const seconds = Math.min(...words);
    return { stated: { seconds, loosest: seconds, clause: rowText, subject: true, vague: false }, blanket: false };
  }
  const byUseCase = readSlaByUseCase(sla, index.useCases);
  const forUseCase = output.useCase === undefined ? undefined : byUseCase.byUseCase.get(output.useCase);
  if (forUseCase) return { stated: forUseCase, blanket: false };
  // A requirement counts for the consumer only when it names that consumer alone ("ops map within a minute").
  const named = readSlaByUseCase(sla, index.outputs).byUseCase.get(output.id);
  if (named && namedIds(index.outputs, named.clause).every((id) => id === output.id)) return { stated: named, blanket: false };
  const blanket = output.useCase === undefined ? undefined : statedFor(byUseCase, output.useCase);
  return blanket ? { stated: blanket, blanket: true } : undefined;
}

/**
 * A freshness the SLA rules out for this consumer ("we do not need seconds-level latency") that it
 * does need: the denial names the consumer or its use case, or names none, and the need is within ten
 * times of what is ruled out. "Not real-time" for a census needed within 2 minutes rules out seconds
 * the census does not need, so it is no denial of it.
 */
function deniedFreshness(index: DesignIndex, output: RubricOutput, sla: string): StatedSla | undefined {
  const need = output.freshnessSeconds;
  if (need === undefined) return undefined;
  const names = (clause: string) => [...mentions(index.outputs, clause), ...mentions(index.useCases, clause)];
  return readSlaByUseCase(sla, index.useCases).negated.find((stated) => {
    const about = names(stated.clause);
    const forThis = about.length === 0 || about.some((found) => found.id === output.id || found.id === output.useCase);
    return forThis && need < stated.loosest * SLA_COSTLY_FACTOR;
  });
}

/**
 * Whether a freshness far stricter than a consumer needs is over-built rather than another consumer's requirement:
 * more than OUTPUT_FAR_LOOSE_FACTOR (10) times stricter than anything the case asks for ("milliseconds" said for
 * everything where fraud needs 5 seconds). Said once for the whole design, that is nobody's requirement given to the
 * wrong consumer, but a design that pays for freshness no one needs (the SLA's costly hint), not a consumer misserved.
 */
function overBuilt(promised: number, need: number, otherNeeds: readonly number[]): boolean {
  return otherNeeds.every((other) => promised * OUTPUT_FAR_LOOSE_FACTOR < Math.min(other, need));
}

/**
 * The freshness promised to a consumer against the one it needs (`outputs[].freshnessSeconds`): for a
 * consumer that needs a stream (LIVE_OUTPUT_SECONDS or fresher), far too loose (more than
 * OUTPUT_FAR_LOOSE_FACTOR times), so stale it belongs to another design (seconds
 * for the nightly report is misplaced: a hundred times stricter than it needs, read at the loosest), over-fresh when
 * that promise is also over-built for every need in `otherNeeds` (the other consumers' and use cases' needs in seconds:
 * "sales dashboards < 1 s" where nothing in the case needs under 5 minutes), unless it is the design's one blanket
 * SLA (then only the SLA's costly hint speaks), or, when nothing is promised, the needed freshness ruled out. Undefined when it can serve, or nothing is
 * said about it. Pure.
 */
export function judgeOutputFreshness(index: DesignIndex, output: RubricOutput, row: DesignOutput, sla: string, otherNeeds: readonly number[] = []): OutputFreshnessVerdict | undefined {
  const need = output.freshnessSeconds;
  if (need === undefined) return undefined;
  const promise = promised(index, output, row, sla);
  if (promise) {
    const { stated, blanket } = promise;
    if (need <= LIVE_OUTPUT_SECONDS && stated.seconds > need * OUTPUT_FAR_LOOSE_FACTOR) return { kind: 'too-loose', clause: stated.clause, seconds: stated.seconds, need };
    if (stated.loosest * SLA_MISPLACED_FACTOR <= need) {
      // Stricter than anything the case asks for is nobody's requirement: said once for the whole design it is only the
      // SLA's costly hint; said for this consumer ("dashboards < 1 s") it is over-built for it, not another's need.
      if (overBuilt(stated.loosest, need, otherNeeds)) return blanket ? undefined : { kind: 'over-fresh', clause: stated.clause, seconds: stated.seconds, need };
      return { kind: 'misplaced', clause: stated.clause, seconds: stated.seconds, need };
    }
    return undefined;
  }
  const denied = deniedFreshness(index, output, sla);
  return denied ? { kind: 'denied', clause: denied.clause, seconds: denied.seconds, need } : undefined;
}
