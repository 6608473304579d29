import { describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { loadCase, readCaseFiles } from '../../../lib/content/load-cases';
import { parseCaseFiles } from '../../../lib/content/parse-case-files';
import { rubricHash } from '../../../lib/content/rubric-hash';

const slug = 'ecommerce-data-platform';

describe('rubricHash', () => {
  it('is 16 hex digits and the same on every load', () => {
    const hash = rubricHash(loadCase(slug).rubric);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(rubricHash(loadCase(slug).rubric)).toBe(hash);
  });

  it('ignores YAML formatting, comments and key order', () => {
    const files = readCaseFiles(slug);
    const data = parse(files.rubricSource) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    const rewritten = `# reformatted by a test\n${stringify(reordered, { indent: 4 })}`;
    expect(rubricHash(parseCaseFiles({ ...files, rubricSource: rewritten }).rubric)).toBe(rubricHash(loadCase(slug).rubric));
  });

  it('changes when anything the engines read changes', () => {
    const files = readCaseFiles(slug);
    const original = rubricHash(loadCase(slug).rubric);
    const data = parse(files.rubricSource) as { steps: { clarify: { prompt?: string } } };
    data.steps.clarify.prompt = `${data.steps.clarify.prompt ?? ''} And one more thing.`;
    expect(rubricHash(parseCaseFiles({ ...files, rubricSource: stringify(data) }).rubric)).not.toBe(original);
  });

  it('differs between the shipped cases', () => {
    const slugs = ['ecommerce-data-platform', 'ride-hailing', 'card-payments', 'healthcare-records', 'iot-telemetry'];
    const hashes = new Set(slugs.map((name) => rubricHash(loadCase(name).rubric)));
    expect(hashes.size).toBe(slugs.length);
  });
});
