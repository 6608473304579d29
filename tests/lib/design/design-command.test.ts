import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliInputError } from '@/lib/cli/cli-error';
import { stepResultSchema } from '@/lib/scoring/finding';
import { designCommand } from '@/scripts/grade/design-command';
import { SEED_SLUG, seedRubric } from '../clarify/seed-case';

const scratch = mkdtempSync(path.join(tmpdir(), 'sdt-design-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const target = path.join(scratch, name);
  writeFileSync(target, content);
  return target;
}

const run = (positionals: string[]) => designCommand.run({ caseSlug: SEED_SLUG, json: true, positionals });
const runWithoutCase = (positionals: string[]) => designCommand.run({ json: true, positionals });

describe.runIf(seedRubric())('grade design', () => {
  it('prints the step result as { score, findings }', async () => {
    const input = file('design.json', JSON.stringify({ inputs: [{ name: 'Clickstream', mode: 'stream' }], sla: '5 minutes', processingStyle: 'both' }));
    const output = await run([input]);
    const result = stepResultSchema.parse(output.json);
    expect(Object.keys(output.json as object).sort()).toEqual(['findings', 'score']);
    expect(result.score).toBeGreaterThan(0);
    expect(output.human).toMatch(/^Design, E-commerce data platform: \d+\/100/);
  });

  it('refuses a malformed file with one line naming the file and the zod path', () => {
    const input = file('bad.json', JSON.stringify({ inputs: [{ name: 'x', mode: 'kafka' }] }));
    expect(() => run([input])).toThrow(CliInputError);
    expect(() => run([input])).toThrow(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: inputs\\[0\\]\\.mode: `));
  });

  it('refuses invalid JSON, a missing file and a missing case', () => {
    expect(() => run([file('broken.json', '{')])).toThrow(/not valid JSON/);
    expect(() => run([path.join(scratch, 'absent.json')])).toThrow(/no such file/);
    expect(() => runWithoutCase([file('ok.json', '{}')])).toThrow(/missing --case/);
  });
});
