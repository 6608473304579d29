import { z } from 'zod';
import { caseFrontmatterSchema } from './case-frontmatter-schema';
import { referenceLayoutSchema } from './reference-layout-schema';
import { rubricSchema } from './rubric-schema';
import { CURVEBALL_RULE, vocabularies } from './vocabulary';
import type { Vocabulary } from './vocabulary';

/*
 * JSON Schemas for a mentor's editor (VS Code's YAML extension reads the `# yaml-language-server:
 * $schema=` line content:new writes), generated from the zod schemas so they never drift: allowed
 * values come with descriptions, and the fields that take units say which.
 */

type JsonObject = Record<string, unknown>;

/** The vocabulary whose values are exactly this enum's (the reader's `unknown` kind aside), so its values get their descriptions. */
function vocabularyFor(values: readonly unknown[]): Vocabulary | undefined {
  const set = new Set(values.map(String).filter((value) => value !== 'unknown'));
  return vocabularies().find((vocabulary) => vocabulary.terms.length === set.size && vocabulary.terms.every((term) => set.has(term.value)));
}

/** Adds descriptions to every enum of a vocabulary, wherever it sits in the schema. */
function describeEnums(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(describeEnums);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const object = node as JsonObject;
  if (Array.isArray(object.enum)) {
    const vocabulary = vocabularyFor(object.enum);
    if (vocabulary) {
      const byValue = new Map(vocabulary.terms.map((term) => [term.value, term.description]));
      const descriptions = object.enum.map((value) => byValue.get(String(value)) ?? '');
      object.description ??= `${vocabulary.title} (see AUTHORING.md, "Allowed values")`;
      // VS Code's JSON and YAML language services show these beside each completion.
      object.enumDescriptions = descriptions;
      object.markdownEnumDescriptions = descriptions;
    }
  }
  for (const value of Object.values(object)) describeEnums(value);
}

/** The sub-schema at a path of property names (`items` steps into arrays). */
function at(schema: JsonObject, path: readonly string[]): JsonObject | undefined {
  let node: JsonObject | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    node = key === 'items' ? (node.items as JsonObject | undefined) : ((node.properties as Record<string, JsonObject> | undefined)?.[key] ?? (node.additionalProperties as JsonObject | undefined));
  }
  return node;
}

function describe(schema: JsonObject, path: readonly string[], description: string, examples?: readonly unknown[]): void {
  const node = at(schema, path);
  if (!node) throw new Error(`editor schema: no field at ${path.join('.')}`);
  node.description = description;
  if (examples) node.examples = [...examples];
}

const units = (id: string) => vocabularies().find((vocabulary) => vocabulary.id === id)?.terms.map((term) => `${term.value}: ${term.description}`).join('; ') ?? '';

function toJson(schema: z.ZodType, title: string): JsonObject {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  describeEnums(json);
  return { ...json, title };
}

/** The editor schemas by file name (`rubric.schema.json`...), each a JSON Schema (draft 2020-12) object. */
export function editorSchemas(): Record<string, JsonObject> {
  const rubric = toJson(rubricSchema, 'rubric.yaml of a System Design Trainer case');
  const quantity = ['steps', 'estimate', 'quantities', 'items'];
  describe(rubric, [...quantity, 'unit'], `The unit the answer is shown in; it must measure the quantity's dimension. ${units('dimensions')}`, ['TB', 'GB/day', 'events/s', 'hours', '']);
  describe(rubric, [...quantity, 'reference'], 'An expression over the facts\' value names, with units: daily_ingest * 365 day', ['daily_ingest * 365 day', 'peak_events_per_second * 1 KB/event']);
  describe(rubric, ['steps', 'clarify', 'facts', 'items', 'values'], `Numbers this fact reveals, by snake_case name, with units. ${units('value-patterns')}`, [{ daily_ingest: '200 GB/day', peak_clicks: '50000 clicks/s' }]);
  describe(rubric, ['steps', 'estimate', 'typicalValues', 'items', 'value'], 'A realistic intermediate figure, such as a size per event', ['1 KB/event', '200 B/event']);
  describe(rubric, ['curveball', 'afterMinutes'], `When the interviewer announces the curveball, in minutes of the interview clock: ${CURVEBALL_RULE}.`, [25]);
  return {
    'rubric.schema.json': rubric,
    'reference-layout.schema.json': toJson(referenceLayoutSchema, 'reference-layout.yaml of a System Design Trainer case'),
    'case-frontmatter.schema.json': toJson(caseFrontmatterSchema, 'The frontmatter of a case.mdx'),
  };
}

/** A schema file's text as committed: stable key order from the generator, two-space JSON, final newline. */
export function schemaFileText(schema: JsonObject): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The "Allowed values" section of AUTHORING.md (between its generated markers). */
export function vocabularyMarkdown(): string {
  const sections = vocabularies().map((vocabulary) => {
    const rows = vocabulary.terms.map((term) => `| \`${term.value}\` | ${term.description.replace(/\|/g, '\\|')} |`).join('\n');
    return `### ${vocabulary.title}\n\nUsed in ${vocabulary.where}.\n\n| value | meaning |\n| --- | --- |\n${rows}`;
  });
  return [`The curveball must be ${CURVEBALL_RULE}.`, ...sections].join('\n\n');
}
