import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readCasePack } from '../lib/content/pack-read';
import { listCaseSlugs } from '../lib/content/load-cases';

/**
 * The slugs of this checkout's case folders whose files are exactly those packed under the same slug in
 * `text` (a pack made from this checkout, e.g. a mentor's new case): checking such a pack is not an
 * attempt to replace a shipped case. Unreadable packs give none (readCasePack reports them).
 */
export function slugsPackedFromHere(text: string, slugs: readonly string[], root: string): string[] {
  let cases: unknown;
  try {
    cases = (JSON.parse(text) as { cases?: unknown }).cases;
  } catch {
    return [];
  }
  if (!Array.isArray(cases)) return [];
  return cases.flatMap((item: unknown) => {
    const { slug, files } = (item ?? {}) as { slug?: unknown; files?: unknown };
    if (typeof slug !== 'string' || !slugs.includes(slug) || files === null || typeof files !== 'object') return [];
    const entries = Object.entries(files as Record<string, unknown>);
    const same = entries.length > 0 && entries.every(([name, body]) => {
      const file = path.join(root, 'content', 'cases', slug, path.basename(name));
      return typeof body === 'string' && existsSync(file) && readFileSync(file, 'utf8') === body;
    });
    return same ? [slug] : [];
  });
}

/**
 * `content:check <file.json>`: checks a case pack with the rules the app applies when importing it
 * (including that it does not replace a shipped case: a case folder of this checkout counts as shipped
 * unless the pack holds exactly its files). Prints every problem, `file: message`, and warnings, and
 * returns the exit code: 0 valid, 2 refused.
 */
export function checkPackFile(file: string): number {
  if (!existsSync(file)) {
    process.stderr.write(`${file}: no such file (content:check <file.json> checks a case pack)\n`);
    return 2;
  }
  const size = statSync(file).size;
  const text = size > 64 * 1024 * 1024 ? '' : readFileSync(file, 'utf8');
  const local = listCaseSlugs();
  const fromHere = slugsPackedFromHere(text, local, process.cwd());
  const result = readCasePack(text, size, { shippedSlugs: local.filter((slug) => !fromHere.includes(slug)) });
  if (!result.ok) {
    process.stderr.write(`${file}: ${result.error}\n`);
    for (const problem of result.problems) process.stderr.write(`  ${problem}\n`);
    return 2;
  }
  for (const slug of fromHere) {
    process.stdout.write(`note: "${slug}" is packed from this checkout's content/cases/${slug}, unchanged; an installation that already ships "${slug}" refuses the pack, so give a new case a slug of its own\n`);
  }
  for (const warning of result.cases.flatMap((item) => item.checked.warnings)) process.stderr.write(`${warning}\n`);
  process.stdout.write(`content:check: ${file}: pack valid with ${result.cases.length} case${result.cases.length === 1 ? '' : 's'} (${result.cases.map((item) => item.packed.slug).join(', ')})\n`);
  return 0;
}
