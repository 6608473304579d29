/** The five steps of the interview method, in the order an interview walks them. */
export const STEP_IDS = ['clarify', 'estimate', 'design', 'diagram', 'deep-dive'] as const;

export type StepId = (typeof STEP_IDS)[number];

export type StepDefinition = {
  id: StepId;
  number: number;
  title: string;
  /** One line for the stepper: what the learner produces in this step. */
  asksFor: string;
};

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'clarify',
    number: 1,
    title: 'Clarify',
    asksFor: 'Questions that pin down scope, scale and constraints',
  },
  {
    id: 'estimate',
    number: 2,
    title: 'Estimate',
    asksFor: 'Storage, throughput, retention and availability, with units',
  },
  {
    id: 'design',
    number: 3,
    title: 'High-level design',
    asksFor: 'Inputs, the business use case and its SLA, outputs',
  },
  {
    id: 'diagram',
    number: 4,
    title: 'Full system',
    asksFor: 'A diagram from sources to sinks, with scheduling, deployment and error handling',
  },
  {
    id: 'deep-dive',
    number: 5,
    title: 'Deep dives',
    asksFor: 'Depth on the components the interviewer probes',
  },
];

const stepById = new Map(STEPS.map((step) => [step.id, step]));

// No zod here: the stepper and catalogue import this module, and pages should not ship a schema library for it.
export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

export function getStep(id: StepId): StepDefinition {
  const step = stepById.get(id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

export function neighbouringSteps(id: StepId): { previous?: StepDefinition; next?: StepDefinition } {
  const index = STEP_IDS.indexOf(id);
  return { previous: STEPS[index - 1], next: STEPS[index + 1] };
}
