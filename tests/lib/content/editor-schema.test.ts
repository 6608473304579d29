import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorSchemas, schemaFileText, vocabularyMarkdown } from '../../../lib/content/editor-schema';
import { CLARIFY_TOPICS } from '../../../lib/content/clarify-topics';
import { COMPONENT_KINDS } from '../../../lib/diagram/component-kinds';
import { DIMENSION_IDS } from '../../../lib/units/dimensions';
import { scaffoldCaseFiles } from '../../../scripts/cli/case-scaffold';

const repo = process.cwd();

describe('editor schemas', () => {
  it('are committed as generated (run npx tsx scripts/content-schema.ts after changing a schema)', () => {
    for (const [name, schema] of Object.entries(editorSchemas())) {
      expect(readFileSync(path.join(repo, 'content/schema', name), 'utf8'), `content/schema/${name} is out of date`).toBe(schemaFileText(schema));
    }
  });

  it('list the allowed values with their meaning', () => {
    const text = JSON.stringify(editorSchemas()['rubric.schema.json']);
    for (const topic of CLARIFY_TOPICS) expect(text).toContain(`"${topic}"`);
    expect(text).toContain('"enumDescriptions"');
    expect(text).toContain('Scope and reference product');
    expect(text).toContain('real-time OLAP store (e.g. Druid, Pinot, ClickHouse)');
    expect(text).toContain('clicks/s');
    const layout = JSON.stringify(editorSchemas()['reference-layout.schema.json']);
    expect(layout).toContain('"realtime_olap"');
  });

  it('is what the scaffold points its YAML files at', () => {
    const files = Object.fromEntries(scaffoldCaseFiles('food-delivery'));
    expect(files['rubric.yaml']?.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/rubric.schema.json');
    expect(files['reference-layout.yaml']?.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/reference-layout.schema.json');
    // The scaffold's own files satisfy the schemas' required fields (a smoke check that the schema reads YAML data).
    const required = (editorSchemas()['rubric.schema.json'] as { required?: string[] }).required ?? [];
    expect(Object.keys(parse(files['rubric.yaml'] ?? '') as object)).toEqual(expect.arrayContaining(required));
  });
});

describe('AUTHORING.md', () => {
  const authoring = readFileSync(path.join(repo, 'AUTHORING.md'), 'utf8');

  it('carries the generated allowed values', () => {
    expect(authoring, 'run npx tsx scripts/content-schema.ts').toContain(`\n\n${vocabularyMarkdown()}\n\n<!-- allowed-values:end -->`);
  });

  it('lists every topic, component kind and dimension a case may use', () => {
    const section = authoring.slice(authoring.indexOf('## Allowed values'));
    for (const value of [...CLARIFY_TOPICS, ...COMPONENT_KINDS.filter((kind) => kind !== 'unknown'), ...DIMENSION_IDS]) expect(section).toContain(`| \`${value}\` |`);
  });

  it('states the curveball timing rule', () => {
    expect(authoring).toMatch(/at least 10 minutes before the end/);
  });
});
