// `npm run -s content:check [-- <slug>...] [--json]` and `content:check <pack.json>...`: see
// scripts/content-check-main.ts for what it checks and prints. This file only starts that program
// from one cached bundle in a plain Node process (scripts/cli/run-bundled.ts): loading it module by
// module through tsx took longer than a whole one-case check now takes.
import { runBundled } from './cli/run-bundled';

/** Packages that spawn esbuild or read their own files: loaded from node_modules, only when MDX is compiled. */
const EXTERNAL = ['mdx-bundler', 'remark-gfm', 'esbuild'];

const code = await runBundled('scripts/content-check-main.ts', EXTERNAL);
if (code !== undefined) process.exitCode = code;
