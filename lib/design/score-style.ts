import { assertNever } from '../util/assert-never';
import type { DesignAnswer, ProcessingStyle } from './design-answer-schema';
import type { DesignCase, DesignRubric } from './design-index';
import { formatDuration } from './format-duration';
import { parseSlaSeconds } from './parse-sla';
import { earn, hint, lose } from './tally';
import type { Tally } from './tally';

export const STYLE_POINTS = 15;
/** Credit for a style that meets the freshness but misses the other half of what the case needs. */
export const PARTIAL_STYLE_POINTS = 7;
/** At or below this freshness a scheduled batch job is no longer a sound answer: streaming is needed. */
export const STREAMING_THRESHOLD_SECONDS = 15 * 60;
const DAY = 86_400;

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

function streamingOnly(design: DesignRubric): string {
  const batches = labelsOf(design, 'batch');
  const files = batches.length > 0 ? `data from ${batches.join(' and ')} arrives in batches, and ` : '';
  return `Streaming alone leaves out the batch side of this case: ${files}complete, reprocessable daily results are simpler and cheaper to build in batch. Choose both.`;
}

function tooMuch(design: DesignRubric, chosen: ProcessingStyle): string {
  return `${chosen === 'both' ? 'A streaming path' : 'Streaming'} is more than this case needs: ${freshnessText(design)} is met by scheduled batch jobs, at lower cost and with fewer moving parts to operate.`;
}

/** Returns whether the style was graded wrong (fully or in part), so the own-SLA hint does not repeat it. */
function gradeStyle(tally: Tally, chosen: ProcessingStyle, required: ProcessingStyle, design: DesignRubric): boolean {
  const refs = ['processingStyle'];
  const fits = () => earn(tally, STYLE_POINTS, { code: 'design.style-fits', message: `Chose ${chosen}, which fits ${freshnessText(design)} and this case's sources.`, refs });
  const partly = (message: string) => {
    earn(tally, PARTIAL_STYLE_POINTS, { code: 'design.style-partly-fits', message: `Chose ${chosen}, which meets ${freshnessText(design)}.`, refs });
    lose(tally, 'wrong', STYLE_POINTS - PARTIAL_STYLE_POINTS, { code: 'design.style-incomplete', message, refs });
  };
  switch (required) {
    case 'both':
    case 'streaming':
      if (chosen === 'batch') {
        lose(tally, 'wrong', STYLE_POINTS, { code: 'design.style-wrong', message: batchCannot(design, required), refs });
        return true;
      }
      if (required === 'both' && chosen === 'streaming') {
        partly(streamingOnly(design));
        return true;
      }
      fits();
      return false;
    case 'batch':
      if (chosen === 'batch') {
        fits();
        return false;
      }
      partly(tooMuch(design, chosen));
      return true;
    default:
      return assertNever(required, 'processing style');
  }
}

/** A hint when the style contradicts the learner's own SLA, which the rubric comparison may not catch. */
function ownSlaHint(tally: Tally, chosen: ProcessingStyle, sla: string): void {
  const stated = parseSlaSeconds(sla);
  if (stated === undefined) return;
  if (chosen === 'batch' && stated <= STREAMING_THRESHOLD_SECONDS) {
    hint(tally, {
      code: 'design.style-own-sla',
      message: `Your own SLA (${formatDuration(stated)}) is too fresh for batch jobs alone; either relax the SLA or stream.`,
    });
  } else if (chosen === 'streaming' && stated >= DAY) {
    hint(tally, {
      code: 'design.style-own-sla',
      message: `Your own SLA (${formatDuration(stated)}) is met by a daily batch job; say why you stream anyway.`,
    });
  }
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
        refs: ['processingStyle'],
      });
    } else {
      hint(tally, { code: 'design.style-missing', message: 'Choose batch, streaming or both, and say why.' });
    }
  } else {
    const graded = required === undefined ? false : gradeStyle(tally, chosen, required, design);
    if (!graded) ownSlaHint(tally, chosen, answer.sla);
  }
  if (answer.reason === '') {
    hint(tally, {
      code: 'design.reason-missing',
      message: 'Give a one-line reason for the processing style, tied to the SLA and the sources: the interviewer scores the reasoning, not only the choice.',
    });
  }
}
