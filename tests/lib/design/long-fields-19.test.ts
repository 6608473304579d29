import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { MAX_DESIGN_FIELD_CHARS, MAX_USE_CASE_CHARS } from '@/lib/design/design-bounds';
import { designAnswerSchema } from '@/lib/design/design-answer-schema';
import { readDesignAnswer } from '@/lib/design/read-answer';
import { scoreDesign } from '@/lib/design/score-design';

// Round 18: a very long design with its key claims spread over every field. The page lets a learner type
// MAX_DESIGN_FIELD_CHARS per field and MAX_USE_CASE_CHARS in the use case; the engine must read every character of that.
const pad = (text: string, length: number, filler: string) => {
  let result = '';
  while (result.length + filler.length + text.length < length) result += filler;
  return `${result}${text}`;
};

describe('claims at the end of a field as long as the page allows are read', () => {
  const useCase = pad('Last, and first for the business: live bed census and emergency department flow.', MAX_USE_CASE_CHARS - 5, 'The wards phone the bed managers today and the numbers are always late. ');
  const sla = pad('census within 2 minutes of the admission message.', MAX_DESIGN_FIELD_CHARS - 5, 'research extracts monthly; ');
  const design = {
    inputs: [{ name: 'HL7 ADT messages from the interface engine to Kafka', mode: 'stream', format: 'HL7 v2', rate: '200 a second' }],
    useCase,
    sla,
    outputs: [{ consumer: 'bed managers', store: 'census table in Redis' }],
    processingStyle: 'streaming',
    reason: 'Streaming because two minutes is too fresh for any schedule.',
  };

  it('the fields fit the page limits and are kept whole', () => {
    expect(useCase.length).toBeLessThanOrEqual(MAX_USE_CASE_CHARS);
    expect(sla.length).toBeLessThanOrEqual(MAX_DESIGN_FIELD_CHARS);
    const read = readDesignAnswer(designAnswerSchema.parse(design));
    expect(read.useCase).toBe(useCase.trim());
    expect(read.sla).toBe(sla.trim());
  });

  it('the use case and SLA said last are credited', () => {
    const result = scoreDesign(designAnswerSchema.parse(design), loadCase('healthcare-records').rubric);
    const good = result.findings.filter((finding) => finding.severity === 'good').map((finding) => finding.code);
    expect(good).toContain('design.use-case-named');
    expect(result.findings.some((finding) => finding.code.startsWith('design.sla') && finding.severity === 'good' && finding.message.includes('2 minutes'))).toBe(true);
  });
});
