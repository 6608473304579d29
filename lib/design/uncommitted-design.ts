import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readFieldsCommitment } from '../text/commitment';
import { readText } from '../text/read-text';
import { listedOptions, readUnchosenOptions } from '../text/unchosen-options';
import type { DesignAnswer } from './design-answer-schema';
import { designFieldTexts } from './design-field-texts';
import { quote } from './tally';

/**
 * The most a design can score when it chooses nothing: most of its written fields only offer possibilities ("could be
 * CDC or a nightly dump, depending", "Snowflake or BigQuery or Redshift, whichever", "it depends on stakeholders") and
 * at least MIN_OFFERED_FIELDS do. It names the right words only as candidates, so no design is proposed; an interviewer
 * gives almost nothing for it, as for a gamed answer.
 */
export const UNCOMMITTED_DESIGN_MAX = 20;
/** The fewest offering fields that make a design uncommitted: one "it depends" in a committed design is a manner of speaking. */
export const MIN_OFFERED_FIELDS = 3;

/**
 * Reads whether a design chooses nothing (see UNCOMMITTED_DESIGN_MAX). Input: the design as the engine reads it.
 * Output: the fields that only offer, verbatim with their cue words, or undefined when the design commits. Pure.
 */
export function readUncommittedDesign(answer: DesignAnswer): { fields: { text: string; cue: string }[] } | undefined {
  const reading = readFieldsCommitment(designFieldTexts(answer).map((text) => readText(text)));
  if (reading.uncommitted && reading.offered >= MIN_OFFERED_FIELDS) return { fields: reading.fields.filter((field) => field.offered).map((field) => ({ text: field.text, cue: field.cue ?? '' })) };
  return readUnchosenDesign(answer);
}

/**
 * The fields of a design that decide something: the SLA, each output's store and the reason (the names of inputs and
 * consumers label, they do not choose).
 */
function choiceFields(answer: DesignAnswer): string[] {
  return [answer.sla, ...answer.outputs.map((output) => output.store), answer.reason].filter((text) => text.trim() !== '');
}

/**
 * A design whose deciding fields list options without choosing ("Redis, DynamoDB, Cassandra or Aerospike", "we could
 * use Kafka, Kinesis or Pulsar; any would work", lib/text/unchosen-options.ts): at least MIN_OFFERED_FIELDS of them and
 * more than half. Its input and consumer names may be right, but no design is proposed. Output: those fields verbatim
 * with the options they list, or undefined. Pure.
 */
export function readUnchosenDesign(answer: DesignAnswer): { fields: { text: string; cue: string }[] } | undefined {
  const fields = choiceFields(answer);
  const unchosen = fields.flatMap((text) => {
    const set = readUnchosenOptions(readText(text)).find((item) => item.verdict === 'unchosen');
    return set ? [{ text, cue: listedOptions(set) }] : [];
  });
  if (unchosen.length < MIN_OFFERED_FIELDS || unchosen.length * 2 <= fields.length) return undefined;
  return { fields: unchosen };
}

/**
 * The most a design can score when it names its parts but defers the two choices that make it a design: its SLA
 * hands the freshness to circumstances ("depends on the use case: if they need live data then minutes, if not then
 * daily") and its reason hands the style to them too ("it depends on cost; if hourly is fine, batch, otherwise
 * streaming"). The parts are right, so it is no gamed answer, but nothing is decided: an interviewer signs it as
 * mediocre, below a design that decides and is sized wrongly (golden round 17: 45 for such a design).
 */
export const DEFERRED_DESIGN_MAX = 45;

/**
 * Reads whether a design defers both its freshness and its style (see DEFERRED_DESIGN_MAX): its SLA field and its
 * reason field each only offer or defer (lib/text/commitment.ts). Output: the two fields verbatim with their cue words,
 * or undefined when either commits or is blank. Pure.
 */
export function readDeferredDesign(answer: Pick<DesignAnswer, 'sla' | 'reason'>): { sla: { text: string; cue: string }; reason: { text: string; cue: string } } | undefined {
  if (answer.sla.trim() === '' || answer.reason.trim() === '') return undefined;
  const reading = readFieldsCommitment([readText(answer.sla), readText(answer.reason)]);
  const [sla, reason] = reading.fields;
  if (!sla?.offered || !reason?.offered) return undefined;
  return { sla: { text: sla.text, cue: sla.cue ?? '' }, reason: { text: reason.text, cue: reason.cue ?? '' } };
}

/** Caps at DEFERRED_DESIGN_MAX a design whose SLA and reason both defer the choice, with a finding quoting both. */
export function capDeferred(result: StepResult, answer: DesignAnswer): StepResult {
  if (result.score <= DEFERRED_DESIGN_MAX) return result;
  const deferred = readDeferredDesign(answer);
  if (!deferred) return result;
  return capScore(result, DEFERRED_DESIGN_MAX, () => ({
    code: 'design.deferred-cap',
    severity: 'wrong',
    message: `Your SLA (${quote(deferred.sla.text)}) and your reason (${quote(deferred.reason.text)}) both leave the choice to circumstances ("${deferred.sla.cue}", "${deferred.reason.cue}"), so the design is scored at most ${DEFERRED_DESIGN_MAX} out of 100: an interviewer asks what you would build, not what it depends on. Take the case's numbers, commit to one freshness per use case and one style, and say why.`,
    neutral: `Your SLA and your reason both say "it depends" instead of deciding, so the design is scored at most ${DEFERRED_DESIGN_MAX} out of 100: commit to a freshness and a style, and say why.`,
    refs: ['freshnessSeconds', 'processingStyle'],
  }));
}

/** Caps a design that chooses nothing at UNCOMMITTED_DESIGN_MAX, with a finding quoting the options it listed. */
export function capUncommitted(result: StepResult, answer: DesignAnswer): StepResult {
  if (result.score <= UNCOMMITTED_DESIGN_MAX) return result;
  const uncommitted = readUncommittedDesign(answer);
  if (!uncommitted) return result;
  const shown = uncommitted.fields.slice(0, 3).map((field) => quote(field.text)).join(', ');
  return capScore(result, UNCOMMITTED_DESIGN_MAX, () => ({
    code: 'design.uncommitted-cap',
    severity: 'wrong',
    message: `You listed options but did not choose (${shown}${uncommitted.fields.length > 3 ? ', ...' : ''}), so the design is scored at most ${UNCOMMITTED_DESIGN_MAX} out of 100: an interviewer credits the design you choose and why, not the candidates you name. Pick one source mode, one SLA and one store per reader, and say why.`,
    neutral: `Most of your fields list options without choosing one, so the design is scored at most ${UNCOMMITTED_DESIGN_MAX} out of 100: choose, and say why.`,
  }));
}
