import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase } from '../../lib/content/check/check-case';
import { formatProblem } from '../../lib/content/check/content-problem';
import type { ContentProblem } from '../../lib/content/check/content-problem';
import { compileMdx } from '../../lib/content/compile-mdx';
import { listCaseSlugs } from '../../lib/content/load-cases';
import { readCaseFolder } from '../../lib/content/read-case-folder';

/*
 * Self-consistency of every case in content/cases, through the same check content:check and the build
 * run (lib/content/check/check-case.ts): its own reference answers pass its own rubric, empty or weak
 * answers do not, every clarify topic has a fact, the drawing is current. A new case folder is picked
 * up automatically; a failure lists the problems as content:check prints them.
 */

const slugs = listCaseSlugs();

it('finds at least one case', () => {
  expect(slugs.length).toBeGreaterThan(0);
});

describe.each(slugs)('case %s', { timeout: 120_000 }, (slug) => {
  let problems: ContentProblem[] = [];
  beforeAll(async () => {
    problems = await checkCase(readCaseFolder(slug), { compileMdx });
  }, 120_000);
  const errors = (...codes: string[]) =>
    problems
      .filter((problem) => problem.severity === 'error' && (codes.length === 0 || codes.includes(problem.code)))
      .map(formatProblem)
      .join('\n');

  it('has every file and passes every check', () => {
    expect(errors(), `${slug}:`).toBe('');
  });

  it('scores its reference diagram at least 95, an empty one 0 and a weak one below 50', () => {
    expect(errors('reference-diagram', 'empty-diagram', 'weak-diagram', 'stale-drawing')).toBe('');
  });

  it('gives its reference worksheet full marks and an empty one 0', () => {
    expect(errors('reference-estimate', 'empty-estimate')).toBe('');
  });

  it('has no leftover scaffold text and no arrow crossing a box', () => {
    expect(problems.filter((problem) => problem.severity === 'warning').map(formatProblem).join('\n')).toBe('');
  });
});
