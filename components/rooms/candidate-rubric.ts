import type { Rubric } from '@/lib/content/rubric-schema';

/**
 * The part of a case's rubric a room's candidate (and observer) may have in their browser while the
 * interview runs: each step's prompt, the names of the quantities to size and the deep-dive questions,
 * as a mock shows them. No fact (answers come from the interviewer), no reference value, no required
 * component, no key point or wrong claim, no curveball, no anchors. The step workspaces run on it
 * unchanged; their scores are meaningless and stay held until the end, when the full case is loaded.
 */
export function candidateRubric(rubric: Rubric): Rubric {
  const { steps } = rubric;
  return {
    version: rubric.version,
    steps: {
      clarify: { prompt: steps.clarify.prompt, facts: [], entities: [], topicWeights: {}, given: [] },
      estimate: {
        prompt: steps.estimate.prompt,
        // A reference of 0 in the quantity's own unit: the worksheet lists what to size and knows its unit, nothing more.
        quantities: steps.estimate.quantities.map((quantity) => ({ id: quantity.id, title: quantity.title, dimension: quantity.dimension, unit: quantity.unit, reference: `0 ${quantity.unit}`.trim(), tolerance: quantity.tolerance })),
      },
      design: { prompt: steps.design.prompt, inputs: [], outputs: [] },
      diagram: { prompt: steps.diagram.prompt, requiredKinds: [], flows: [], errorHandling: [], antipatterns: [] },
      'deep-dive': {
        prompt: steps['deep-dive'].prompt,
        prompts: steps['deep-dive'].prompts.map((prompt) => ({ id: prompt.id, topic: prompt.topic, question: prompt.question, keyPoints: [], wrongClaims: [] })),
      },
    },
  };
}
