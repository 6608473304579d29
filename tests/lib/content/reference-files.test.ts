import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { drawLayout, referenceSceneText } from '../../../lib/canvas/draw-layout';
import { readScene } from '../../../lib/canvas/read-scene';
import { ContentError } from '../../../lib/content/content-error';
import { parseReferenceLayout } from '../../../lib/content/reference-files';
import { rubricSchema } from '../../../lib/content/rubric-schema';
import { describeFirstIssue } from '../../../lib/content/content-error';

const repo = process.cwd();
const casesDir = path.join(repo, 'content', 'cases');
const onlySeedCase = (source: string) => {
  const relative = path.relative(casesDir, source);
  return relative.startsWith('..') || relative === '' || relative.split(path.sep)[0] === 'ecommerce-data-platform';
};
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
const seed = 'content/cases/ecommerce-data-platform';
let scratch: string | undefined;

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

const run = (script: string, cwd: string, ...args: string[]) => spawnSync(tsx, ['--tsconfig', path.join(repo, 'tsconfig.json'), path.join(repo, 'scripts', script), ...args], { cwd, encoding: 'utf8' });

function layoutError(source: string): string {
  try {
    parseReferenceLayout(source, 'x/reference-layout.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the layout to be refused');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>;
function rubricError(edit: (rubric: Editable) => void): string {
  const data = parse(readFileSync(`${seed}/rubric.yaml`, 'utf8')) as Editable;
  edit(data);
  const result = rubricSchema.safeParse(data);
  if (result.success) throw new Error('expected the rubric to be refused');
  return describeFirstIssue(result.error);
}

describe('reference layout', () => {
  const ok = 'columns:\n  - title: A\n    components:\n      - { id: a, kind: kafka, label: "Kafka" }\n      - { id: b, kind: flink, label: "Flink" }\narrows:\n  - { from: a, to: b, label: "events" }\n';

  it('draws bound boxes and arrows the reader turns back into the same graph', () => {
    const graph = readScene({ elements: drawLayout(parseReferenceLayout(ok, 'x')) });
    expect(graph.components.map((component) => [component.id, component.kind, component.label])).toEqual([
      ['box-a', 'kafka', 'Kafka'],
      ['box-b', 'flink', 'Flink'],
    ]);
    expect(graph.edges.map((edge) => [edge.from, edge.to, edge.label])).toEqual([['box-a', 'box-b', 'events']]);
    expect(graph.groups?.map((group) => group.label)).toEqual(['A']);
  });

  it('is deterministic', () => {
    const layout = parseReferenceLayout(ok, 'x');
    expect(referenceSceneText(layout)).toBe(referenceSceneText(layout));
  });

  it('names unknown kinds, duplicate ids and arrows to unknown ids', () => {
    expect(layoutError(ok.replace('kind: flink', 'kind: storm'))).toMatch(/^x\/reference-layout\.yaml: columns\[0\]\.components\[1\]\.kind: expected a component kind/);
    expect(layoutError(ok.replace('id: b,', 'id: a,'))).toBe('x/reference-layout.yaml: columns[0].components[1].id: duplicate component id "a"');
    expect(layoutError(ok.replace('to: b', 'to: c'))).toBe('x/reference-layout.yaml: arrows[0].to: unknown component id "c": use the id of a box in columns or extras');
  });
});

describe('rubric curveball and data model', () => {
  it('accepts the seed case', () => {
    const data = parse(readFileSync(`${seed}/rubric.yaml`, 'utf8')) as Editable;
    expect(rubricSchema.safeParse(data).success).toBe(true);
  });

  it('names bad curveball fields', () => {
    expect(rubricError((r) => (r.curveball.afterMinutes = 2))).toBe('curveball.afterMinutes: expected at least 5 minutes');
    expect(rubricError((r) => (r.curveball.keywords = ['the']))).toMatch(/^curveball\.keywords\[0\]: keyword has no meaningful word/);
    expect(rubricError((r) => (r.curveball.kinds = ['teleporter']))).toMatch(/^curveball\.kinds\[0\]/);
  });

  it('refuses a fact table that joins an unknown dimension', () => {
    expect(rubricError((r) => r.dataModel.facts[0].dimensions.push('dim_store'))).toMatch(/^dataModel\.facts\[0\]\.dimensions\[4\]: unknown dimension "dim_store"/);
    expect(rubricError((r) => (r.dataModel.dimensions[1].scd = 'type3'))).toBe('dataModel.dimensions[1].scd: expected scd: type1 (overwrite) or type2 (keep history)');
  });
});

describe('content:check on reference files', { timeout: 180_000 }, () => {
  it('names a stale reference diagram and the command that fixes it', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'sdt-reference-'));
    // Only the seed case: other cases may be half-written while this runs.
  cpSync(path.join(repo, 'content'), path.join(scratch, 'content'), { recursive: true, filter: (source) => onlySeedCase(source) });
    const layout = path.join(scratch, seed, 'reference-layout.yaml');
    writeFileSync(layout, readFileSync(layout, 'utf8').replace('label: "Debezium CDC"', 'label: "Debezium"'));
    const stale = run('content-check.ts', scratch, 'ecommerce-data-platform');
    expect(stale.status).toBe(2);
    expect(stale.stderr).toBe('content/cases/ecommerce-data-platform/reference.excalidraw: out of date, run npm run content:draw -- ecommerce-data-platform\n');
    expect(run('draw-reference.ts', scratch, '--', 'ecommerce-data-platform').status).toBe(0);
    const fixed = run('content-check.ts', scratch, 'ecommerce-data-platform');
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(0);
  });
});
