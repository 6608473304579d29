import { normaliseText } from './normalise';

/**
 * Words of a slow task that runs beside a fresh path and is rightly scheduled daily or weekly: a model retrained
 * nightly, a backfill or replay, a snapshot, report or export, a reconciliation, compaction or archive. "The fraud
 * model is retrained nightly" or "inventory snapshot nightly" says when that side task runs, not how fresh the use case
 * it names is served. Data, not logic; matched on normalised words (lib/text/normalise.ts).
 */
const SLOW_SIDE_TASK = /\b(back ?fill(s|ed|ing)?|re ?train(s|ed|ing)?|training|re ?build(s|ing)?|rebuilt|re ?process(es|ed|ing)?|replay(s|ed|ing)?|snapshot(s|ted)?|report(s|ing)?|export(s|ed)?|extract(s)?|reconcil[a-z]*|compact(s|ed|ion|ing)?|archiv[a-z]*|audit(s|ed)?|history|historical|retention|vacuum|optimi[sz]e[sd]?)\b/;

/**
 * The first word of a slow side task a text names (see SLOW_SIDE_TASK), as normalised, or undefined when it names
 * none. Pure; never throws.
 */
export function slowSideTask(text: string): string | undefined {
  return SLOW_SIDE_TASK.exec(normaliseText(text, 500))?.[0];
}

/**
 * Words that weigh a schedule against a need rather than choose it: "five minutes rules out a nightly job", "a daily
 * batch is too slow for stock", "surge can not wait for the nightly run", "fresher than a nightly copy", "unlike the
 * daily job". Data, not logic; matched on normalised words.
 */
const SCHEDULE_WEIGHED = /\b(rules? out|ruled out|ruling out|too slow|too stale|too late|can not wait|could not wait|would miss|will miss|misses|than|unlike|versus|vs|replac(e|es|ed|ing)|compared|alternative|fallback)\b/;

/**
 * The first words of a text that weigh a schedule against a need (see SCHEDULE_WEIGHED), as normalised, or undefined
 * when it weighs none: a schedule named there is set aside or compared, not the one the learner runs. Pure; never throws.
 */
export function scheduleWeighed(text: string): string | undefined {
  return SCHEDULE_WEIGHED.exec(normaliseText(text, 500))?.[0];
}
