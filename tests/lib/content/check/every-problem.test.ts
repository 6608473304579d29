import { describe, expect, it } from 'vitest';
import { checkCaseSync } from '../../../../lib/content/check/check-case';
import type { ContentProblem } from '../../../../lib/content/check/content-problem';
import { folder, lineOf, tinyCase } from './tiny-case';

/*
 * A mentor sees every problem of a case in one run: fact values, reference expressions, the curveball's
 * timing and the layout are checked even while the rubric has schema errors; what depends on a broken
 * file is skipped and said once.
 */

type Files = Record<string, string>;

function edited(edits: [name: string, from: string | RegExp, to: string][]): Files {
  const files = tinyCase();
  for (const [name, from, to] of edits) {
    const after = (files[name] ?? '').replace(from, to);
    if (after === files[name]) throw new Error(`the edit of ${name} changed nothing`);
    files[name] = after;
  }
  return files;
}

const problemsOf = (files: Files): ContentProblem[] => checkCaseSync(folder(files)).problems;
const at = (problems: ContentProblem[], path: string) => problems.find((problem) => problem.path === path);

const UNKNOWN_FIELD: [string, string, string] = ['rubric.yaml', 'tolerance: 0.25', 'tolerence: 0.25'];
const DUPLICATE_ENTITY: [string, RegExp, string] = ['rubric.yaml', /entities:\n {6}- id: customer\n {8}label: Customer\n {8}synonyms: \[user, account\]/, 'entities:\n      - id: customer\n        label: Customer\n      - id: customer\n        label: Client'];
const UNKNOWN_TOP_LEVEL: [string, string, string] = ['rubric.yaml', 'version: 1', 'version: 1\nauthor: me'];

describe('checkCaseSync reports every part it can check in one run', () => {
  for (const [name, schemaEdit] of [
    ['an unknown field', UNKNOWN_FIELD],
    ['a duplicate id', DUPLICATE_ENTITY],
    ['an unknown top-level field', UNKNOWN_TOP_LEVEL],
  ] as const) {
    it(`reports a fact value's unit, a reference's name and the curveball's timing alongside ${name}`, () => {
      const files = edited([schemaEdit, ['rubric.yaml', 'daily_ingest: 100 GB/day', 'daily_ingest: 100 GB/dya'], ['rubric.yaml', 'afterMinutes: 25', 'afterMinutes: 44']]);
      const problems = problemsOf(files);
      const rubric = files['rubric.yaml'] ?? '';
      const value = at(problems, 'steps.clarify.facts[1].values.daily_ingest') ?? at(problems, `steps.clarify.facts[${rubric.slice(0, rubric.indexOf('daily_ingest:')).split('topic:').length - 2}].values.daily_ingest`);
      expect(value).toMatchObject({ file: 'content/cases/tiny-case/rubric.yaml', line: lineOf(rubric, '100 GB/dya'), severity: 'error' });
      expect(value?.message).toBe('"100 GB/dya" uses the unknown unit "dya" (did you mean "day" or "days"?)');
      expect(value?.fix).toBe('write 100 GB/day');
      expect(at(problems, 'curveball.afterMinutes')?.message).toMatch(/^44 leaves the candidate 1 minute of the 45-minute interview/);
      expect(problems.some((problem) => problem.severity === 'error' && problem.code === 'schema')).toBe(true);
      // Grading the reference answers needs a valid rubric: said once, as a warning.
      expect(problems.filter((problem) => problem.code === 'not-checked' && problem.file.endsWith('rubric.yaml'))).toHaveLength(1);
    });
  }

  it('names an unknown name in a reference expression at its line, with the value meant and the fix', () => {
    const files = edited([UNKNOWN_FIELD, ['rubric.yaml', 'reference: daily_ingest * 365 day', 'reference: daily_ingestion * 365 day']]);
    const problem = at(problemsOf(files), 'steps.estimate.quantities[0].reference');
    expect(problem).toMatchObject({ line: lineOf(files['rubric.yaml'] ?? '', 'daily_ingestion') });
    expect(problem?.message).toBe('"daily_ingestion * 365 day" uses the unknown name "daily_ingestion" (did you mean "daily_ingest"?)');
    expect(problem?.fix).toBe('use the name of a fact value (steps.clarify.facts[].values): daily_ingest');
  });

  it('suggests a value sharing a word when no spelling is close (peak_multiplier -> peak_factor)', () => {
    const files = edited([
      ['rubric.yaml', 'daily_ingest: 100 GB/day', 'daily_ingest: 100 GB/day\n          peak_factor: 8'],
      ['rubric.yaml', 'reference: daily_ingest * 365 day', 'reference: daily_ingest * 365 day * peak_multiplier'],
    ]);
    expect(at(problemsOf(files), 'steps.estimate.quantities[0].reference')?.message).toMatch(/unknown name "peak_multiplier" \(did you mean "peak_factor"\?\)/);
  });

  it('reports an unknown unit in a fact value at its rubric.yaml line, not at the worksheet rows that use it', () => {
    for (const [written, fix] of [
      ['100 GB/dya', 'write 100 GB/day'],
      ['1 KB/evt', 'write 1 KB/event'],
      ['1 KB/evnt', 'write 1 KB/event'],
    ] as const) {
      const files = edited([['rubric.yaml', 'daily_ingest: 100 GB/day', `daily_ingest: ${written}`]]);
      const problems = problemsOf(files);
      const value = problems.find((problem) => problem.path.endsWith('values.daily_ingest'));
      expect(value, written).toMatchObject({ file: 'content/cases/tiny-case/rubric.yaml', line: lineOf(files['rubric.yaml'] ?? '', written), fix });
      expect(problems.filter((problem) => problem.file.endsWith('reference-estimate.json') && problem.code === 'reference-estimate' && problem.path.startsWith('rows'))).toEqual([]);
      // The reference that uses the broken value is not blamed a second time.
      expect(at(problems, 'steps.estimate.quantities[0].reference')).toBeUndefined();
    }
  });

  it('checks the layout while the rubric is broken, and says the drawing waits for the layout', () => {
    const files = edited([UNKNOWN_FIELD, ['reference-layout.yaml', /title: (\w)/, 'titel: $1']]);
    const problems = problemsOf(files);
    expect(problems.some((problem) => problem.file.endsWith('reference-layout.yaml') && problem.message === '"titel" is not a field here')).toBe(true);
    expect(problems.filter((problem) => problem.file.endsWith('reference.excalidraw')).map((problem) => [problem.severity, problem.message])).toEqual([
      ['warning', 'the drawing cannot be checked until reference-layout.yaml is fixed'],
    ]);
  });
});

describe('units a mentor writes', () => {
  for (const unit of ['min', 'mins', 'minute', 'minutes', 's', 'sec', 'h', 'ms']) {
    it(`accepts "${unit}" as a unit of duration`, () => {
      const files = edited([
        ['rubric.yaml', 'daily_ingest: 100 GB/day', 'daily_ingest: 100 GB/day\n          recovery_time: 5 min'],
        ['rubric.yaml', 'reference: daily_ingest * 365 day', 'reference: daily_ingest * 365 day\n      - id: recovery\n        title: Time to recover\n        dimension: duration\n        unit: ' + unit + '\n        builtFrom:\n          facts: [recovery_time]\n        reference: recovery_time * 2'],
      ]);
      expect(problemsOf(files).filter((problem) => problem.severity === 'error' && problem.file.endsWith('rubric.yaml'))).toEqual([]);
    });
  }

  it('lists the accepted units when a unit does not fit its dimension', () => {
    for (const [unit, dimension] of [
      ['GB', 'duration (s, min, hour, day, week, month (mo), year (yr)), not "GB"'],
      ['hours', 'data size (B, KB, MB, GB, TB, PB, or KiB, MiB, GiB, TiB), not "hours"'],
    ] as const) {
      const files = edited([['rubric.yaml', 'unit: TB', `unit: ${unit}`]]);
      if (unit === 'GB') files['rubric.yaml'] = (files['rubric.yaml'] ?? '').replace('dimension: data_size', 'dimension: duration');
      expect(at(problemsOf(files), 'steps.estimate.quantities[0].unit')?.message).toBe(`expected a unit of ${dimension}`);
    }
  });
});
