import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { designAnswerSchema } from '@/lib/design/design-answer-schema';
import { INPUT_POINTS, WRONG_WAY_INPUT_SHARE } from '@/lib/design/score-inputs';
import { scoreDesign } from '@/lib/design/score-design';

const inputFindings = (slug: string, row: { name: string; mode: string }) =>
  scoreDesign(designAnswerSchema.parse({ inputs: [{ ...row, format: 'CSV', rate: 'daily' }] }), loadCase(slug).rubric).findings;

// Sources that only arrive in batches, declared as streams: the pipeline described cannot exist.
const streamedFiles: [string, string, string][] = [
  ['ecommerce-data-platform', 'Partner CSV files', 'partner-files'],
  ['card-payments', 'Clearing files from Visa', 'clearing-files'],
  ['healthcare-records', 'Payer claims files', 'claims-files'],
  ['ride-hailing', 'Payment settlement file', 'settlement-files'],
  ['iot-telemetry', 'Asset registry CSV export', 'asset-registry'],
];

describe('a batch-only source declared a stream keeps half its naming points', () => {
  it.each(streamedFiles)('%s: %s as a stream', (slug, name, id) => {
    const findings = inputFindings(slug, { name, mode: 'stream' }).filter((finding) => finding.refs?.[0] === id);
    expect(findings.find((finding) => finding.code === 'design.input-named')?.points).toBe(INPUT_POINTS * WRONG_WAY_INPUT_SHARE);
    expect(findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(['design.input-wrong-way', 'design.input-mode-wrong']));
  });

  it.each(streamedFiles)('%s: %s as batch keeps them all', (slug, name, id) => {
    const findings = inputFindings(slug, { name, mode: 'batch' }).filter((finding) => finding.refs?.[0] === id);
    expect(findings.find((finding) => finding.code === 'design.input-named')?.points).toBe(INPUT_POINTS);
    expect(findings.map((finding) => finding.code)).not.toContain('design.input-wrong-way');
  });

  it.each([
    ['ecommerce-data-platform', 'Orders DB nightly dump', 'oltp-database'],
    ['iot-telemetry', 'Sensor readings collected hourly', 'sensor-telemetry'],
  ])('%s: a stream source batched is a stale choice graded by its mode only (%s)', (slug, name, id) => {
    const findings = inputFindings(slug, { name, mode: 'batch' }).filter((finding) => finding.refs?.[0] === id);
    expect(findings.find((finding) => finding.code === 'design.input-named')?.points).toBe(INPUT_POINTS);
    expect(findings.map((finding) => finding.code)).toContain('design.input-mode-wrong');
  });
});
