import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { OFF_CASE_MAX_SCORE } from '../../../lib/text/case-fit';
import { scoreDesign } from '../../../lib/design/score-design';
import { answer } from './fixture-rubric';

// Inputs written for these tests, each with the score an interviewer would give decided before the engine ran.
const ride = loadCase('ride-hailing').rubric;
const hospital = loadCase('healthcare-records').rubric;

describe('a design whose use case is another business\'s', () => {
  it('is off-case when a shop\'s use case and SLA are pasted into ride-hailing, even with trips and payments named; an interviewer gives about 8', () => {
    const result = scoreDesign(
      answer({
        inputs: [
          { name: 'trips and payments Postgres via CDC', mode: 'stream', format: 'rows' },
          { name: 'app clickstream', mode: 'stream', format: 'JSON' },
          { name: 'supplier CSV files', mode: 'batch', format: 'CSV' },
        ],
        useCase: 'Daily sales and revenue per product category; stock levels during the sale so sold-out products leave the promotions.',
        sla: 'Sales dashboard by 06:00; stock at most 5 minutes behind during the sale.',
        outputs: [
          { consumer: 'merchandising team', store: 'warehouse with Looker' },
          { consumer: 'operations', store: 'Redis stock counters' },
        ],
        processingStyle: 'both',
        reason: 'The 5-minute stock need streams; sales are a daily batch.',
      }),
      ride,
    );
    expect(result.score).toBeLessThanOrEqual(OFF_CASE_MAX_SCORE);
    expect(result.findings.some((finding) => finding.code === 'design.off-case')).toBe(true);
  });

  it('leaves a hospital design that mentions billing revenue in passing alone; an interviewer gives about 80', () => {
    const result = scoreDesign(
      answer({
        inputs: [
          { name: 'HL7 ADT feeds from the interface engine', mode: 'stream', format: 'HL7 v2' },
          { name: 'FHIR bulk exports', mode: 'batch', format: 'NDJSON' },
          { name: 'claims files from payers', mode: 'batch', format: 'X12' },
          { name: 'EHR access logs', mode: 'batch', format: 'files' },
        ],
        useCase: 'Live bed census for the wards and ED, monthly quality measures, and claims revenue reports for finance.',
        sla: 'Census within 2 minutes of an ADT message; quality dashboards by 07:00.',
        outputs: [
          { consumer: 'bed managers', store: 'live census view' },
          { consumer: 'quality team', store: 'quality dashboards on the warehouse' },
          { consumer: 'privacy office', store: 'access reports' },
          { consumer: 'researchers', store: 'de-identified research extracts' },
        ],
        processingStyle: 'both',
        reason: 'ADT messages stream for the census; exports, claims and logs are batch files.',
      }),
      hospital,
    );
    expect(result.findings.some((finding) => finding.code === 'design.off-case')).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(70);
  });
});
