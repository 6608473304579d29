import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { designAnswerSchema } from '../../../lib/design/design-answer-schema';
import { ECHOED_DESIGN_MAX } from '../../../lib/design/echoed-design';
import { scoreDesign } from '../../../lib/design/score-design';

// Inputs written for these tests, each with the score an interviewer gives it decided before the engine ran. The
// e-commerce brief is read back field by field in the candidate's near-copy; the strong design beside it uses the same
// case in its own words.
const grade = (slug: string, fields: Record<string, unknown>) => scoreDesign(designAnswerSchema.parse(fields), loadCase(slug).rubric);
const given = loadCase('ecommerce-data-platform').rubric.steps.clarify?.given ?? [];

describe('design: the brief restated as the design', () => {
  it('has a brief to restate', () => {
    expect(given.length).toBeGreaterThan(2);
  });

  it('is capped at ECHOED_DESIGN_MAX with a finding giving the share of the brief (interviewer: about 8)', () => {
    // Every field is a sentence of the brief, lightly cut.
    const [first = '', second = '', third = '', fourth = ''] = given;
    const result = grade('ecommerce-data-platform', {
      inputs: [
        { name: first, mode: 'stream', format: '', rate: '' },
        { name: second, mode: 'batch', format: '', rate: '' },
      ],
      useCase: `${third} ${fourth}`,
      sla: second,
      outputs: [{ consumer: first, store: third }],
      processingStyle: 'both',
      reason: fourth,
    });
    expect(result.score).toBeLessThanOrEqual(ECHOED_DESIGN_MAX);
    expect(result.findings.some((finding) => finding.code === 'design.brief-echo-cap' && /% of the words/.test(finding.message))).toBe(true);
  });

  it('leaves a design in its own words alone (interviewer: about 85)', () => {
    const result = grade('ecommerce-data-platform', {
      inputs: [
        { name: 'orders and stock changes by CDC from Postgres (Debezium)', mode: 'stream', format: 'avro', rate: '2M orders a month' },
        { name: 'clickstream events into Kafka', mode: 'stream', format: 'json', rate: '50M a day' },
        { name: 'partner CSV files over SFTP', mode: 'batch', format: 'csv', rate: 'nightly' },
      ],
      useCase: 'Daily sales by category and country for the analysts; stock levels during sale events for ops.',
      sla: 'sales ready by 06:00; stock no more than 5 minutes behind',
      outputs: [
        { consumer: 'analysts', store: 'star schema in Snowflake' },
        { consumer: 'ops', store: 'stock counts in Redis behind a small API' },
      ],
      processingStyle: 'both',
      reason: 'Stock must be minutes fresh, so CDC streams it; the partner files only land nightly, so a batch job loads them.',
    });
    expect(result.findings.some((finding) => finding.code === 'design.brief-echo-cap')).toBe(false);
    expect(result.score).toBeGreaterThan(70);
  });
});
