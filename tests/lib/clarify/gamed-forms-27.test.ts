import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

// Lines written for this file (other cases and wording than golden round 23); what an interviewer hears and the
// transcripts' scores were decided before the engine ran.
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);

describe('a topic marked not applicable in the question', () => {
  it('answers itself: the line assumes, it does not ask', () => {
    expect(ask('ride-hailing', 'Late GPS pings: not a concern?').assumed).toBeDefined();
    expect(ask('iot-telemetry', 'Retention of raw readings - N/A for now?').assumed).toBeDefined();
    expect(ask('ride-hailing', 'How late can a GPS ping arrive, and do late ones matter for surge?').assumed).toBeUndefined();
  });

  it('a transcript of topics marked N/A earns little (interviewer: 10)', () => {
    const result = scoreClarify({ questions: ['Late GPS pings: not a concern?', 'Surge latency SLA: N/A for v1?', 'Retention: none needed?', 'GDPR / driver privacy: not relevant?', 'Peak load on New Year: no target?', 'Consumers: TBD?'], entities: ['driver', 'trip'] }, loadCase('ride-hailing').rubric);
    expect(result.score).toBeLessThanOrEqual(20);
  });
});

describe('links and book titles framed as questions', () => {
  it('ask nothing of the business (interviewer: 4)', () => {
    const result = scoreClarify({ questions: ['Have you read Streaming Systems (Akidau)?', 'https://kafka.apache.org/documentation/#producerconfigs - relevant here?', 'The Data Warehouse Toolkit, 3rd edition - chapter on factless facts?', 'https://www.timescale.com/blog/time-series-data/ ?'], entities: ['machine', 'sensor'] }, loadCase('iot-telemetry').rubric);
    expect(result.score).toBeLessThanOrEqual(15);
  });

  it('a real question that names its source is still asked', () => {
    expect(ask('iot-telemetry', 'How many readings per second does each machine send at peak (the gateway spec says 10 Hz)?').topic).not.toBeNull();
  });
});
