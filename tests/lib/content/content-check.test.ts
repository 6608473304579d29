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
  return spawnSync(tsx, [script], { cwd, encoding: 'utf8' });
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('npm run content:check', () => {
  it('passes on the repository content', () => {
    const out = execFileSync(tsx, [script], { cwd: repo, encoding: 'utf8' });
    expect(out).toMatch(/content:check: \d+ cases? valid/);
  });

  it('exits 2 with one line naming the file and path of a broken rubric', () => {
    const dir = scratchCopy();
    const rubric = path.join(dir, 'content/cases/ecommerce-data-platform/rubric.yaml');
    writeFileSync(rubric, readFileSync(rubric, 'utf8').replace('unit: TB\n        builtFrom:\n          facts: [daily_ingest, hot_retention]', 'unit: GB/day\n        builtFrom:\n          facts: [daily_ingest, hot_retention]'));
    const result = check(dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('content/cases/ecommerce-data-platform/rubric.yaml: steps.estimate.quantities[2].unit: expected a unit of data size\n');
  });

  it('refuses MDX that uses a component the app does not provide', () => {
    const dir = scratchCopy();
    const mdx = path.join(dir, 'content/cases/ecommerce-data-platform/case.mdx');
    writeFileSync(mdx, `${readFileSync(mdx, 'utf8')}\n<Chart data={1} />\n`);
    const result = check(dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^content\/cases\/ecommerce-data-platform\/case\.mdx: unknown component <Chart>/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses MDX that does not compile', () => {
    const dir = scratchCopy();
    const mdx = path.join(dir, 'content/cases/ecommerce-data-platform/case.mdx');
    writeFileSync(mdx, `${readFileSync(mdx, 'utf8')}\n<Callout title="x">\nunclosed\n`);
    const result = check(dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^content\/cases\/ecommerce-data-platform\/case\.mdx: .*MDX does not compile/);
  });
});
