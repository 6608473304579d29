import type { StepId } from './steps';

/**
 * What a strong candidate does in each step, shown above the step's workspace (the step page, rendered on
 * the server, and a live room's step view). Kept apart from steps.ts, which the stepper and the catalogue
 * import in the browser: a step page ships these lines as rendered text, not as JavaScript (about 0.8 KB).
 */
export const STEP_INSTRUCTIONS: Readonly<Record<StepId, readonly string[]>> = {
  clarify: [
    'Do not assume the company is Amazon: ask whether there is a reference product and what is in and out of scope.',
    'Ask whether the system is transactional (OLTP) or analytical (OLAP), and who consumes its output.',
    'Ask for the scale today and expected growth, peaks such as sale days, and what already exists.',
    'Ask which feature matters most, which entities are involved, and the latency, availability, retention and privacy constraints.',
    'Scope before scale: agree on what you are building before you size it.',
  ],
  estimate: [
    'Work from the numbers the interviewer gave you: daily volume, event rates, growth.',
    'Keep units on every number. A byte is 8 bits; 1 KB is 1,000 bytes and 1 KiB is 1,024 bytes.',
    'Round deliberately and say so: 365 days rounded to 400 over-estimates by about 10%, which is a fine safety margin.',
    'Turn availability targets into downtime: 99% allows about 3.65 days a year, 99.9% about 8.8 hours.',
  ],
  design: [
    'Inputs: each source, whether it arrives as a batch or a stream, its format, its rate and how its schema changes.',
    'Business use case: the metric that matters and the SLA by which it must be ready.',
    'Outputs: who consumes the results, in which serving store, and how often they refresh.',
    'Choose batch, streaming or both, and give a one-line reason tied to the SLA.',
  ],
  diagram: [
    'Draw sources, ingestion, processing and sinks, with arrows in the direction data flows.',
    'Show the storage layers (bronze, silver, gold) and where each consumer reads from.',
    'Add orchestration, deployment and error handling: retries, a dead letter queue, monitoring and alerting.',
    'Name each box by what it is (Kafka, Spark Structured Streaming, S3, Airflow) so the trade-offs can be discussed.',
  ],
  'deep-dive': [
    'Expect probing on the components you chose: Kafka, Spark Structured Streaming, databases, object storage, Airflow, data modelling.',
    'Explain guarantees precisely: what gives exactly-once, what happens on restart, what a setting trades away.',
    'Tie every answer back to the case: its volumes, its SLA, its consumers.',
  ],
};

/** The instruction lines of step `id`, in the order they are shown. */
export function stepInstructions(id: StepId): readonly string[] {
  return STEP_INSTRUCTIONS[id];
}
