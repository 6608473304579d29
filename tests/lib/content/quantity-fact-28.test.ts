import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCaseFiles } from '../../../lib/content/parse-case-files';

// A key point's `quantity.fact` is quoted to the learner as what the case says, so content:check holds it to the case's words.
const dir = 'content/cases/ride-hailing';
const rubricSource = readFileSync(`${dir}/rubric.yaml`, 'utf8');
const mdxSource = readFileSync(`${dir}/case.mdx`, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>;

function parseEdited(edit: (rubric: Editable) => void) {
  const data = parse(rubricSource) as Editable;
  edit(data);
  return () => parseCaseFiles({ slug: 'x', mdxPath: 'content/cases/x/case.mdx', mdxSource, rubricPath: 'content/cases/x/rubric.json', rubricSource: JSON.stringify(data) });
}

const watermark = (rubric: Editable) => (rubric.steps['deep-dive'].prompts as Editable[]).find((prompt) => prompt.id === 'surge-windows-late-data')?.keyPoints.find((point: Editable) => point.id === 'watermark');

describe('quantity.fact: the case fact a key point\'s range comes from', () => {
  it('accepts the shipped watermark fact, quoted from a clarify fact', () => {
    expect(parseEdited(() => undefined)).not.toThrow();
    expect(watermark(parse(rubricSource) as Editable).quantity.fact).toMatch(/few minutes late/);
  });

  it('refuses a fact the case never states', () => {
    expect(parseEdited((rubric) => (watermark(rubric).quantity.fact = 'pings arrive up to an hour late'))).toThrow(/is not in the prompt's question or any clarify fact/);
  });

  it('accepts a fact quoted from the prompt\'s question, whatever its case and spacing', () => {
    expect(parseEdited((rubric) => (watermark(rubric).quantity.fact = 'Pings arrive  out of order and up to minutes late'))).not.toThrow();
  });

  it('refuses a cue with no word in it', () => {
    expect(parseEdited((rubric) => (watermark(rubric).quantity.cue = ['--']))).toThrow(/a cue is a word/);
  });
});
