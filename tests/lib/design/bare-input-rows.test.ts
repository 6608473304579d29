import { describe, expect, it } from 'vitest';
import { scoreDesign } from '@/lib/design/score-design';
import { BARE_INPUT_POINTS, INPUT_POINTS } from '@/lib/design/score-inputs';
import type { StepResult } from '@/lib/scoring/finding';
import { answer, fixtureRubric } from './fixture-rubric';

// A source named in a word or two with nothing about how it arrives ("postgres", no format, no rate) is the right
// noun but not a design of its ingestion: the interviewer credits most of the name and asks for the details.
const rubric = fixtureRubric();
const rest = {
  useCase: 'Daily revenue dashboards for analysts.',
  sla: 'within 5 minutes',
  outputs: [{ consumer: 'analysts', store: 'Looker dashboards on the warehouse' }],
  processingStyle: 'both',
  reason: 'Order changes stream for freshness; partner files arrive nightly, so batch.',
};
const grade = (inputs: unknown[]): StepResult => scoreDesign(answer({ ...rest, inputs }), rubric);
const namedPoints = (result: StepResult) => result.findings.filter((finding) => finding.code === 'design.input-named').reduce((sum, finding) => sum + (finding.points ?? 0), 0);

describe('a bare input row earns part of its name', () => {
  it('two bare rows keep all but the detail points', () => {
    const result = grade([
      { name: 'postgres', mode: 'stream', format: '', rate: '' },
      { name: 'csv files', mode: 'batch', format: '', rate: '' },
    ]);
    expect(namedPoints(result)).toBe(2 * (INPUT_POINTS - BARE_INPUT_POINTS));
    expect(result.findings.find((finding) => finding.code === 'design.input-details')?.severity).toBe('missing');
  });

  it.each([
    [{ name: 'postgres', mode: 'stream', format: 'Avro', rate: '' }],
    [{ name: 'postgres', mode: 'stream', format: '', rate: '200/s' }],
    [{ name: 'Orders from the shop Postgres via logical replication', mode: 'stream', format: '', rate: '' }],
  ])('a format, a rate or a described source earns the name in full: %j', (row) => {
    const result = grade([row, { name: 'partner CSV on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' }]);
    expect(namedPoints(result)).toBe(2 * INPUT_POINTS);
    expect(result.findings.find((finding) => finding.code === 'design.input-details')?.severity).toBe('hint');
  });

  it('details score above bare names', () => {
    const bare = grade([{ name: 'postgres', mode: 'stream' }, { name: 'csv files', mode: 'batch' }]).score;
    const detailed = grade([
      { name: 'postgres', mode: 'stream', format: 'Avro', rate: '200/s' },
      { name: 'csv files', mode: 'batch', format: 'CSV', rate: 'nightly' },
    ]).score;
    expect(detailed).toBeGreaterThan(bare);
  });
});
