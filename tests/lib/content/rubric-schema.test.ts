import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError } from '../../../lib/content/content-error';
import { parseCaseFiles } from '../../../lib/content/parse-case-files';
import type { RawCaseFiles } from '../../../lib/content/parse-case-files';

const seedDir = 'content/cases/ecommerce-data-platform';
const seedRubric = readFileSync(`${seedDir}/rubric.yaml`, 'utf8');
const seedMdx = readFileSync(`${seedDir}/case.mdx`, 'utf8');

function files(overrides: Partial<RawCaseFiles> = {}): RawCaseFiles {
  return {
    slug: 'x',
    mdxPath: 'content/cases/x/case.mdx',
    mdxSource: seedMdx,
    rubricPath: 'content/cases/x/rubric.yaml',
    rubricSource: seedRubric,
    ...overrides,
  };
}

// Tests reach into arbitrary places of the rubric's plain data to break them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>;

/** Parses the seed rubric, applies an edit to its data and returns the content:check message. */
function messageFor(edit: (rubric: Editable) => void): string {
  const data = parse(seedRubric) as Editable;
  edit(data);
  try {
    parseCaseFiles(files({ rubricPath: 'content/cases/x/rubric.json', rubricSource: JSON.stringify(data) }));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the rubric to be refused');
}

describe('case content validation', () => {
  it('refuses a curveball that leaves the candidate less than 10 minutes to respond', () => {
    expect(messageFor((rubric) => (rubric.curveball.afterMinutes = 44))).toBe(
      'content/cases/x/rubric.json: curveball.afterMinutes: 44 leaves the candidate 1 minute of the 45-minute interview (durationMinutes in case.mdx) to respond; announce it at least 10 minutes before the end, at minute 35 or earlier',
    );
    expect(messageFor((rubric) => (rubric.curveball.afterMinutes = 60))).toMatch(/: 60 leaves the candidate 0 minutes of the 45-minute interview/);
    expect(messageFor((rubric) => (rubric.curveball.afterMinutes = 36))).toMatch(/: 36 leaves the candidate 9 minutes/);
  });

  it('accepts a curveball exactly 10 minutes before the end', () => {
    const data = parse(seedRubric) as Editable;
    data.curveball.afterMinutes = 35;
    expect(() => parseCaseFiles(files({ rubricPath: 'content/cases/x/rubric.json', rubricSource: JSON.stringify(data) }))).not.toThrow();
  });

  it('accepts the seed case', () => {
    const content = parseCaseFiles(files({ slug: 'ecommerce-data-platform' }));
    expect(content.frontmatter.title).toBe('E-commerce data platform');
    expect(content.rubric.steps.clarify.facts.length).toBeGreaterThanOrEqual(13);
    expect(content.body).toContain('## The brief');
  });

  it('names the file and the path of a unit that does not fit its dimension', () => {
    expect(messageFor((rubric) => (rubric.steps.estimate.quantities[2].unit = 'GB/day'))).toBe(
      'content/cases/x/rubric.json: steps.estimate.quantities[2].unit: expected a unit of data size (B, KB, MB, GB, TB, PB, or KiB, MiB, GiB, TiB), not "GB/day"',
    );
  });

  it('refuses a reference expression of the wrong dimension', () => {
    expect(messageFor((rubric) => (rubric.steps.estimate.quantities[0].reference = 'daily_ingest'))).toMatch(
      /^content\/cases\/x\/rubric\.json: steps\.estimate\.quantities\[0\]\.reference: evaluates to GB \/ day, expected a data size$/,
    );
  });

  it('refuses a reference to a value no fact reveals', () => {
    expect(messageFor((rubric) => (rubric.steps.estimate.quantities[0].reference = 'nightly_ingest * 365 day'))).toMatch(
      /steps\.estimate\.quantities\[0\]\.reference: "nightly_ingest \* 365 day" uses the unknown name "nightly_ingest" \(did you mean "daily_ingest"\?\)/,
    );
  });

  it('refuses an unknown topic, a duplicate id and an unknown field', () => {
    expect(messageFor((rubric) => (rubric.steps.clarify.facts[0].topic = 'vibes'))).toMatch(/steps\.clarify\.facts\[0\]\.topic: Invalid option/);
    expect(messageFor((rubric) => (rubric.steps.clarify.facts[1].id = rubric.steps.clarify.facts[0].id))).toMatch(
      /steps\.clarify\.facts\[1\]: duplicate fact id "reference-product"/,
    );
    expect(messageFor((rubric) => (rubric.steps.clarify.extra = true))).toMatch(/steps\.clarify: Unrecognized key: "extra"/);
  });

  it('reports YAML syntax errors with a line number', () => {
    expect(() => parseCaseFiles(files({ rubricSource: 'version: 1\nsteps:\n  clarify: [\n' }))).toThrow(/^content\/cases\/x\/rubric\.yaml: line \d+: /);
  });

  it('checks the frontmatter', () => {
    expect(() => parseCaseFiles(files({ mdxSource: '# no frontmatter' }))).toThrow('content/cases/x/case.mdx: missing frontmatter');
    const badDifficulty = seedMdx.replace('difficulty: intermediate', 'difficulty: impossible');
    expect(() => parseCaseFiles(files({ mdxSource: badDifficulty }))).toThrow(/^content\/cases\/x\/case\.mdx: difficulty: Invalid option/);
  });

  it('refuses a folder name that is not a URL slug', () => {
    expect(() => parseCaseFiles(files({ slug: 'My Case' }))).toThrow(/must be kebab-case/);
  });
});
