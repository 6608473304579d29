import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import type { DesignAnswer } from '@/lib/design/design-answer-schema';
import { scoreDesign } from '@/lib/design/score-design';
import { parseAnswer as answer } from './fixtures';

// Serving readers straight from the database the business writes to: the anti-pattern every case's rubric names
// (dashboard-reads-oltp). Interviewer's grades written first: the e-commerce design below with stock served from a
// Redis table kept by the stream is about 85; the same design reading stock off the orders Postgres is about 55.

const ecommerce = answer({
  inputs: [
    { name: 'Orders and inventory in Postgres via CDC', mode: 'stream', format: 'Avro change events', rate: '50 changes/s' },
    { name: 'Clickstream from the apps', mode: 'stream', format: 'JSON', rate: '580/s' },
    { name: 'Partner CSV files', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Daily sales and revenue by category and country; inventory during sale events so ops can pull sold-out products.',
  sla: 'Inventory within 5 minutes; sales dashboards by 06:00.',
  outputs: [
    { consumer: 'Leadership sales dashboards', store: 'warehouse marts' },
    { consumer: 'Ops inventory metrics', store: 'Redis table the stream job updates' },
    { consumer: 'Data scientists', store: 'Parquet in the lake' },
  ],
  processingStyle: 'both',
  reason: 'Inventory needs 5 minutes so it streams; sales close daily with the partner files, so batch.',
});

const withStore = (design: DesignAnswer, consumer: string, store: string): DesignAnswer => ({
  ...design,
  outputs: design.outputs.map((row) => (row.consumer === consumer ? { ...row, store } : row)),
});

describe('an output served from the source database', () => {
  const rubric = loadCase('ecommerce-data-platform').rubric;

  it('costs the output and the design when stock is read off the orders Postgres (interviewer 55 against 85)', () => {
    const good = scoreDesign(ecommerce, rubric);
    const onSource = scoreDesign(withStore(ecommerce, 'Ops inventory metrics', 'SELECT on the orders Postgres every minute'), rubric);
    expect(good.findings.some((finding) => finding.code === 'design.reads-source-database')).toBe(false);
    const charged = onSource.findings.find((finding) => finding.code === 'design.reads-source-database');
    expect(charged?.severity).toBe('wrong');
    expect(charged?.message).toMatch(/orders Postgres/);
    expect(good.score - onSource.score).toBeGreaterThanOrEqual(15);
    expect(onSource.score).toBeLessThanOrEqual(70);
  });

  it('reads the case source named as a database too: dashboards on the trip service PostgreSQL', () => {
    const ride = loadCase('ride-hailing').rubric;
    const design = answer({
      inputs: [{ name: 'Driver GPS pings', mode: 'stream', format: 'JSON', rate: '25,000/s' }],
      useCase: 'Daily trips, fares and driver earnings.',
      sla: 'by 07:00',
      outputs: [{ consumer: 'Finance earnings dashboards', store: 'queries on the trip service PostgreSQL' }],
      processingStyle: 'both',
      reason: 'Earnings close daily.',
    });
    expect(scoreDesign(design, ride).findings.map((finding) => finding.code)).toContain('design.reads-source-database');
  });

  it('leaves a copy kept for reading alone: a read replica, or a Postgres serving store with no Postgres source', () => {
    const replica = scoreDesign(withStore(ecommerce, 'Leadership sales dashboards', 'Postgres read replica fed by CDC'), rubric);
    expect(replica.findings.some((finding) => finding.code === 'design.reads-source-database')).toBe(false);
    const health = loadCase('healthcare-records').rubric;
    const census = answer({
      inputs: [{ name: 'HL7 v2 feeds from the interface engine', mode: 'stream', format: 'HL7', rate: '200/s' }],
      useCase: 'Live bed census.',
      sla: 'within 2 minutes',
      outputs: [{ consumer: 'Bed managers census view', store: 'Postgres table the stream job updates' }],
      processingStyle: 'both',
      reason: 'The census needs 2 minutes.',
    });
    expect(scoreDesign(census, health).findings.some((finding) => finding.code === 'design.reads-source-database')).toBe(false);
  });

  it('does not read a bare engine name as the source when the source lists that engine as a synonym: "Postgres table" may be a serving table', () => {
    const design = {
      ...ecommerce,
      inputs: [{ name: 'Orders database via CDC', mode: 'stream', format: 'Avro', rate: '50/s' }, ...ecommerce.inputs.slice(1)],
    } as DesignAnswer;
    const served = scoreDesign(withStore(design, 'Ops inventory metrics', 'Postgres table'), rubric);
    expect(served.findings.some((finding) => finding.code === 'design.reads-source-database')).toBe(false);
    const named = scoreDesign(withStore(design, 'Ops inventory metrics', 'the orders database'), rubric);
    expect(named.findings.some((finding) => finding.code === 'design.reads-source-database')).toBe(true);
  });
});
