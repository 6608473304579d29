import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One clarifying question and the case it is asked of. */
export type BenchQuestion = { caseSlug: string; question: string };

const DATA_DIR = path.join('tests', 'lib', 'clarify', 'data');
const SEED = 'ecommerce-data-platform';

/**
 * Every distinct question of the clarify phrasing sets (tests/lib/clarify/data/*.json: blind batches, kinds, paraphrases),
 * each with its case (the seed case when the set names none), in file and list order: real phrasings of every length
 * and kind, so a benchmark that times each once times the matcher as learners use it, with no cache hit.
 */
export function clarifyBenchQuestions(root = process.cwd()): BenchQuestion[] {
  const dir = path.join(root, DATA_DIR);
  const seen = new Set<string>();
  const questions: BenchQuestion[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const items: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    if (!Array.isArray(items)) continue;
    for (const item of items as { case?: unknown; q?: unknown }[]) {
      if (typeof item?.q !== 'string') continue;
      const caseSlug = typeof item.case === 'string' ? item.case : SEED;
      const key = `${caseSlug}\u0000${item.q}`;
      if (seen.has(key)) continue;
      seen.add(key);
      questions.push({ caseSlug, question: item.q });
    }
  }
  return questions;
}
