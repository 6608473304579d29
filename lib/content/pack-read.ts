import { checkPackedCase } from './pack-check';
import type { CheckedPackedCase } from './pack-check';
import { valueBoundsError } from './pack-mdx-tree';
import { casePackSchema, MAX_PACK_BYTES, PACK_FORMAT, PACK_VERSION } from './pack-schema';
import type { CasePack, PackedCase } from './pack-schema';
import { formatIssuePath } from './content-error';

export type ReadPackOptions = {
  /** Slugs of the cases the app ships: a pack may not replace one of them. */
  shippedSlugs?: readonly string[];
};

export type ReadPackResult =
  | { ok: true; pack: CasePack; cases: { packed: PackedCase; checked: CheckedPackedCase }[] }
  | { ok: false; error: string; problems: string[] };

/** Bounds for a whole pack, checked before any recursive validation: real packs are far inside them. */
const PACK_BOUNDS = { maxDepth: 120, maxNodes: 500_000, maxText: MAX_PACK_BYTES };

const refuse = (error: string, problems: string[] = []): ReadPackResult => ({ ok: false, error, problems });

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A problem line cut to what fits in the one sentence a learner reads: no fix, nothing past its first sentence. */
function firstClause(problem: string): string {
  const fix = problem.lastIndexOf(' (fix: ');
  const text = fix < 0 ? problem : problem.slice(0, fix);
  const end = /\.\s+(?=[A-Z0-9])/.exec(text);
  return (end ? text.slice(0, end.index) : text).replace(/[.:;,]+$/, '');
}

/**
 * Reads a case pack file (untrusted: from anyone) and checks every case in it with content:check's
 * rules. Refusals carry one sentence for the learner (`error`) and every problem found for a mentor
 * (`problems`, `file: message`). Never throws on bad input; nothing is stored here.
 */
export function readCasePack(text: string, byteLength = text.length, options: ReadPackOptions = {}): ReadPackResult {
  if (byteLength > MAX_PACK_BYTES) return refuse(`The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; case packs up to ${MAX_PACK_BYTES / 1024 / 1024} MB can be imported.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('The file is not valid JSON (it may be truncated); a case pack is the .json file that npm run content:pack writes.');
  }
  const bounds = valueBoundsError(data, PACK_BOUNDS);
  if (bounds) return refuse(`This case pack cannot be read safely: ${bounds}.`);
  const header = data as { format?: unknown; packVersion?: unknown };
  if (typeof data !== 'object' || data === null || header.format !== PACK_FORMAT) return refuse('This is not a System Design Trainer case pack.');
  if (typeof header.packVersion === 'number' && header.packVersion > PACK_VERSION) {
    return refuse(`The case pack was made by a newer version of the app (pack version ${header.packVersion}); update the app to import it.`);
  }
  const parsed = casePackSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => `${formatIssuePath(issue.path) || 'pack'}: ${issue.message}`);
    return refuse(`The case pack is damaged (${problems[0] ?? 'invalid'}).`, problems);
  }
  const pack = parsed.data;
  const seen = new Set<string>();
  for (const packed of pack.cases) {
    if (seen.has(packed.slug)) return refuse(`The case pack holds the case "${packed.slug}" twice.`);
    seen.add(packed.slug);
    if (options.shippedSlugs?.includes(packed.slug)) return refuse(`The case pack holds "${packed.slug}", which is a case the app already ships; rename its folder and pack it again.`);
  }
  const cases: { packed: PackedCase; checked: CheckedPackedCase }[] = [];
  const problems: string[] = [];
  for (const packed of pack.cases) {
    let result: ReturnType<typeof checkPackedCase>;
    try {
      result = checkPackedCase(packed);
    } catch (error) {
      // A checker fault on hostile input must still end in a refusal, never a crash.
      problems.push(`${packed.slug}: the case could not be checked (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (result.ok) cases.push({ packed, checked: result.checked });
    else problems.push(...result.problems);
  }
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${plural(problems.length - 1, 'more problem')})` : '';
    return refuse(`The case pack fails the content checks: ${firstClause(problems[0] ?? '')}${more}.`, problems);
  }
  return { ok: true, pack, cases };
}
