import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

function drill(...args: string[]) {
  return spawnSync(tsx, ['scripts/drill.ts', ...args], { encoding: 'utf8' });
}

describe('drill command line', () => {
  it('lists the generators as JSON', () => {
    const result = drill('--list', '--json');
    expect(result.status).toBe(0);
    const list = JSON.parse(result.stdout) as { id: string; topic: string; title: string }[];
    expect(list.length).toBeGreaterThanOrEqual(10);
    for (const item of list) expect(Object.keys(item).sort()).toEqual(['id', 'title', 'topic']);
    expect(list.map((item) => item.id)).toContain('sliding-windows');
  });

  it('prints one drill as JSON, the same for the same seed', { timeout: 90_000 }, () => {
    const first = drill('partition-count', '--seed', '42', '--json');
    expect(first.status).toBe(0);
    const view = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(Object.keys(view).sort()).toEqual(['explanation', 'id', 'prompt', 'seed', 'solution']);
    expect(view).toMatchObject({ id: 'partition-count', seed: 42 });
    expect(drill('partition-count', '--seed', '42', '--json').stdout).toBe(first.stdout);

    const answered = drill('partition-count', '--seed', '42', '--answer', String(view.solution), '--json');
    expect(answered.status).toBe(0);
    expect(JSON.parse(answered.stdout)).toMatchObject({ correct: true });

    const wrong = drill('partition-count', '--seed', '42', '--answer', 'a thousand and one', '--json');
    const checked = JSON.parse(wrong.stdout) as { correct: boolean; feedback: string };
    expect(checked.correct).toBe(false);
    expect(checked.feedback).toContain(String(view.solution));
  });

  it('keeps { correct, feedback } and adds readable: a refused answer shows the format, not the solution', { timeout: 90_000 }, () => {
    const view = JSON.parse(drill('restart-offsets', '--seed', '7', '--json').stdout) as { solution: string };
    const offsets = [...view.solution.matchAll(/p(\d+): (\d+)/g)].map((match) => [match[1], Number(match[2])]);
    const json = JSON.stringify({ orders: Object.fromEntries(offsets) });
    const read = JSON.parse(drill('restart-offsets', '--seed', '7', '--answer', json, '--json').stdout) as Record<string, unknown>;
    expect(read).toMatchObject({ correct: true, readable: true });
    const refused = JSON.parse(drill('restart-offsets', '--seed', '7', '--answer', 'the same as before', '--json').stdout) as { correct: boolean; readable: boolean; feedback: string };
    expect(refused).toMatchObject({ correct: false, readable: false });
    expect(refused.feedback).not.toContain(view.solution);
    const text = drill('late-event-watermark', '--seed', '3', '--answer', 'no idea');
    expect(text.stdout).toMatch(/^NOT QUITE/);
    expect(drill('late-event-watermark', '--seed', '3', '--answer', 'yes').stdout).toMatch(/^COULD NOT READ/);
  });

  it('prints readable text without --json', { timeout: 60_000 }, () => {
    const result = drill('sliding-windows', '--seed', '5');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Which sliding windows contain an event \(sliding-windows, seed 5\)/);
    expect(result.stdout).toContain('Solution: ');
    const answered = drill('sliding-windows', '--seed', '5', '--answer', '00:00-00:10');
    expect(answered.stdout).toMatch(/^NOT QUITE/);
  });

  // Spawning tsx is slow on a busy machine; these tests start it several times each.
  it('exits 2 with one line on stderr for an unknown id or a bad seed', { timeout: 90_000 }, () => {
    const unknown = drill('telepathy', '--seed', '1');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^drill: unknown drill "telepathy"/);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    // Each spawn starts tsx, so a few representative bad seeds (not a number, a dash that parseArgs trips on).
    for (const seed of ['4294967296', '-4']) {
      const bad = drill('consumer-idle', '--seed', seed);
      expect(bad.status, seed).toBe(2);
      expect(bad.stderr.trim().split('\n'), seed).toHaveLength(1);
    }
    const missing = drill('consumer-idle');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^drill: --seed N is required/);
  });
});
