import { assertNever } from '../util/assert-never';
import type { DesignAnswer, ProcessingStyle } from './design-answer-schema';
import type { DesignCase, DesignRubric } from './design-index';
import { formatDuration } from './format-duration';
import { briefOf, getDesignIndex, mentions } from './design-index';
import { onlyRestatesBrief } from '../text/brief-echo';
import { readSlaByUseCase } from './sla-by-use-case';
import { earn, hint, lose, quote } from './tally';
import type { Tally } from './tally';

export const STYLE_POINTS = 15;
/** Credit for a style that meets the freshness but misses the other half of what the case needs. */
export const PARTIAL_STYLE_POINTS = 7;
/** At or below this freshness a scheduled batch job is no longer a sound answer: streaming is needed. */
export const STREAMING_THRESHOLD_SECONDS = 15 * 60;

/**
 * The style the case calls for: the rubric's own choice, else derived from its freshness (streaming
 * at 15 minutes or fresher, with batch too when some inputs only arrive in batches).
 */
export function requiredStyle(design: DesignRubric): ProcessingStyle | undefined {
  if (design.processingStyle) return design.processingStyle;
  if (design.freshnessSeconds === undefined) return undefined;
  if (design.freshnessSeconds > STREAMING_THRESHOLD_SECONDS) return 'batch';
  return design.inputs.some((input) => input.mode === 'batch') ? 'both' : 'streaming';
}

const labelsOf = (design: DesignRubric, mode: 'batch' | 'stream') =>
  design.inputs.filter((input) => input.mode === mode).map((input) => input.label);

function freshnessText(design: DesignRubric): string {
  return design.freshnessSeconds === undefined ? 'the freshness this case needs' : `a freshness of ${formatDuration(design.freshnessSeconds)}`;
}

function batchCannot(design: DesignRubric, required: ProcessingStyle): string {
  const streams = labelsOf(design, 'stream');
  const sources = streams.length > 0 ? ` Data from ${streams.join(' and ')} arrives continuously.` : '';
  const fix = required === 'both' ? 'Stream the fresh path and keep batch for complete-day results (both).' : 'Use streaming.';
  return `Batch alone cannot meet ${freshnessText(design)}: a scheduled job is only as fresh as its last run, and running one every few minutes brings scheduling overhead, small files and overlapping runs.${sources} ${fix}`;
}

/** The style verdicts without the case's freshness or sources (Finding.neutral). */
const NEUTRAL_BATCH_CANNOT = 'Batch alone cannot meet the freshness this case needs: a scheduled job is only as fresh as its last run. Check the SLA and how each source arrives.';
const NEUTRAL_STREAMING_ONLY = 'Streaming alone leaves out part of this case: think about how each source arrives and which results must be complete and reprocessable.';
const neutralTooMuch = (chosen: ProcessingStyle) => `${chosen === 'both' ? 'A streaming path' : 'Streaming'} is more than this case needs: check the freshness the business asked for against what scheduled jobs give.`;

function streamingOnly(design: DesignRubric): string {
  const batches = labelsOf(design, 'batch');
  const files = batches.length > 0 ? `data from ${batches.join(' and ')} arrives in batches, and ` : '';
  return `Streaming alone leaves out the batch side of this case: ${files}complete, reprocessable daily results are simpler and cheaper to build in batch. Choose both.`;
}

function tooMuch(design: DesignRubric, chosen: ProcessingStyle): string {
  return `${chosen === 'both' ? 'A streaming path' : 'Streaming'} is more than this case needs: ${freshnessText(design)} is met by scheduled batch jobs, at lower cost and with fewer moving parts to operate.`;
}

/** The chosen style against the one the case calls for. */
function gradeStyle(tally: Tally, chosen: ProcessingStyle, required: ProcessingStyle, design: DesignRubric, reason: string | undefined, echo: boolean): void {
  const refs = ['processingStyle'];
  // A choice argued from nothing in the case earns half what it is worth: the reasoning is what is scored.
  const earnArgued = (points: number, detail: Parameters<typeof earn>[2]) => {
    if (reason === undefined) {
      earn(tally, points, detail);
      return;
    }
    const earned = Math.round(points * UNARGUED_STYLE_SHARE * 10) / 10;
    earn(tally, earned, detail);
    lose(tally, 'missing', Math.round((points - earned) * 10) / 10, {
      code: 'design.reason-unargued',
      message: `${reason === '' ? 'You give no reason for the style' : echo ? `Your reason ${quote(reason)} reads the brief back` : `Your reason ${quote(reason)} names nothing of this case`}: say which source, use case or deadline needs the stream and which can wait for a batch ("surge needs seconds, so it streams; earnings close daily, so a nightly job").`,
      refs,
    });
  };
  const fits = () => earnArgued(STYLE_POINTS, { code: 'design.style-fits', message: `Chose ${chosen}, which fits ${freshnessText(design)} and this case's sources.`, neutral: `Chose ${chosen}, which fits this case's freshness and sources.`, refs });
  const partly = (message: string, neutral: string) => {
    earnArgued(PARTIAL_STYLE_POINTS, { code: 'design.style-partly-fits', message: `Chose ${chosen}, which meets ${freshnessText(design)}.`, neutral: `Chose ${chosen}, which meets this case's freshness.`, refs });
    lose(tally, 'wrong', STYLE_POINTS - PARTIAL_STYLE_POINTS, { code: 'design.style-incomplete', message, neutral, refs });
  };
  switch (required) {
    case 'both':
    case 'streaming':
      if (chosen === 'batch') {
        lose(tally, 'wrong', STYLE_POINTS, { code: 'design.style-wrong', message: batchCannot(design, required), neutral: NEUTRAL_BATCH_CANNOT, refs });
        return;
      }
      if (required === 'both' && chosen === 'streaming') {
        partly(streamingOnly(design), NEUTRAL_STREAMING_ONLY);
        return;
      }
      fits();
      return;
    case 'batch':
      if (chosen === 'batch') {
        fits();
        return;
      }
      partly(tooMuch(design, chosen), neutralTooMuch(chosen));
      return;
    default:
      return assertNever(required, 'processing style');
  }
}

/** The share of the style's points a choice earns when its reason names nothing of the case (or is blank). */
export const UNARGUED_STYLE_SHARE = 1 / 2;

/**
 * Whether a reason argues from the case: it names a source, consumer or use case of the case ("surge",
 * "ADT messages", "the clearing files") or a deadline with a number or a schedule ("daily", "within
 * minutes"). "Best of both worlds", "streaming is the modern way" and "real-time is better" name none.
 */
function argued(rubric: DesignCase, reason: string): boolean {
  // A reason that only reads sentences of the brief back argues nothing of the learner's own.
  if (reason === '' || onlyRestatesBrief(reason, briefOf(rubric))) return false;
  const index = getDesignIndex(rubric);
  if (mentions(index.concepts, reason).some((found) => !found.negated)) return true;
  return readSlaByUseCase(reason, index.useCases).asserted.some((stated) => !stated.vague);
}

/** The processing style against the case, and whether the learner gave a reason for it. */
export function scoreStyle(tally: Tally, answer: DesignAnswer, rubric: DesignCase): void {
  const design = rubric.steps.design;
  const required = requiredStyle(design);
  const chosen = answer.processingStyle;
  if (chosen === '') {
    if (required !== undefined) {
      lose(tally, 'missing', STYLE_POINTS, {
        code: 'design.style-missing',
        message: `Choose batch, streaming or both. This case needs ${required}: it follows from ${freshnessText(design)} and from how its inputs arrive.`,
        neutral: 'You have not chosen a processing style yet: batch, streaming or both, and why.',
        refs: ['processingStyle'],
      });
    } else {
      hint(tally, { code: 'design.style-missing', message: 'Choose batch, streaming or both, and say why.' });
    }
  } else if (required !== undefined) {
    // A style that contradicts the learner's own SLA is graded with the other contradictions.
    gradeStyle(tally, chosen, required, design, argued(rubric, answer.reason) ? undefined : answer.reason, onlyRestatesBrief(answer.reason, briefOf(rubric)));
  }
  if (answer.reason === '') {
    hint(tally, {
      code: 'design.reason-missing',
      message: 'Give a one-line reason for the processing style, tied to the SLA and the sources: the interviewer scores the reasoning, not only the choice.',
    });
  }
}
