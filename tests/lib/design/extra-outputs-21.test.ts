import { describe, expect, it } from 'vitest';
import { findingOf, gradeCase } from './fixtures';

const core = {
  inputs: [
    { name: 'driver GPS pings', mode: 'stream', format: 'JSON', rate: '250k/s' },
    { name: 'ride requests', mode: 'stream', format: 'Avro', rate: '2k/s' },
    { name: 'trip database', mode: 'stream', format: 'CDC', rate: '500/s' },
  ],
  useCase: 'Surge pricing per zone from Flink over pings and requests; daily trips and driver earnings from a nightly Spark job.',
  sla: 'surge under 30 s; earnings by 7am',
  processingStyle: 'both',
  reason: 'Surge needs seconds, so it streams; earnings only need the previous day, so a nightly batch is cheaper.',
};
const caseOutputs = [
  { consumer: 'pricing service', store: 'Redis surge multipliers per zone' },
  { consumer: 'finance and ops', store: 'warehouse daily earnings' },
];

// Designs written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('outputs the case does not have', () => {
  it('one extra consumer stays a hint (interviewer: 82)', () => {
    const result = gradeCase('ride-hailing', { ...core, outputs: [...caseOutputs, { consumer: 'marketing', store: 'weekly newsletter segments' }] });
    const extra = findingOf(result, 'design.output-unknown');
    if (extra) expect(extra.severity).toBe('hint');
  });

  it('three extra consumers (ad auction, insurance quotes, newsletter) cost points (interviewer: 60)', () => {
    const plain = gradeCase('ride-hailing', { ...core, outputs: caseOutputs });
    const extras = [
      { consumer: 'advertisers', store: 'in-app ad auction bids in Redis' },
      { consumer: 'insurance partner', store: 'per-trip insurance quote API' },
      { consumer: 'marketing', store: 'weekly newsletter segments' },
    ];
    const result = gradeCase('ride-hailing', { ...core, outputs: [...caseOutputs, ...extras] });
    expect(findingOf(result, 'design.output-unknown')?.severity).toBe('wrong');
    expect(result.score).toBeLessThanOrEqual(plain.score - 8);
  });
});
