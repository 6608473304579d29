import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.join('node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['scripts/eval.ts', ...args], { encoding: 'utf8' });

describe('eval --only', () => {
  it('keeps only the entries whose golden file name or id contains the text', () => {
    const all = run('--check');
    const only = run('--check', '--only', 'holdout-r4');
    expect(all.status).toBe(0);
    expect(only.status).toBe(0);
    const count = (out: string) => Number(/^(\d+) entries valid/.exec(out)?.[1]);
    expect(count(only.stdout)).toBeGreaterThan(0);
    expect(count(only.stdout)).toBeLessThan(count(all.stdout));
  });

  it('matches an id as well as a file name', () => {
    const byId = run('--check', '--only', 'card-payments-diagram-r4-gamed-miswired');
    expect(byId.status).toBe(0);
    expect(byId.stdout).toMatch(/^1 entries valid/);
  });

  it('refuses a filter that matches nothing, with a clear error', () => {
    const none = run('--check', '--only', 'no-such-golden-entry');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no golden entry matches --only "no-such-golden-entry"');
  });
});
