// `npm run -s content:pack -- <slug...> [--out <file>] [--root <dir>]`: writes the named cases as one case pack
// (JSON, see lib/content/pack-schema.ts) that the app's "Import a case pack" reads and
// `content:check <file>` checks. Each case is checked as the app will check it before the file is
// written. Exit 0 when written, 2 on bad input or a case that fails the checks, 1 on a bug.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliInputError } from '../lib/cli/cli-error';
import { listCaseSlugs } from '../lib/content/load-cases';
import { buildCasePack, casePackText } from '../lib/content/pack-build';
import { readCasePack } from '../lib/content/pack-read';
import { parseCliArgs, runCli } from './cli/run-cli';

const USAGE = 'usage: npm run -s content:pack -- <slug...> [--out <file>] [--root <dir holding content/cases>]';

async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const slugs = [...new Set(parsed.positionals)];
  if (slugs.length === 0) throw new CliInputError(`name at least one case folder. ${USAGE}`);
  const root = path.resolve(parsed.values.root ?? process.cwd());
  const known = listCaseSlugs(root);
  const unknown = slugs.filter((slug) => !known.includes(slug));
  if (unknown.length > 0) throw new CliInputError(`no case folder content/cases/${unknown.join(', content/cases/')} (cases: ${known.join(', ')})`);
  const out = parsed.values.out ?? `${slugs.length === 1 ? slugs[0] : 'cases'}.case-pack.json`;
  const text = casePackText(await buildCasePack(slugs, new Date(), root));
  // The pack is checked exactly as the app checks an import, so a pack that is written imports.
  const checked = readCasePack(text, Buffer.byteLength(text));
  if (!checked.ok) {
    for (const problem of checked.problems.length > 0 ? checked.problems : [checked.error]) process.stderr.write(`${problem}\n`);
    process.stderr.write(`content:pack: nothing written; fix the problems above (npm run content:check shows them with the files)\n`);
    return 2;
  }
  // Leftover scaffold text would reach learners as it is: say so, and where (the pack is still written).
  const warnings = checked.cases.flatMap((item) => item.checked.warnings);
  for (const warning of warnings) process.stderr.write(`${warning}\n`);
  if (warnings.length > 0) process.stderr.write(`content:pack: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} above; a learner who imports this pack sees that text as it is\n`);
  writeFileSync(out, text);
  process.stdout.write(`content:pack: wrote ${out} (${slugs.join(', ')}; ${Math.max(1, Math.round(Buffer.byteLength(text) / 1024))} KB)\n`);
  return 0;
}

runCli('content:pack', () => main(process.argv.slice(2)));
