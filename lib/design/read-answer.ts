import { INPUT_MODES, MAX_DESIGN_FIELD_CHARS, MAX_DESIGN_INPUTS, MAX_DESIGN_OUTPUTS, MAX_USE_CASE_CHARS, PROCESSING_STYLES } from './design-bounds';
import type { DesignAnswer, DesignInput, DesignOutput } from './design-answer-schema';

const str = (value: unknown, max = MAX_DESIGN_FIELD_CHARS): string => (typeof value === 'string' ? value.slice(0, max).trim() : '');
const list = (value: unknown, max: number): unknown[] => (Array.isArray(value) ? value.slice(0, max) : []);
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const oneOf = <T extends string>(value: unknown, options: readonly T[]): T | '' => (options.find((option) => option === value) ?? '');

/**
 * The answer as the engine reads it: trimmed, capped and with anything malformed read as blank.
 * The engine is called with unvalidated app state too, so it must not trust the type alone.
 */
export function readDesignAnswer(answer: DesignAnswer): DesignAnswer {
  const raw = record(answer);
  const inputs: DesignInput[] = list(raw.inputs, MAX_DESIGN_INPUTS).map((item) => {
    const row = record(item);
    return { name: str(row.name), mode: oneOf(row.mode, INPUT_MODES), format: str(row.format), rate: str(row.rate) };
  });
  const outputs: DesignOutput[] = list(raw.outputs, MAX_DESIGN_OUTPUTS).map((item) => {
    const row = record(item);
    return { consumer: str(row.consumer), store: str(row.store) };
  });
  return {
    inputs,
    useCase: str(raw.useCase, MAX_USE_CASE_CHARS),
    sla: str(raw.sla),
    outputs,
    processingStyle: oneOf(raw.processingStyle, PROCESSING_STYLES),
    reason: str(raw.reason),
  };
}
