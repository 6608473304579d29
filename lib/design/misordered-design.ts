import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readText } from '../text/read-text';
import { readOrder } from '../text/sequence';
import type { OrderSpec } from '../text/sequence';
import type { DesignAnswer } from './design-answer-schema';
import type { DesignCase } from './design-index';

/**
 * The most a design can score when it states, anywhere in its prose, two steps in the order the case forbids: the
 * listener ACKs each HL7 message "as soon as it arrives, before writing it" when the interface engine deletes what is
 * acknowledged; a consumer commits its offsets, then writes the results. However long and right the rest, that one
 * sentence loses or double-counts data, and an interviewer stops there: half (golden round 21: 50).
 */
export const MISORDERED_DESIGN_MAX = 50;

/** A required order of two steps, from the case's deep-dive key points, with the key point's own sentence. */
type RequiredOrder = { spec: OrderSpec; text: string };

const orderCache = new WeakMap<DesignCase, readonly RequiredOrder[]>();

/** Every order of two steps the case's deep-dive key points require (their `order`), cached per rubric. */
function requiredOrders(rubric: DesignCase): readonly RequiredOrder[] {
  let orders = orderCache.get(rubric);
  if (!orders) {
    orders = (rubric.steps['deep-dive']?.prompts ?? []).flatMap((prompt) =>
      (prompt.keyPoints ?? []).flatMap((point) => (point.order ? [{ spec: point.order, text: point.text ?? '' }] : [])),
    );
    orderCache.set(rubric, orders);
  }
  return orders;
}

/** The prose fields of a design where a learner says how it works: use case, SLA, output stores and the reason. */
function proseOf(answer: DesignAnswer): string[] {
  return [answer.useCase, answer.sla, ...answer.outputs.map((output) => output.store), answer.reason].filter((text) => text.trim() !== '');
}

/**
 * The first step order the case requires that the design states reversed, with the learner's sentence and the
 * case's rule; undefined when none is (a design that never says the order, or says it right, is not charged).
 * Read through lib/text `readOrder`: only affirmed steps count ("we never ACK before the write" states nothing). Pure.
 */
export function misorderedStep(answer: DesignAnswer, rubric: DesignCase): { quote: string; rule: string } | undefined {
  const orders = requiredOrders(rubric);
  if (orders.length === 0) return undefined;
  for (const text of proseOf(answer)) {
    const read = readText(text);
    for (const order of orders) {
      const reading = readOrder(read, order.spec);
      if (reading?.order === 'reversed') return { quote: reading.quote, rule: order.text };
    }
  }
  return undefined;
}

/** Caps at MISORDERED_DESIGN_MAX a design that states two steps in the order the case forbids, with a finding quoting it. */
export function capMisordered(result: StepResult, answer: DesignAnswer, rubric: DesignCase): StepResult {
  if (result.score <= MISORDERED_DESIGN_MAX) return result;
  const found = misorderedStep(answer, rubric);
  if (!found) return result;
  return capScore(result, MISORDERED_DESIGN_MAX, () => ({
    code: 'design.misordered-cap',
    severity: 'wrong',
    message: `You write "${found.quote}": these two steps run in the wrong order, and data is lost or counted twice when the process fails between them, so the design is scored at most ${MISORDERED_DESIGN_MAX} out of 100. ${found.rule}`.trim(),
    neutral: `Two steps of your design run in an order that loses or duplicates data on a failure, so it is scored at most ${MISORDERED_DESIGN_MAX} out of 100.`,
  }));
}
