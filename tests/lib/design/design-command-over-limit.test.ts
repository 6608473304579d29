import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliInputError } from '@/lib/cli/cli-error';
import { designCommand } from '@/scripts/grade/design-command';
import { SEED_SLUG, seedRubric } from '../clarify/seed-case';

// The stored design keeps a field past its graded limit; `grade design` refuses to grade it, with the step page's sentence.

const scratch = mkdtempSync(path.join(tmpdir(), 'sdt-design-over-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(seedRubric())('grade design with a field over its limit', () => {
  it('exits with one line naming the file, the field and how much to cut', () => {
    const target = path.join(scratch, 'long-store.json');
    writeFileSync(target, JSON.stringify({ outputs: [{ consumer: 'Finance analysts', store: 'BigQuery partitioned by day; '.repeat(20) }], sla: 'daily by 06:00' }));
    const run = () => designCommand.run({ caseSlug: SEED_SLUG, json: true, positionals: [target] });
    expect(run).toThrow(CliInputError);
    expect(run).toThrow(`${target}: Consumer 1's serving store is 580 characters, 80 over the 500 limit: shorten it to submit the design for grading.`);
  });
});
