import type { DesignAnswer } from './design-answer-schema';

/**
 * The design answer's caps, choices and empty value, without zod: design-answer-schema.ts is built
 * from them; a page that only needs these does not download zod before first paint.
 */

/** Caps keep one pasted essay or a generated file from stalling the matcher. */
export const MAX_DESIGN_INPUTS = 30;
export const MAX_DESIGN_OUTPUTS = 30;
export const MAX_DESIGN_FIELD_CHARS = 500;
/** The use case is a short paragraph, so it gets more room than a single field. */
export const MAX_USE_CASE_CHARS = 1000;
/**
 * The most characters of any design text field that are stored: a paste past the graded limits above is kept whole
 * (the learner shortens it; lib/session/design-over-limit.ts says which fields and by how much) instead of being cut
 * by the browser. Past this, a pasted document, the store keeps the first this many and says so.
 */
export const MAX_DESIGN_DRAFT_CHARS = 10_000;

export const INPUT_MODES = ['batch', 'stream'] as const;
export type InputMode = (typeof INPUT_MODES)[number];
export const PROCESSING_STYLES = ['batch', 'streaming', 'both'] as const;
export type ProcessingStyle = (typeof PROCESSING_STYLES)[number];

/** A blank design form: nothing chosen, so nothing is credited by default. */
export function emptyDesignAnswer(): DesignAnswer {
  return { inputs: [], useCase: '', sla: '', outputs: [], processingStyle: '', reason: '' };
}
