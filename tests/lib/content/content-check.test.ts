import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = process.cwd();
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
const script = path.join(repo, 'scripts', 'content-check.ts');
let scratch: string | undefined;

/** A copy of the content folder to break on purpose, checked by the real command. */
function scratchCopy(): string {
  scratch = mkdtempSync(path.join(tmpdir(), 'sdt-content-'));
  cpSync(path.join(repo, 'content'), path.join(scratch, 'content'), { recursive: true });
  return scratch;
}

function check(cwd: string) {
  return spawnSync(tsx, ['--tsconfig', path.join(repo, 'tsconfig.json'), script], { cwd, encoding: 'utf8' });
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('npm run content:check', { timeout: 180_000 }, () => {
  it('passes on the repository content', () => {
    const out = execFileSync(tsx, [script], { cwd: repo, encoding: 'utf8' });
    expect(out).toMatch(/content:check: \d+ cases? valid/);
  });

  it('exits 2 with one line naming the file, line, column and path of a broken rubric', () => {
    const dir = scratchCopy();
    const rubric = path.join(dir, 'content/cases/ecommerce-data-platform/rubric.yaml');
    const source = readFileSync(rubric, 'utf8');
    const broken = source.replace('unit: TB\n        builtFrom:\n          facts: [daily_ingest, hot_retention]', 'unit: GB/day\n        builtFrom:\n          facts: [daily_ingest, hot_retention]');
    writeFileSync(rubric, broken);
    const line = broken.slice(0, broken.indexOf('unit: GB/day')).split('\n').length;
    const result = check(dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `content/cases/ecommerce-data-platform/rubric.yaml: warning: the case's reference answers (diagram and worksheet) are graded by the rubric only once it is valid\n  fix: fix the errors in this file, then check again\n` +
        `content/cases/ecommerce-data-platform/rubric.yaml:${line}:15: steps.estimate.quantities[2].unit: expected a unit of data size (B, KB, MB, GB, TB, PB, or KiB, MiB, GiB, TiB), not "GB/day"\n`,
    );
    expect(result.stdout).toBe('content:check: 1 error, 1 warning in content/cases/ecommerce-data-platform\n');
  });

  it('checks one case by its slug, and names an unknown slug with the closest one', () => {
    const one = spawnSync(tsx, ['--tsconfig', path.join(repo, 'tsconfig.json'), script, 'ride-hailing'], { cwd: repo, encoding: 'utf8' });
    expect(one.stdout).toBe('content:check: 1 case valid (ride-hailing)\n');
    expect(one.status).toBe(0);
    const typo = spawnSync(tsx, ['--tsconfig', path.join(repo, 'tsconfig.json'), script, 'ride-hailling'], { cwd: repo, encoding: 'utf8' });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^content\/cases\/ride-hailling: no such case \(did you mean "ride-hailing"\?\)/);
  });

  it('reports every problem of every file at once, and as JSON with --json', () => {
    const dir = scratchCopy();
    const edit = (file: string, change: (text: string) => string) => {
      const full = path.join(dir, 'content/cases/ecommerce-data-platform', file);
      writeFileSync(full, change(readFileSync(full, 'utf8')));
    };
    edit('rubric.yaml', (text) => text.replace('topic: retention', 'topic: retension'));
    edit('reference-estimate.json', (text) => text.replace('daily_ingest', 'daily_ingets'));
    edit('case.mdx', (text) => text.replace('durationMinutes: 45', 'durationMinutes: 30'));
    const result = spawnSync(tsx, ['--tsconfig', path.join(repo, 'tsconfig.json'), script, 'ecommerce-data-platform', '--json'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: { file: string; line?: number; code: string; message: string; fix?: string }[] };
    expect(report.ok).toBe(false);
    const messages = report.problems.map((problem) => `${problem.file.split('/').pop()}:${problem.line ?? '-'} ${problem.message} ${problem.fix ?? ''}`);
    expect(messages.some((text) => /^rubric\.yaml:\d+ "retension" is not one of the allowed values did you mean "retention"\?/.test(text))).toBe(true);
    expect(messages.some((text) => /^reference-estimate\.json:\d+ row "[a-z_]+": unknown name "daily_ingets".*did you mean "daily_ingest"/.test(text))).toBe(true);
  });

  it('refuses MDX that uses a component the app does not provide', () => {
    const dir = scratchCopy();
    const mdx = path.join(dir, 'content/cases/ecommerce-data-platform/case.mdx');
    writeFileSync(mdx, `${readFileSync(mdx, 'utf8')}\n<Chart data={1} />\n`);
    const result = check(dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^content\/cases\/ecommerce-data-platform\/case\.mdx:\d+:1: unknown component <Chart>/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses MDX that does not compile', () => {
    const dir = scratchCopy();
    const mdx = path.join(dir, 'content/cases/ecommerce-data-platform/case.mdx');
    writeFileSync(mdx, `${readFileSync(mdx, 'utf8')}\n<Callout title="x">\nunclosed\n`);
    const result = check(dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^content\/cases\/ecommerce-data-platform\/case\.mdx:\d+:1: .*MDX does not compile/);
  });
});
