import type { DesignAnswer } from './design-answer-schema';

/**
 * The free-text fields of a design in form order: each input's name and rate, the use case, the SLA, each output's
 * consumer and store, and the reason; blank ones left out (the processing style and formats, one-word choices, too).
 * Pure.
 */
export function designFieldTexts(answer: DesignAnswer): string[] {
  return [
    ...answer.inputs.flatMap((input) => [input.name, input.rate]),
    answer.useCase,
    answer.sla,
    ...answer.outputs.flatMap((output) => [output.consumer, output.store]),
    answer.reason,
  ].filter((text) => text.trim() !== '');
}
