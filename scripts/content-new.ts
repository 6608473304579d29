// `npm run -s content:new -- <slug>`: scaffolds content/cases/<slug>/ with every file a case has,
// filled with placeholders that already pass content:check, then draws the reference diagram.
// Exit 0 when created, 2 on a bad or taken slug (one line), 1 on a bug.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './cli/run-cli';
import { scaffoldCaseFiles } from './cli/case-scaffold';
import { CASES_DIR } from '../lib/content/load-cases';
import { CASE_SLUG_PATTERN } from '../lib/content/parse-case-files';
import { REFERENCE_FILES, writeReferenceScene } from '../lib/content/reference-files';

function main(args: readonly string[]): number {
  const [slug, ...rest] = args.filter((arg) => arg !== '--');
  if (slug === undefined || rest.length > 0) {
    process.stderr.write('usage: npm run -s content:new -- <slug>\n');
    return 2;
  }
  const dir = path.join(CASES_DIR, slug);
  if (!CASE_SLUG_PATTERN.test(slug)) {
    process.stderr.write(`${dir}: "${slug}" is not a kebab-case slug such as "food-delivery" (it becomes the URL)\n`);
    return 2;
  }
  if (existsSync(dir)) {
    process.stderr.write(`${dir}: already exists; pick another slug or edit that case\n`);
    return 2;
  }
  mkdirSync(dir, { recursive: true });
  const files = scaffoldCaseFiles(slug);
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
  writeReferenceScene(slug);
  process.stdout.write(`content:new: created ${dir} (${[...files.map(([name]) => name), REFERENCE_FILES.scene].join(', ')}); replace every TODO (npm run -s content:check -- ${slug} lists them), see AUTHORING.md\n`);
  return 0;
}

runCli('content:new', () => main(process.argv.slice(2)));
