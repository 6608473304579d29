import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import type { DesignAnswer } from '../../../lib/design/design-answer-schema';
import { scoreDesign } from '../../../lib/design/score-design';

const grade = (slug: string, answer: Partial<DesignAnswer>) => scoreDesign({ ...emptyDesignAnswer(), ...answer }, loadCase(slug).rubric);
const codes = (slug: string, answer: Partial<DesignAnswer>) => grade(slug, answer).findings.map((finding) => finding.code);

describe('a use case named only to deny the freshness it needs', () => {
  it('earns nothing, in several cases and wordings', () => {
    expect(codes('ride-hailing', { sla: "Surge pricing doesn't need to be within seconds, hourly is fine" })).toContain('design.use-case-dismissed');
    expect(codes('iot-telemetry', { sla: 'Anomaly alerts do not need to arrive within seconds; a daily report is enough' })).toContain('design.use-case-dismissed');
  });
  it('keeps credit when what is ruled out is far stricter than the need', () => {
    expect(codes('ride-hailing', { sla: 'Earnings do not need real-time; by 07:00 daily' })).not.toContain('design.use-case-dismissed');
  });
});

describe('a design that streams everything', () => {
  const rows = [
    { consumer: 'Pricing service', store: 'Redis keyed by cell' },
    { consumer: 'Finance', store: 'earnings reports in the warehouse' },
  ];
  it('loses part of each daily consumer it serves from the stream', () => {
    expect(codes('ride-hailing', { outputs: rows, processingStyle: 'streaming' })).toContain('design.output-streamed-needlessly');
    expect(codes('card-payments', { outputs: [{ consumer: 'Finance', store: 'daily reconciliation reports in the warehouse' }], processingStyle: 'streaming' })).toContain('design.output-streamed-needlessly');
  });
  it('does not when the style keeps a batch side', () => {
    expect(codes('ride-hailing', { outputs: rows, processingStyle: 'both' })).not.toContain('design.output-streamed-needlessly');
  });
});

describe('a use case with a need of its own and no SLA', () => {
  it('costs its SLA points', () => {
    const result = grade('ride-hailing', { sla: 'Surge within 30 seconds' });
    expect(result.findings.find((finding) => finding.code === 'design.use-case-sla-missing')?.points).toBeGreaterThan(0);
  });
});
