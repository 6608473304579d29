import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readScene } from '../../lib/canvas/read-scene';
import { CLARIFY_TOPICS } from '../../lib/content/clarify-topics';
import { loadCase } from '../../lib/content/load-cases';
import { loadReferenceScene, loadReferenceWorksheet } from '../../lib/content/reference-files';
import { scoreDiagram } from '../../lib/diagram/score-diagram';
import { gradeEstimate } from '../../lib/estimate';

const repo = process.cwd();
const casesDir = path.join(repo, 'content', 'cases');
const onlySeedCase = (source: string) => {
  const relative = path.relative(casesDir, source);
  return relative.startsWith('..') || relative === '' || relative.split(path.sep)[0] === 'ecommerce-data-platform';
};
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
let scratch: string | undefined;

/** A copy of the content folder, so the scaffold never lands in the repository. */
function scratchCopy(): string {
  scratch = mkdtempSync(path.join(tmpdir(), 'sdt-content-new-'));
  // Only the seed case: other cases may be half-written while this runs.
  cpSync(path.join(repo, 'content'), path.join(scratch, 'content'), { recursive: true, filter: (source) => onlySeedCase(source) });
  return scratch;
}

const run = (script: string, cwd: string, ...args: string[]) => spawnSync(tsx, ['--tsconfig', path.join(repo, 'tsconfig.json'), path.join(repo, 'scripts', script), ...args], { cwd, encoding: 'utf8' });

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('npm run content:new', { timeout: 300_000 }, () => {
  it('scaffolds a case that passes content:check and its own rubric', () => {
    const dir = scratchCopy();
    const created = run('content-new.ts', dir, '--', 'food-delivery');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const folder = path.join(dir, 'content/cases/food-delivery');
    expect(readdirSync(folder).sort()).toEqual(['case.mdx', 'reference-estimate.json', 'reference-layout.yaml', 'reference.excalidraw', 'rubric.yaml', 'write-up.mdx']);

    const check = run('content-check.ts', dir, 'food-delivery');
    // Valid, with a warning (and its fix) for each placeholder still to write.
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^content:check: 1 case valid \(food-delivery\) with \d+ warnings\n$/);
    const warnings = check.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('  fix: '));
    expect(warnings.length).toBeGreaterThan(10);
    for (const line of warnings) expect(line).toMatch(/^content\/cases\/food-delivery\/[a-z.-]+:\d+:\d+: warning: leftover scaffold text \(TODO\)$/);

    const { rubric } = loadCase('food-delivery', dir);
    expect(new Set(rubric.steps.clarify.facts.map((fact) => fact.topic))).toEqual(new Set(CLARIFY_TOPICS));
    expect(rubric.curveball).toBeDefined();
    expect(rubric.dataModel).toBeDefined();
    expect(scoreDiagram(readScene(loadReferenceScene('food-delivery', dir)), rubric).score).toBeGreaterThanOrEqual(95);
    expect(gradeEstimate(loadReferenceWorksheet('food-delivery', dir), rubric).score).toBe(100);
  });

  it('refuses a folder that already exists', () => {
    const dir = scratchCopy();
    const result = run('content-new.ts', dir, 'ecommerce-data-platform');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('content/cases/ecommerce-data-platform: already exists; pick another slug or edit that case\n');
  });

  it('refuses a slug that is not kebab-case, creating nothing', () => {
    const dir = scratchCopy();
    const result = run('content-new.ts', dir, 'Food_Delivery');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^content\/cases\/Food_Delivery: "Food_Delivery" is not a kebab-case slug/);
    expect(existsSync(path.join(dir, 'content/cases/Food_Delivery'))).toBe(false);
  });
});
