import type { SceneSnapshot } from '../canvas/scene-snapshot';
import { checkCaseSync } from './check/check-case';
import type { ContentProblem } from './check/content-problem';
import { formatProblemInline } from './check/content-problem';
import { ContentError } from './content-error';
import type { PackedCase, PackedFiles } from './pack-schema';
import { parseCaseFiles } from './parse-case-files';
import type { CaseContent } from './parse-case-files';

/** A packed case after every check: what the app plays, with the reference answers it shows. */
export type CheckedPackedCase = {
  content: CaseContent;
  /** What content:check warns about in these files (leftover scaffold text, arrows crossing boxes), one line each; they do not refuse the case. */
  warnings: string[];
  referenceScene?: SceneSnapshot;
  writeUpTitle?: string;
};

export type PackedCaseCheck = { ok: true; checked: CheckedPackedCase } | { ok: false; problems: string[] };

/**
 * Checks one packed case as content:check checks its folder (checkCaseFiles), plus what only a pack
 * must show: the compiled write-up the report renders.
 */
export function checkPackedCase(packed: PackedCase): PackedCaseCheck {
  const result = checkCaseFiles(packed.slug, packed.files);
  if (packed.files['write-up.mdx'] === undefined || packed.compiled.writeUp !== undefined) return result;
  const missing = `${packed.slug}/write-up.mdx: the pack has no compiled write-up; pack it again with npm run content:pack`;
  return { ok: false, problems: [...(result.ok ? [] : result.problems), missing] };
}

/**
 * Checks one case's files, in memory (browser and Node alike), by the one set of case rules,
 * lib/content/check/check-case.ts (every rule content:check applies to a folder but compiling the MDX,
 * which the pack carries compiled to an inert tree), plus the rule only a pack needs: its reference
 * diagram embeds no files. Errors refuse the case, each as one line `<slug>/<file>:line:column: path:
 * message (fix: ...)`; warnings (leftover scaffold text, crossing arrows) do not.
 */
export function checkCaseFiles(slug: string, files: PackedFiles): PackedCaseCheck {
  const checked = checkCaseSync({ slug, dir: slug, files: files as Readonly<Record<string, string>> });
  const errors: ContentProblem[] = checked.problems.filter((problem) => problem.severity === 'error');
  if (checked.scene && Object.keys(checked.scene.files).length > 0) {
    errors.push({ file: `${slug}/reference.excalidraw`, path: 'files', severity: 'error', code: 'pack', message: 'a packed diagram may not embed files', fix: `run npm run content:draw -- ${slug}` });
  }
  if (errors.length > 0) return { ok: false, problems: errors.map(formatProblemInline) };
  // The rules passed, so the files parse; this only builds what the app plays.
  const rubricName = files['rubric.json'] !== undefined ? 'rubric.json' : 'rubric.yaml';
  try {
    const content = parseCaseFiles({ slug, mdxPath: `${slug}/case.mdx`, mdxSource: files['case.mdx'], rubricPath: `${slug}/${rubricName}`, rubricSource: files[rubricName] ?? '' });
    const warnings = checked.problems.filter((problem) => problem.severity === 'warning').map(formatProblemInline);
    return { ok: true, checked: { content, warnings, ...(checked.scene ? { referenceScene: checked.scene } : {}), ...(checked.writeUpTitle ? { writeUpTitle: checked.writeUpTitle } : {}) } };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, problems: [error.message] };
    throw error;
  }
}
