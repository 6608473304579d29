import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { designAnswerSchema } from '../../../lib/design/design-answer-schema';
import { QUESTIONED_DESIGN_MAX, readQuestionedDesign } from '../../../lib/design/questioned-design';
import { scoreDesign } from '../../../lib/design/score-design';

// Inputs written for these tests, each with the score an interviewer gives it decided before the engine ran.
const grade = (slug: string, fields: Record<string, unknown>) => scoreDesign(designAnswerSchema.parse(fields), loadCase(slug).rubric);

describe('design: fields filled with questions instead of decisions', () => {
  it('is capped at QUESTIONED_DESIGN_MAX with a finding quoting the questions (interviewer: about 12)', () => {
    const result = grade('healthcare-records', {
      inputs: [
        { name: 'Do we take the HL7 ADT feed live from the interface engine?', mode: 'stream', format: 'hl7', rate: 'how many messages a day?' },
        { name: 'FHIR bulk exports - nightly?', mode: 'batch', format: 'json', rate: '' },
      ],
      useCase: 'What does the bed management team actually look at?',
      sla: 'How fresh does the census need to be? Minutes or hours?',
      outputs: [{ consumer: 'bed managers', store: 'which store would they read from?' }],
      processingStyle: 'both',
      reason: 'Should the census be streamed at all, or is hourly enough?',
    });
    expect(result.score).toBeLessThanOrEqual(QUESTIONED_DESIGN_MAX);
    expect(result.findings.find((finding) => finding.code === 'design.questioned-cap')?.message).toContain('a question proposes nothing');
  });

  it('leaves a decided design with one rhetorical question alone (interviewer: about 80)', () => {
    const result = grade('healthcare-records', {
      inputs: [
        { name: 'HL7 ADT and lab feeds from the interface engine, ACKed after a durable write', mode: 'stream', format: 'hl7', rate: '8M messages a day' },
        { name: 'FHIR bulk exports', mode: 'batch', format: 'ndjson', rate: 'nightly' },
        { name: 'claims files from payers', mode: 'batch', format: 'csv', rate: 'weekly' },
      ],
      useCase: 'Live bed census for bed managers; monthly quality measures that absorb late corrections.',
      sla: 'census within 2 minutes of the ADT event; quality measures monthly',
      outputs: [
        { consumer: 'bed managers', store: 'census table in Postgres behind the dashboard' },
        { consumer: 'quality team', store: 'warehouse marts' },
      ],
      processingStyle: 'both',
      reason: 'Why stream? Because the census must be 2 minutes fresh; the exports and claims arrive in files, so batch.',
    });
    expect(result.findings.some((finding) => finding.code === 'design.questioned-cap')).toBe(false);
    expect(result.score).toBeGreaterThan(60);
  });

  it('needs at least three asking fields and half of the written ones', () => {
    const design = designAnswerSchema.parse({
      inputs: [{ name: 'card authorisations on Kafka', mode: 'stream', format: 'avro', rate: '15M a day' }],
      useCase: 'Fraud scoring inside the authorisation.',
      sla: 'What latency does the switch allow?',
      outputs: [{ consumer: 'switch', store: 'scoring API on Redis features' }],
      processingStyle: 'streaming',
      reason: 'Do we need the ledger at all?',
    });
    expect(readQuestionedDesign(design)).toBeUndefined();
  });
});
