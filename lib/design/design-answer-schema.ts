import { z } from 'zod';

import { emptyDesignAnswer, INPUT_MODES, MAX_DESIGN_DRAFT_CHARS, MAX_DESIGN_FIELD_CHARS, MAX_DESIGN_INPUTS, MAX_DESIGN_OUTPUTS, MAX_USE_CASE_CHARS, PROCESSING_STYLES } from './design-bounds';
import type { InputMode, ProcessingStyle } from './design-bounds';

export { emptyDesignAnswer, INPUT_MODES, MAX_DESIGN_DRAFT_CHARS, MAX_DESIGN_FIELD_CHARS, MAX_DESIGN_INPUTS, MAX_DESIGN_OUTPUTS, MAX_USE_CASE_CHARS, PROCESSING_STYLES };
export type { InputMode, ProcessingStyle };

/**
 * A stored text field holds up to MAX_DESIGN_DRAFT_CHARS, so a paste past the graded limit (MAX_DESIGN_FIELD_CHARS,
 * MAX_USE_CASE_CHARS) is kept, in the session and on reload, until the learner shortens it; grading refuses or flags
 * it (lib/session/design-over-limit.ts) and the engine reads no more than the graded limit.
 */
const field = () => z.string().max(MAX_DESIGN_DRAFT_CHARS).default('');

export const designInputSchema = z.object({
  /** The source as the learner names it: "orders DB via Debezium CDC". */
  name: field(),
  /** '' means not chosen yet: the form starts blank so nothing is credited by default. */
  mode: z.enum([...INPUT_MODES, '']).default(''),
  format: field(),
  rate: field(),
});

export const designOutputSchema = z.object({
  consumer: field(),
  store: field(),
});

/** A learner's high-level design (step 3) as saved by the app and read by `grade design`. */
export const designAnswerSchema = z.object({
  inputs: z.array(designInputSchema).max(MAX_DESIGN_INPUTS).default([]),
  useCase: field(),
  /** Freshness or latency as written: "5 minutes", "by 06:00 daily", "real-time". */
  sla: field(),
  outputs: z.array(designOutputSchema).max(MAX_DESIGN_OUTPUTS).default([]),
  processingStyle: z.enum([...PROCESSING_STYLES, '']).default(''),
  /** One line on why that processing style. */
  reason: field(),
});

export type DesignInput = z.infer<typeof designInputSchema>;
export type DesignOutput = z.infer<typeof designOutputSchema>;
export type DesignAnswer = z.infer<typeof designAnswerSchema>;
