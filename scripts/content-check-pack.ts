import { existsSync, readFileSync, statSync } from 'node:fs';
import { readCasePack } from '../lib/content/pack-read';
import { listCaseSlugs } from '../lib/content/load-cases';

/**
 * `content:check <file.json>`: checks a case pack with the rules the app applies when importing it
 * (including that it does not replace a shipped case). Prints every problem, `file: message`, and
 * returns the exit code: 0 valid, 2 refused.
 */
export function checkPackFile(file: string): number {
  if (!existsSync(file)) {
    process.stderr.write(`${file}: no such file (content:check <file.json> checks a case pack)\n`);
    return 2;
  }
  const size = statSync(file).size;
  const result = readCasePack(size > 64 * 1024 * 1024 ? '' : readFileSync(file, 'utf8'), size, { shippedSlugs: listCaseSlugs() });
  if (!result.ok) {
    process.stderr.write(`${file}: ${result.error}\n`);
    for (const problem of result.problems) process.stderr.write(`  ${problem}\n`);
    return 2;
  }
  process.stdout.write(`content:check: ${file}: pack valid with ${result.cases.length} case${result.cases.length === 1 ? '' : 's'} (${result.cases.map((item) => item.packed.slug).join(', ')})\n`);
  return 0;
}
