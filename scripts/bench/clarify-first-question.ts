// Run by benchClarifyFirstQuestion (clarify-bench.ts) in a fresh process: `tsx scripts/bench/clarify-first-question.ts <slug>`
// prints {"load": ms, "first": ms}: loading the case, then its first clarifying question (index built on the way).
import { matchQuestion } from '../../lib/clarify/match-question';
import { loadCase } from '../../lib/content/load-cases';

const slug = process.argv[2] ?? 'ecommerce-data-platform';
const start = performance.now();
const { rubric } = loadCase(slug);
const loaded = performance.now();
matchQuestion('How many orders do we get on a normal day, and how fast is that growing?', rubric);
process.stdout.write(JSON.stringify({ load: loaded - start, first: performance.now() - loaded }));
