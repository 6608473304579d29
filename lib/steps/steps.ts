/** The five steps of the interview method, in the order an interview walks them. */
export const STEP_IDS = ['clarify', 'estimate', 'design', 'diagram', 'deep-dive'] as const;

export type StepId = (typeof STEP_IDS)[number];

export type StepDefinition = {
  id: StepId;
  number: number;
  title: string;
  /** One line for the stepper: what the learner produces in this step. */
  asksFor: string;
  /** What a strong candidate does here, shown above the step's workspace. */
  instructions: readonly string[];
};

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'clarify',
    number: 1,
    title: 'Clarify',
    asksFor: 'Questions that pin down scope, scale and constraints',
    instructions: [
      'Do not assume the company is Amazon: ask whether there is a reference product and what is in and out of scope.',
      'Ask whether the system is transactional (OLTP) or analytical (OLAP), and who consumes its output.',
      'Ask for the scale today and expected growth, peaks such as sale days, and what already exists.',
      'Ask which feature matters most, which entities are involved, and the latency, availability, retention and privacy constraints.',
      'Scope before scale: agree on what you are building before you size it.',
    ],
  },
  {
    id: 'estimate',
    number: 2,
    title: 'Estimate',
    asksFor: 'Storage, throughput, retention and availability, with units',
    instructions: [
      'Work from the numbers the interviewer gave you: daily volume, event rates, growth.',
      'Keep units on every number. A byte is 8 bits; 1 KB is 1,000 bytes and 1 KiB is 1,024 bytes.',
      'Round deliberately and say so: 365 days rounded to 400 over-estimates by about 10%, which is a fine safety margin.',
      'Turn availability targets into downtime: 99% allows about 3.65 days a year, 99.9% about 8.8 hours.',
    ],
  },
  {
    id: 'design',
    number: 3,
    title: 'High-level design',
    asksFor: 'Inputs, the business use case and its SLA, outputs',
    instructions: [
      'Inputs: each source, whether it arrives as a batch or a stream, its format, its rate and how its schema changes.',
      'Business use case: the metric that matters and the SLA by which it must be ready.',
      'Outputs: who consumes the results, in which serving store, and how often they refresh.',
      'Choose batch, streaming or both, and give a one-line reason tied to the SLA.',
    ],
  },
  {
    id: 'diagram',
    number: 4,
    title: 'Full system',
    asksFor: 'A diagram from sources to sinks, with scheduling, deployment and error handling',
    instructions: [
      'Draw sources, ingestion, processing and sinks, with arrows in the direction data flows.',
      'Show the storage layers (bronze, silver, gold) and where each consumer reads from.',
      'Add orchestration, deployment and error handling: retries, a dead letter queue, monitoring and alerting.',
      'Name each box by what it is (Kafka, Spark Structured Streaming, S3, Airflow) so the trade-offs can be discussed.',
    ],
  },
  {
    id: 'deep-dive',
    number: 5,
    title: 'Deep dives',
    asksFor: 'Depth on the components the interviewer probes',
    instructions: [
      'Expect probing on the components you chose: Kafka, Spark Structured Streaming, databases, object storage, Airflow, data modelling.',
      'Explain guarantees precisely: what gives exactly-once, what happens on restart, what a setting trades away.',
      'Tie every answer back to the case: its volumes, its SLA, its consumers.',
    ],
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
