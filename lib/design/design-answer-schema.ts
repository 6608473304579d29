import { z } from 'zod';

/** Caps keep one pasted essay or a generated file from stalling the matcher. */
export const MAX_DESIGN_INPUTS = 30;
export const MAX_DESIGN_OUTPUTS = 30;
export const MAX_DESIGN_FIELD_CHARS = 500;
/** The use case is a short paragraph, so it gets more room than a single field. */
export const MAX_USE_CASE_CHARS = 1000;

export const INPUT_MODES = ['batch', 'stream'] as const;
export type InputMode = (typeof INPUT_MODES)[number];
export const PROCESSING_STYLES = ['batch', 'streaming', 'both'] as const;
export type ProcessingStyle = (typeof PROCESSING_STYLES)[number];

const field = (max = MAX_DESIGN_FIELD_CHARS) => z.string().max(max).default('');

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
  useCase: field(MAX_USE_CASE_CHARS),
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

export function emptyDesignAnswer(): DesignAnswer {
  return { inputs: [], useCase: '', sla: '', outputs: [], processingStyle: '', reason: '' };
}
