import { describe, expect, it } from 'vitest';
import { designAnswerSchema, emptyDesignAnswer } from '@/lib/design/design-answer-schema';
import { scoreDesign } from '@/lib/design/score-design';
import { findingSchema } from '@/lib/scoring/finding';
import type { StepResult } from '@/lib/scoring/finding';
import { seedRubric } from '../clarify/seed-case';
import { answer, fixtureRubric } from './fixture-rubric';
import { codesOf as codes, findingOf as finding } from './fixtures';

const seed = seedRubric();
const fixture = fixtureRubric();

const strong = answer({
  inputs: [
    { name: 'Postgres via Debezium CDC (orders, payments, inventory)', mode: 'stream', format: 'Avro change events', rate: 'about 1 order/s, 10x on sale day' },
    { name: 'Clickstream from web and mobile apps', mode: 'stream', format: 'JSON', rate: '580 events/s, 5,800 at peak' },
    { name: 'Partner CSV files on SFTP', mode: 'batch', format: 'CSV', rate: 'one drop a night' },
  ],
  useCase: 'Daily sales and revenue by category and country; inventory levels during sale events so sold-out products leave promotions.',
  sla: 'Inventory within 5 minutes; sales dashboard daily by 06:00',
  outputs: [
    { consumer: 'Looker dashboards for analysts', store: 'Warehouse gold tables' },
    { consumer: 'Operations: inventory metrics', store: 'Serving table refreshed every minute' },
    { consumer: 'Data scientists training recommendation models', store: 'Parquet datasets in the lake' },
  ],
  processingStyle: 'both',
  reason: 'Inventory needs five-minute freshness, so stream it; the daily dashboard and partner files are complete-day batch work.',
});

const weak = answer({
  inputs: [
    { name: 'Orders DB', mode: 'batch', format: 'tables', rate: '' },
    { name: 'Partner files', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Sales report',
  sla: 'daily',
  outputs: [{ consumer: 'Analysts', store: 'Tableau' }],
  processingStyle: 'batch',
  reason: 'Batch is simpler.',
});

/** Every point is explained: the good findings add up to what was earned, all of them to what was at stake. */
function expectAccounted(result: StepResult) {
  const earned = result.findings.filter((item) => item.severity === 'good').reduce((sum, item) => sum + item.points, 0);
  const available = result.findings.reduce((sum, item) => sum + item.points, 0);
  expect(result.score).toBe(available > 0 ? Math.round((earned / available) * 100) : 0);
  for (const item of result.findings) {
    expect(findingSchema.parse(item)).toEqual(item);
    if (item.severity === 'hint') expect(item.points).toBe(0);
  }
}

describe.runIf(seed)('scoreDesign on the seed case', () => {
  const rubric = seed!;

  // Complete but plain (no failure walked through, no alternative weighed): interviewers sign such designs 84-90, and
  // the last points are the depth rule's (lib/design/score-depth.ts).
  it('gives a strong answer at least 85, crediting every input, output, use case, SLA and style', () => {
    const result = scoreDesign(strong, rubric);
    expect(result.score).toBeGreaterThanOrEqual(85);
    expectAccounted(result);
    const refs = result.findings.filter((item) => item.severity === 'good').flatMap((item) => item.refs ?? []);
    for (const id of ['oltp-database', 'clickstream', 'partner-files', 'bi-dashboards', 'inventory-metrics', 'ml-datasets', 'daily-sales', 'inventory-during-sales']) {
      expect(refs).toContain(id);
    }
    expect(codes(result)).toEqual(expect.arrayContaining(['design.sla-met', 'design.style-fits']));
  });

  it('gives an empty answer 0 with a finding for everything missing', () => {
    const result = scoreDesign(emptyDesignAnswer(), rubric);
    expect(result.score).toBe(0);
    expectAccounted(result);
    expect(result.findings.filter((item) => item.severity === 'good')).toEqual([]);
    expect(codes(result)).toEqual(
      expect.arrayContaining(['design.input-missing', 'design.output-missing', 'design.sla-missing', 'design.style-missing', 'design.reason-missing']),
    );
  });

  it('gives a weak answer (batch only, daily SLA, no clickstream) under 50 and says why', () => {
    const result = scoreDesign(weak, rubric);
    expect(result.score).toBeLessThan(50);
    expectAccounted(result);
    expect(finding(result, 'design.input-missing')?.refs).toEqual(['clickstream']);
    expect(finding(result, 'design.input-mode-wrong')).toMatchObject({ severity: 'wrong', refs: ['oltp-database'] });
    expect(finding(result, 'design.input-mode-wrong')?.message).toMatch(/: a stream source, but you declared it batch\./);
    expect(finding(result, 'design.sla-too-loose')?.message).toMatch(/\(1 day\) is looser .* 5 minutes/);
    expect(finding(result, 'design.style-wrong')?.message).toMatch(/Batch alone cannot meet a freshness of 5 minutes/);
  });

  it('matches inputs and outputs by synonyms with the step-1 text tools', () => {
    const result = scoreDesign(
      answer({
        inputs: [{ name: 'Postgres via Debezium CDC', mode: 'stream' }, { name: 'orders db', mode: 'stream' }],
        outputs: [{ consumer: 'Looker dashboards', store: '' }],
      }),
      rubric,
    );
    const named = result.findings.filter((item) => item.code === 'design.input-named');
    expect(named.map((item) => item.refs)).toEqual([['oltp-database']]);
    expect(named[0]?.message).toContain('"Postgres via Debezium CDC"');
    expect(finding(result, 'design.output-named')?.refs).toEqual(['bi-dashboards']);
    expect(finding(result, 'design.output-store-missing')?.refs).toEqual(['bi-dashboards']);
  });

  it('reads one rubric item per row, from its first mention', () => {
    const result = scoreDesign(
      answer({ inputs: [{ name: 'Postgres change events', mode: 'stream' }], outputs: [{ consumer: 'Ops inventory dashboard', store: 'Looker' }, { consumer: 'Analysts', store: 'Tableau' }] }),
      rubric,
    );
    expect(result.findings.filter((item) => item.code === 'design.input-named').map((item) => item.refs)).toEqual([['oltp-database']]);
    expect(result.findings.filter((item) => item.code === 'design.output-named').map((item) => item.refs)).toEqual([['inventory-metrics'], ['bi-dashboards']]);
  });

  it('is deterministic', () => {
    expect(scoreDesign(weak, rubric)).toEqual(scoreDesign(weak, rubric));
    expect(JSON.stringify(scoreDesign(strong, rubric))).toBe(JSON.stringify(scoreDesign(structuredClone(strong), rubric)));
  });
});

describe('scoreDesign inputs and outputs', () => {
  it('grades the first row that names an input, so listing both modes gains nothing', () => {
    const result = scoreDesign(answer({ inputs: [{ name: 'postgres', mode: 'batch' }, { name: 'postgres cdc', mode: 'stream' }] }), fixture);
    expect(finding(result, 'design.input-mode-wrong')?.refs).toEqual(['orders-db']);
    expect(codes(result)).not.toContain('design.input-mode-right');
  });

  it('flags a batch source declared as a stream, and asks for a missing mode', () => {
    const result = scoreDesign(answer({ inputs: [{ name: 'SFTP drops', mode: 'stream' }, { name: 'database', mode: '' }] }), fixture);
    expect(finding(result, 'design.input-mode-wrong')?.message).toMatch(/Partner files: a batch source, but you declared it stream\./);
    expect(finding(result, 'design.input-mode-missing')).toMatchObject({ severity: 'missing', points: 5, refs: ['orders-db'] });
  });

  it('hints at unknown inputs and outputs without costing points, and at missing format and rate', () => {
    const base = scoreDesign(answer({ inputs: [{ name: 'postgres', mode: 'stream', format: 'rows', rate: '10/s' }] }), fixture);
    const extra = scoreDesign(
      answer({ inputs: [{ name: 'postgres', mode: 'stream', format: 'rows', rate: '10/s' }, { name: 'Weather API', mode: 'batch' }], outputs: [{ consumer: 'Slack bot', store: '' }] }),
      fixture,
    );
    expect(extra.score).toBe(base.score);
    expect(finding(extra, 'design.input-unknown')).toMatchObject({ severity: 'hint', points: 0 });
    expect(finding(extra, 'design.input-unknown')?.message).toContain('"Weather API"');
    expect(finding(extra, 'design.output-unknown')?.message).toContain('"Slack bot"');
    expect(codes(base)).not.toContain('design.input-details');
    expect(finding(scoreDesign(answer({ inputs: [{ name: 'postgres', mode: 'stream' }] }), fixture), 'design.input-details')?.refs).toEqual(['orders-db']);
  });
});

describe('scoreDesign SLA', () => {
  const sla = (text: string) => scoreDesign(answer({ sla: text }), fixture);

  it('passes an SLA within the freshness and up to 25% looser', () => {
    expect(finding(sla('5 minutes'), 'design.sla-met')?.points).toBe(15);
    expect(finding(sla('6 min'), 'design.sla-met')).toBeDefined();
    expect(finding(sla('near real time'), 'design.sla-met')).toBeDefined();
  });

  it('marks a looser SLA wrong and says by how much', () => {
    expect(finding(sla('hourly'), 'design.sla-too-loose')).toMatchObject({ severity: 'wrong', points: 15, refs: ['freshnessSeconds'] });
    expect(finding(sla('hourly'), 'design.sla-too-loose')?.message).toContain('(1 hour)');
    // Twice too loose but still a stream: the right kind of design with the wrong number earns half.
    expect(finding(sla('10 minutes'), 'design.sla-too-loose')).toMatchObject({ severity: 'wrong', points: 7.5, refs: ['freshnessSeconds'] });
    expect(finding(sla('10 minutes'), 'design.sla-near')).toMatchObject({ severity: 'good', points: 7.5 });
  });

  it('credits a much stricter SLA but hints at its cost', () => {
    const result = sla('real-time');
    expect(finding(result, 'design.sla-met')).toBeDefined();
    expect(finding(result, 'design.sla-costly')).toMatchObject({ severity: 'hint', points: 0 });
    expect(codes(sla('1 minute'))).not.toContain('design.sla-costly');
  });

  it('explains an SLA it cannot read', () => {
    expect(finding(sla('as agreed with the business'), 'design.sla-unreadable')).toMatchObject({ severity: 'missing', points: 15 });
    expect(finding(sla('as agreed with the business'), 'design.sla-unreadable')?.message).toMatch(/"within 5 minutes"/);
  });

  it('does not score the SLA when the case sets no freshness', () => {
    const rubric = fixtureRubric({ freshnessSeconds: undefined, processingStyle: 'batch' });
    expect(codes(scoreDesign(answer({ sla: 'daily' }), rubric)).filter((code) => code.startsWith('design.sla'))).toEqual([]);
    expect(finding(scoreDesign(answer({ sla: 'soon' }), rubric), 'design.sla-unreadable')?.severity).toBe('hint');
  });
});

describe('scoreDesign processing style', () => {
  const style = (processingStyle: string, design: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    scoreDesign(answer({ processingStyle, reason: 'the orders database changes all day', ...extra }), fixtureRubric(design));

  it('derives both from a 5-minute freshness with a batch source when the rubric names no style', () => {
    expect(finding(style('both'), 'design.style-fits')?.points).toBe(15);
    expect(finding(style('batch'), 'design.style-wrong')?.message).toMatch(/Data from Orders database arrives continuously/);
    const streaming = style('streaming');
    expect(finding(streaming, 'design.style-partly-fits')?.points).toBe(7);
    expect(finding(streaming, 'design.style-incomplete')).toMatchObject({ severity: 'wrong', points: 8 });
    expect(finding(streaming, 'design.style-incomplete')?.message).toMatch(/data from Partner files arrives in batches/);
  });

  it('derives batch from a freshness looser than 15 minutes and calls streaming more than needed', () => {
    const design = { freshnessSeconds: 86_400 };
    expect(finding(style('batch', design), 'design.style-fits')).toBeDefined();
    expect(finding(style('streaming', design), 'design.style-incomplete')?.message).toMatch(/more than this case needs: a freshness of 1 day/);
  });

  it('accepts both where the rubric says streaming, and follows the rubric over the freshness', () => {
    expect(finding(style('both', { processingStyle: 'streaming' }), 'design.style-fits')).toBeDefined();
    expect(finding(style('streaming', { processingStyle: 'streaming', freshnessSeconds: 86_400 }), 'design.style-fits')).toBeDefined();
  });

  it('hints when the style contradicts the learner\'s own SLA, and when no reason is given', () => {
    const rubric = { freshnessSeconds: undefined, processingStyle: undefined };
    expect(finding(style('batch', rubric, { sla: '1 minute' }), 'design.style-own-sla')?.message).toMatch(/too fresh for batch/);
    expect(finding(style('streaming', rubric, { sla: 'daily' }), 'design.style-own-sla')?.message).toMatch(/daily batch job/);
    expect(finding(scoreDesign(answer({ processingStyle: 'both' }), fixture), 'design.reason-missing')?.severity).toBe('hint');
  });
});

describe('scoreDesign robustness', () => {
  it('reads a malformed answer as blank instead of throwing', () => {
    const garbage = { inputs: [null, 'x', { name: 42, mode: 'kafka' }], outputs: 'none', sla: ['5 min'], processingStyle: 'lambda' } as unknown;
    const result = scoreDesign(garbage as ReturnType<typeof emptyDesignAnswer>, fixture);
    expect(result.score).toBe(0);
  });

  it('caps counts in the schema', () => {
    const many = Array.from({ length: 31 }, () => ({ name: 'x' }));
    expect(designAnswerSchema.safeParse({ inputs: many }).success).toBe(false);
    // A stored field keeps a paste past the graded 500 (flagged by lib/session/design-over-limit.ts) up to the draft cap.
    expect(designAnswerSchema.safeParse({ sla: 'x'.repeat(10_001) }).success).toBe(false);
  });
});
