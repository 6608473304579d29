import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { getDesignIndex } from '@/lib/design/design-index';
import { readSla } from '@/lib/design/parse-sla';
import { scoreDesign } from '@/lib/design/score-design';
import { readSlaByUseCase } from '@/lib/design/sla-by-use-case';
import { isKeywordRun } from '@/lib/text/keyword-run';
import { readText } from '@/lib/text/read-text';
import { timeAdjunctTokens } from '@/lib/text/time-adjunct';
import { answer, fixtureRubric } from './fixture-rubric';
import { gradeCase as grade } from './fixtures';

// Designs written as terse whiteboard notes (arrows, brackets, clock times with no "by"), graded by hand before the
// engine ran: each per-use-case freshness binds to its own output, and an arrow or a bracket relates the parts of a note.
const DAY = 86_400;
const codes = (result: ReturnType<typeof grade>, severity: string) => result.findings.filter((finding) => finding.severity === severity).map((finding) => finding.code);

describe('a time of day with a colon is a deadline whatever word leads it', () => {
  it.each([
    ['quality ready 07:00 for the previous day', DAY],
    ['07:30 finance pack', DAY],
    ['report done 6:45, D-1', DAY],
  ])('%j reads as a daily deadline', (sla, seconds) => {
    expect(readSla(sla).flatMap((clause) => clause.pieces.flatMap((piece) => piece.seconds))).toEqual([seconds]);
  });

  it.each(['a lap of 0:30', 'replay 1:05:00 of footage', 'ratio 16:9'])('%j is no deadline', (sla) => {
    expect(readSla(sla).flatMap((clause) => clause.pieces.flatMap((piece) => piece.seconds))).toEqual([]);
  });
});

describe('per-use-case freshness in one terse SLA binds each to its own use case', () => {
  it('healthcare: "quality ready 07:00 for D-1; census <= 2 min behind in the mornings"', () => {
    const { useCases } = getDesignIndex(loadCase('healthcare-records').rubric);
    const reading = readSlaByUseCase('quality ready 07:00 for D-1; census <= 2 min behind in the mornings', useCases);
    const seconds = Object.fromEntries([...reading.byUseCase].map(([id, stated]) => [id, stated.seconds]));
    expect(Object.values(seconds).sort((a, b) => a - b)).toEqual([120, DAY]);
  });

  it('ride hailing: the daily report is not promised the surge freshness', () => {
    const result = grade('ride-hailing', {
      inputs: [
        { name: 'driver pings -> kafka', mode: 'stream', format: 'json', rate: '50k/s peak' },
        { name: 'trips pg -> cdc', mode: 'stream', format: 'avro', rate: '3M/day' },
        { name: 'settlement csv (fares, payouts)', mode: 'batch', format: 'csv', rate: 'daily' },
      ],
      useCase: '1) surge per hex from open requests vs free drivers -> stream. 2) trips/earnings report per city for finance -> batch, ties out w/ settlement file.',
      sla: 'report ready 07:00 for D-1; surge <= 30 s old at peak hours',
      outputs: [
        { consumer: 'finance', store: 'trips mart in bigquery -> looker' },
        { consumer: 'pricing svc', store: 'redis multiplier per hex <- flink' },
      ],
      processingStyle: 'both',
      reason: 'surge needs seconds -> stream; report needs the daily file -> batch',
    });
    expect(codes(result, 'wrong')).not.toContain('design.output-freshness-misplaced');
    expect(codes(result, 'wrong')).not.toContain('design.use-case-sla-misplaced');
  });
});

describe('a calendar noun makes the word before it an occasion, not a thing', () => {
  it.each([
    ['ops (sale days)', ['sale', 'days']],
    ['analysts on match weekends', ['match', 'weekends']],
    ['alerts in peak hours', ['peak', 'hours']],
    ['sales dashboards for leadership', []],
    ['kept 30 days', []],
  ])('%j: the occasion is %j', (text, expected) => {
    const read = readText(text);
    expect([...timeAdjunctTokens(read)].sort((a, b) => a - b).map((at) => read.tokens[at]?.norm)).toEqual(expected);
  });

  it('a reader "on sale days" fed stock per SKU is served inventory, not the sales dashboard', () => {
    const rubric = fixtureRubric({
      outputs: [
        { id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'sales', 'analysts'] },
        { id: 'stock-view', label: 'Stock view', synonyms: ['inventory', 'stock'] },
      ],
    });
    const result = scoreDesign(
      answer({
        outputs: [
          { consumer: 'analysts', store: 'marts in the warehouse' },
          { consumer: 'merchandisers (sale days)', store: 'stock per sku in redis <- flink' },
        ],
      }),
      rubric,
    );
    const named = result.findings.filter((finding) => finding.code === 'design.output-named').flatMap((finding) => finding.refs ?? []);
    expect(named.sort()).toEqual(['bi', 'stock-view']);
  });
});

describe('arrows and brackets relate the parts of a note', () => {
  it.each([
    'ledger pg postings -> debezium cdc (no nightly export)',
    'hl7 adt feed from rhapsody -> mllp listener -> kafka',
    'payment provider settlement file (fares charged, driver payouts)',
    'redis latest value per machine <- flink job',
  ])('%j is not a run of keywords', (text) => {
    expect(isKeywordRun(text, 8)).toBe(false);
  });

  it.each(['orders postgres cdc debezium kafka partner csv sftp files', 'x -> fraud scoring velocity features ledger reconciliation compliance audit archive'])(
    '%j still is: one stretch lists terms',
    (text) => {
      expect(isKeywordRun(text, 8)).toBe(true);
    },
  );
});
