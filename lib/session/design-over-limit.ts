import { MAX_DESIGN_FIELD_CHARS, MAX_USE_CASE_CHARS } from '../design/design-bounds';
import type { DesignAnswer } from '../design/design-answer-schema';
import { assertNever } from '../util/assert-never';

/*
 * A design text field may hold more than is graded (design-answer-schema.ts keeps a paste whole, up to
 * MAX_DESIGN_DRAFT_CHARS): such a field blocks grading until it is shortened. This reads which fields are over,
 * for the design form's messages, the report's finding and `grade design`.
 */

/** Where a design text field is: a top-level field, or a field of the n-th (0-based) input or output row. */
export type DesignFieldPath =
  | { field: 'useCase' | 'sla' | 'reason' }
  | { field: 'name' | 'format' | 'rate'; input: number }
  | { field: 'consumer' | 'store'; output: number };

/** One field over its graded limit: where, its name in a sentence, its length and its limit, in characters. */
export type DesignFieldOverLimit = { path: DesignFieldPath; label: string; length: number; max: number };

const count = (value: number) => value.toLocaleString('en-US');

/** The graded limit of a field, in characters: MAX_USE_CASE_CHARS for the use case, MAX_DESIGN_FIELD_CHARS for the rest. */
export function designFieldLimit(path: DesignFieldPath): number {
  return path.field === 'useCase' ? MAX_USE_CASE_CHARS : MAX_DESIGN_FIELD_CHARS;
}

/** A field's name as the form labels it, for a sentence: "The SLA", "Source 2's format", "Consumer 1's serving store". */
export function designFieldLabel(path: DesignFieldPath): string {
  switch (path.field) {
    case 'useCase':
      return 'The use case';
    case 'sla':
      return 'The SLA';
    case 'reason':
      return 'The reason for the processing style';
    case 'name':
      return `Source ${path.input + 1}'s name`;
    case 'format':
      return `Source ${path.input + 1}'s format`;
    case 'rate':
      return `Source ${path.input + 1}'s rate`;
    case 'consumer':
      return `Consumer ${path.output + 1}'s name`;
    case 'store':
      return `Consumer ${path.output + 1}'s serving store`;
    default:
      return assertNever(path, 'design field');
  }
}

function over(path: DesignFieldPath, text: unknown): DesignFieldOverLimit | undefined {
  if (typeof text !== 'string') return undefined;
  const max = designFieldLimit(path);
  return text.length > max ? { path, label: designFieldLabel(path), length: text.length, max } : undefined;
}

/**
 * Every text field of `design` longer than its graded limit, in form order (inputs, use case, SLA, outputs, reason);
 * empty when the design can be graded. Pure; reads malformed rows as having no text.
 */
export function designFieldsOverLimit(design: DesignAnswer): DesignFieldOverLimit[] {
  const found: (DesignFieldOverLimit | undefined)[] = [];
  design.inputs.forEach((input, index) => {
    found.push(over({ field: 'name', input: index }, input?.name), over({ field: 'format', input: index }, input?.format), over({ field: 'rate', input: index }, input?.rate));
  });
  found.push(over({ field: 'useCase' }, design.useCase), over({ field: 'sla' }, design.sla));
  design.outputs.forEach((output, index) => {
    found.push(over({ field: 'consumer', output: index }, output?.consumer), over({ field: 'store', output: index }, output?.store));
  });
  found.push(over({ field: 'reason' }, design.reason));
  return found.filter((item): item is DesignFieldOverLimit => item !== undefined);
}

/**
 * The sentence for one field over its limit, saying by how much and what to do:
 * "The SLA is 612 characters, 112 over the 500 limit: shorten it to submit the design for grading."
 */
export function designFieldTooLong(item: DesignFieldOverLimit): string {
  return `${item.label} is ${count(item.length)} characters, ${count(item.length - item.max)} over the ${count(item.max)} limit: shorten it to submit the design for grading.`;
}
