import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { referenceSceneText } from '../canvas/draw-layout';
import { sceneSnapshotSchema } from '../canvas/scene-snapshot';
import type { SceneSnapshot } from '../canvas/scene-snapshot';
import { worksheetSchema } from '../estimate/worksheet-schema';
import type { Worksheet } from '../estimate/worksheet-schema';
import { compileMdx } from './compile-mdx';
import { ContentError, describeFirstIssue } from './content-error';
import { parseJson, parseYaml, splitFrontmatter } from './parse-source';
import { CASES_DIR } from './load-cases';
import { referenceLayoutSchema } from './reference-layout-schema';
import type { ReferenceLayout } from './reference-layout-schema';
import { writeUpFrontmatterSchema } from './write-up-schema';

/*
 * The optional files next to a case's rubric: the reference layout and the diagram generated from it,
 * the reference worksheet and the model write-up. Node only (content:check, content:draw, tests).
 */

export const REFERENCE_FILES = {
  layout: 'reference-layout.yaml',
  scene: 'reference.excalidraw',
  estimate: 'reference-estimate.json',
  writeUp: 'write-up.mdx',
} as const;

export type ReferenceFile = keyof typeof REFERENCE_FILES;

/** The path of one of a case's reference files, as shown to the mentor (relative to the repository root). */
export function referencePath(slug: string, file: ReferenceFile): string {
  return path.join(CASES_DIR, slug, REFERENCE_FILES[file]);
}

export function hasReferenceFile(slug: string, file: ReferenceFile, root = process.cwd()): boolean {
  return existsSync(/*turbopackIgnore: true*/ path.resolve(root, referencePath(slug, file)));
}

function readReference(slug: string, file: ReferenceFile, root: string): string {
  const shown = referencePath(slug, file);
  const full = path.resolve(root, shown);
  if (!existsSync(/*turbopackIgnore: true*/ full)) throw new ContentError(shown, `file is missing`);
  return readFileSync(/*turbopackIgnore: true*/ full, 'utf8');
}

export function parseReferenceLayout(source: string, file: string): ReferenceLayout {
  const parsed = referenceLayoutSchema.safeParse(parseYaml(source, file));
  if (!parsed.success) throw new ContentError(file, describeFirstIssue(parsed.error));
  return parsed.data;
}

export function loadReferenceLayout(slug: string, root = process.cwd()): ReferenceLayout {
  return parseReferenceLayout(readReference(slug, 'layout', root), referencePath(slug, 'layout'));
}

/** The generated diagram, parsed as JSON (the reader accepts the file object as is). */
export function loadReferenceScene(slug: string, root = process.cwd()): unknown {
  return parseJson(readReference(slug, 'scene', root), referencePath(slug, 'scene'));
}

/** The generated diagram as the report draws it: validated as a stored canvas is, elements kept opaque. */
export function loadReferenceSnapshot(slug: string, root = process.cwd()): SceneSnapshot {
  const file = referencePath(slug, 'scene');
  const parsed = sceneSnapshotSchema.safeParse(loadReferenceScene(slug, root));
  if (!parsed.success) throw new ContentError(file, describeFirstIssue(parsed.error));
  return parsed.data;
}

export function loadReferenceWorksheet(slug: string, root = process.cwd()): Worksheet {
  const file = referencePath(slug, 'estimate');
  const parsed = worksheetSchema.safeParse(parseJson(readReference(slug, 'estimate', root), file));
  if (!parsed.success) throw new ContentError(file, describeFirstIssue(parsed.error));
  return parsed.data;
}


export type WriteUp = { title: string; body: string; bodyLineOffset: number };

export function loadWriteUp(slug: string, root = process.cwd()): WriteUp {
  const file = referencePath(slug, 'writeUp');
  const source = readReference(slug, 'writeUp', root);
  const mdx = splitFrontmatter(source, file, 'a title');
  const frontmatter = writeUpFrontmatterSchema.safeParse(mdx.frontmatter);
  if (!frontmatter.success) throw new ContentError(file, describeFirstIssue(frontmatter.error));
  return { title: frontmatter.data.title, body: mdx.body, bodyLineOffset: mdx.bodyLineOffset };
}

export async function compileWriteUp(slug: string, root = process.cwd()): Promise<string> {
  const writeUp = loadWriteUp(slug, root);
  return compileMdx(writeUp.body, referencePath(slug, 'writeUp'), writeUp.bodyLineOffset);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks whichever reference files a case has: the write-up compiles, the layout is valid and the
 * diagram is what `content:draw` would generate from it now, the worksheet parses. Throws the first
 * problem as a ContentError.
 */
export async function checkReferenceFiles(slug: string, root = process.cwd()): Promise<void> {
  if (hasReferenceFile(slug, 'layout', root)) {
    const layout = loadReferenceLayout(slug, root);
    const scenePath = referencePath(slug, 'scene');
    const stale = `out of date, run npm run content:draw -- ${slug}`;
    if (!hasReferenceFile(slug, 'scene', root)) throw new ContentError(scenePath, `file is missing, run npm run content:draw -- ${slug}`);
    let current: unknown;
    try {
      current = JSON.parse(readReference(slug, 'scene', root)) as unknown;
    } catch {
      throw new ContentError(scenePath, stale);
    }
    // Compared as JSON, so an editor's reformatting does not count as a change.
    if (!sameJson(current, JSON.parse(referenceSceneText(layout)))) throw new ContentError(scenePath, stale);
  }
  // The report shows the diagram, so it must load the way the report loads it.
  if (hasReferenceFile(slug, 'scene', root)) loadReferenceSnapshot(slug, root);
  if (hasReferenceFile(slug, 'estimate', root)) loadReferenceWorksheet(slug, root);
  if (hasReferenceFile(slug, 'writeUp', root)) await compileWriteUp(slug, root);
}

/** Regenerates reference.excalidraw from reference-layout.yaml (the `content:draw` step); returns the path written. */
export function writeReferenceScene(slug: string, root = process.cwd()): { file: string; layout: ReferenceLayout } {
  const layout = loadReferenceLayout(slug, root);
  const file = referencePath(slug, 'scene');
  writeFileSync(/*turbopackIgnore: true*/ path.resolve(root, file), referenceSceneText(layout));
  return { file, layout };
}
