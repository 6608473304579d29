import { unknownMdxComponents } from '../mdx-component-names';
import type { ContentProblem } from './content-problem';

/** Compiles an MDX body; rejects with an Error whose message may start `file: line N: ...`. */
export type MdxCompiler = (body: string, file: string, lineOffset: number) => Promise<unknown>;

/** `file: line 12: MDX does not compile: ...` from compile-mdx, as a problem at that line. */
function compileProblem(error: unknown, file: string): ContentProblem {
  const text = error instanceof Error ? error.message : String(error);
  const detail = text.startsWith(`${file}: `) ? text.slice(file.length + 2) : text;
  const line = /^line (\d+): /.exec(detail);
  return { file, path: '', severity: 'error', code: 'mdx', message: line ? detail.slice(line[0].length) : detail, ...(line ? { line: Number(line[1]), column: 1 } : {}) };
}

/** An MDX body and where it sits in its file (`lineOffset` lines come before it), to compile. */
export type MdxBody = { body: string; file: string; lineOffset: number };

/** A component the app does not provide, at its first use in the file's own lines (empty when there is none). Sync: no compiler. */
export function unknownComponentProblems({ body, file, lineOffset }: MdxBody): ContentProblem[] {
  const unknown = unknownMdxComponents(body);
  if (unknown.length === 0) return [];
  const before = body.slice(0, Math.max(0, body.indexOf(`<${unknown[0]}`))).split('\n');
  return [
    {
      file,
      line: lineOffset + before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
      path: '',
      severity: 'error',
      code: 'mdx',
      message: `unknown component${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `<${name}>`).join(', ')}: use plain Markdown or one of the documented components`,
      fix: 'the only component is <Callout title="…">',
    },
  ];
}

/** What `compile` refuses in an MDX body, at the line it names (empty when it compiles). */
export async function compileProblems({ body, file, lineOffset }: MdxBody, compile: MdxCompiler): Promise<ContentProblem[]> {
  try {
    await compile(body, file, lineOffset);
    return [];
  } catch (error) {
    return [compileProblem(error, file)];
  }
}

/**
 * The problems of an MDX body (a brief, a write-up, a lesson) at the lines of its file: a component
 * the app does not provide, at its first use; otherwise, when a `compile` is given (server-side; a
 * browser has no esbuild), what the compiler refuses.
 */
export async function mdxProblems(body: string, file: string, lineOffset: number, compile?: MdxCompiler): Promise<ContentProblem[]> {
  const unknown = unknownComponentProblems({ body, file, lineOffset });
  if (unknown.length > 0 || !compile) return unknown;
  return compileProblems({ body, file, lineOffset }, compile);
}
