import { z } from 'zod';
import { MAX_EXPRESSION_LENGTH, MAX_ROWS } from './limits';
import type { QuantityValue } from './format-quantity';

export { MAX_ROWS };

export const worksheetRowSchema = z.object({
  /** What later rows call this value by; a row named after a quantity id answers it. Empty for scratch rows. */
  name: z.string().max(200),
  expr: z.string().max(MAX_EXPRESSION_LENGTH),
});

/** The estimate worksheet as the app stores it and the CLI reads it: `{ "rows": [{ "name", "expr" }] }`. */
export const worksheetSchema = z.object({
  rows: z.array(worksheetRowSchema).max(MAX_ROWS),
  /** Optional notes beside the rows (`sized for next year's 1.5x growth`), read for a growth assumption. */
  notes: z.string().max(20000).optional(),
});

export type WorksheetRow = z.infer<typeof worksheetRowSchema>;
export type Worksheet = z.infer<typeof worksheetSchema>;

/** A row after evaluation: a value, or the reason there is none (never both). */
export interface EvaluatedRow {
  name: string;
  expr: string;
  value?: QuantityValue;
  error?: string;
  /** How the expression was read, with explicit parentheses: `((50e6 events/day) * 10) / (86400 s)`. */
  read?: string;
  /** Readings worth a second look: `50m was read as 50e6`, a unit read over a period. */
  notes?: readonly string[];
}
