import { ContentError } from './content-error';
import { unknownMdxComponents } from './mdx-component-names';

/** esbuild reports MDX errors as "Cannot process MDX file with esbuild:\n  1:1: <reason> (32:1-32:20)". */
function describeCompileError(error: unknown, lineOffset: number): string {
  const first = (error as { errors?: { text?: string }[] }).errors?.[0];
  const text = first?.text ?? (error instanceof Error ? error.message : String(error));
  const reason = text
    .replace(/^Cannot process MDX file with esbuild:\s*/, '')
    .replace(/^\d+:\d+:\s*/, '')
    .replace(/\s*\[plugin [^\]]+\]/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  // Positions are relative to the body; shift them to lines of the file the mentor edits.
  const position = /\((\d+):\d+-\d+:\d+\)$/.exec(reason);
  if (!position?.[1]) return `MDX does not compile: ${reason}`;
  const line = Number(position[1]) + lineOffset;
  return `line ${line}: MDX does not compile: ${reason.slice(0, position.index).trim()}`;
}

/**
 * The one place MDX is compiled (server and build only). The result is a code string that the
 * renderer in components/mdx/ turns into React with the shared component map.
 */
export async function compileMdx(body: string, file: string, lineOffset = 0): Promise<string> {
  const unknown = unknownMdxComponents(body);
  if (unknown.length > 0) {
    throw new ContentError(file, `unknown component${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `<${name}>`).join(', ')}: use plain Markdown or one of the documented components`);
  }
  // Loaded on first use: the compiler (mdx-bundler, its esbuild and the remark plugins) takes longer to
  // load than most checks take to run, and a check whose MDX verdicts are cached never needs it.
  const [{ bundleMDX }, { default: remarkGfm }] = await Promise.all([import('mdx-bundler'), import('remark-gfm')]);
  try {
    const { code } = await bundleMDX({
      source: body,
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
      // GitHub-flavoured Markdown: tables, strikethrough and task lists in cases and lessons.
      mdxOptions: (options) => ({ ...options, remarkPlugins: [...(options.remarkPlugins ?? []), remarkGfm] }),
    });
    return code;
  } catch (error) {
    throw new ContentError(file, describeCompileError(error, lineOffset));
  }
}
