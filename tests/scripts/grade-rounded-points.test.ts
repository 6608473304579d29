import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `grade deep-dive` shows points as a reader would write them: a named point's missing two thirds is "-3.33", and the
// JSON keeps numbers, rounded to 2 decimals.
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'sdt-grade-round-'));
const answer = path.join(dir, 'named.json');
// The batch recompute only named: a third of its 5 points earned, 10/3 missing.
writeFileSync(answer, JSON.stringify({ prompt: 'late-readings', text: 'Windows on event time use the sensor timestamp so a late reading lands in its minute. A watermark of 5 minutes bounds state. We could add a batch.' }));
const grade = (...args: string[]) => spawnSync(tsx, ['scripts/grade.ts', 'deep-dive', '--case', 'iot-telemetry', answer, ...args], { encoding: 'utf8' });
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('grade deep-dive rounds points for display', () => {
  it('prints a third of a point with 2 decimals', () => {
    const result = grade();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('(-3.33)');
    expect(result.stdout).not.toMatch(/\d\.\d{3,}/);
  });

  it('keeps numbers in JSON, at most 2 decimals', () => {
    const result = grade('--json');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { earned: number; findings: { points: number }[]; points: { earned: number }[] };
    const numbers = [out.earned, ...out.findings.map((finding) => finding.points), ...out.points.map((point) => point.earned)];
    expect(numbers.every((value) => typeof value === 'number' && decimals(value) <= 2)).toBe(true);
    expect(out.findings.some((finding) => finding.points === 3.33)).toBe(true);
  });
});
