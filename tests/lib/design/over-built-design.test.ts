import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { designAnswerSchema } from '../../../lib/design/design-answer-schema';
import { OVER_BUILT_POINTS } from '../../../lib/design/over-built-design';
import { scoreDesign } from '../../../lib/design/score-design';

// Inputs written for these tests, each with the score an interviewer gives it decided before the engine ran: the same
// right ride-hailing core, alone (about 85) and with heavy parts the case never asks for (about 70).
const grade = (slug: string, fields: Record<string, unknown>) => scoreDesign(designAnswerSchema.parse(fields), loadCase(slug).rubric);
const overBuilt = (result: ReturnType<typeof grade>) => result.findings.find((finding) => finding.code === 'design.over-built');

const core = {
  inputs: [
    { name: 'driver GPS pings into Kafka', mode: 'stream', format: 'json', rate: '50k/s at the evening peak' },
    { name: 'trip events from the trips service', mode: 'stream', format: 'avro', rate: '3M trips a day' },
    { name: 'payment settlement files', mode: 'batch', format: 'csv', rate: 'daily' },
  ],
  useCase: 'Surge multipliers per zone for pricing; daily trips and driver earnings for finance.',
  outputs: [
    { consumer: 'pricing service', store: 'surge multipliers in Redis' },
    { consumer: 'finance', store: 'earnings tables in the warehouse' },
  ],
  processingStyle: 'both',
};

describe('design: heavy parts the case does not ask for', () => {
  it('costs OVER_BUILT_POINTS each, with a finding naming each extra part in the learner\'s words', () => {
    const plain = grade('ride-hailing', {
      ...core,
      sla: 'surge at most 30 s old; earnings by 06:00',
      reason: 'Surge needs seconds, so the pings stream through Flink; settlement files land daily, so a nightly batch.',
    });
    const heavy = grade('ride-hailing', {
      ...core,
      sla: 'surge at most 30 s old; earnings by 06:00; Kafka stretched active-active over three regions',
      outputs: [...core.outputs, { consumer: 'growth team', store: 'rider and driver relationships in Neo4j' }],
      reason: 'Surge needs seconds, so the pings stream through Flink, with Spark Structured Streaming as well for the earnings; settlement files land daily, so a nightly batch.',
    });
    const finding = overBuilt(heavy);
    expect(finding?.message).toContain('a graph database');
    expect(finding?.message).toContain('multi-region');
    expect(finding?.message).toContain('a second stream engine');
    expect(finding?.points).toBe(3 * OVER_BUILT_POINTS);
    expect(overBuilt(plain)).toBeUndefined();
    expect(heavy.score).toBeLessThan(plain.score);
  });

  it('charges nothing for a part the case names (the card issuer needs an online feature store)', () => {
    const result = grade('card-payments', {
      inputs: [
        { name: 'authorisations from the switch on Kafka', mode: 'stream', format: 'avro', rate: '15M a day' },
        { name: 'ledger postings by CDC', mode: 'stream', format: 'avro', rate: '60M a day' },
        { name: 'clearing files', mode: 'batch', format: 'fixed-width', rate: 'daily' },
      ],
      useCase: 'Fraud scoring inside the authorisation; reconciliation every morning.',
      sla: 'features at most 5 s behind; reconciliation by 09:00',
      outputs: [
        { consumer: 'authorisation switch', store: 'scoring API over an online feature store' },
        { consumer: 'finance', store: 'reconciliation tables in the warehouse' },
      ],
      processingStyle: 'both',
      reason: 'Features must be seconds fresh, so Flink over Kafka; clearing files come once a day, so batch.',
    });
    expect(overBuilt(result)).toBeUndefined();
  });

  it('charges nothing for a part ruled out or taken back', () => {
    const result = grade('ride-hailing', {
      ...core,
      sla: 'surge at most 30 s old; earnings by 06:00; no multi-region, one region is enough',
      reason: 'Surge needs seconds, so Flink; a graph database for the rider network - actually no, scratch that. Settlement files land daily, so batch.',
    });
    expect(overBuilt(result)).toBeUndefined();
  });
});
