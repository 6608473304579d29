import { parse } from 'yaml';
import { referenceSceneText } from '../../../../lib/canvas/draw-layout';
import type { CaseFolder } from '../../../../lib/content/check/case-folder';
import { referenceLayoutSchema } from '../../../../lib/content/reference-layout-schema';
import { scaffoldCaseFiles } from '../../../../scripts/cli/case-scaffold';

/** The scaffold content:new writes, with every TODO filled in: a small case that passes every check. */
export function tinyCase(): Record<string, string> {
  const files = Object.fromEntries(scaffoldCaseFiles('tiny-case').map(([name, text]) => [name, text.replace(/TODO:? ?/g, 'Filled in ')]));
  return { ...files, 'reference.excalidraw': drawn(files['reference-layout.yaml'] ?? '') };
}

/** The drawing content:draw makes of a layout. */
export function drawn(layout: string): string {
  return referenceSceneText(referenceLayoutSchema.parse(parse(layout)));
}

export function folder(files: Record<string, string>): CaseFolder {
  return { slug: 'tiny-case', dir: 'content/cases/tiny-case', files };
}

/** The 1-based line of the first occurrence of `needle` in `text` (after `after`, when given). */
export function lineOf(text: string, needle: string, after = ''): number {
  const start = after === '' ? 0 : text.indexOf(after);
  const at = text.indexOf(needle, Math.max(0, start));
  if (at < 0) throw new Error(`"${needle}" not in the fixture`);
  return text.slice(0, at).split('\n').length;
}
