import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { matchQuestion } from '../../lib/clarify/match-question';
import { scoreClarify } from '../../lib/clarify/score-clarify';
import { loadCase } from '../../lib/content/load-cases';
import type { Rubric } from '../../lib/content/rubric-schema';
import { measure } from '../../lib/bench/measure';
import type { BenchResult } from '../../lib/bench/measure';
import { clarifyBenchQuestions } from './clarify-phrasings';
import type { BenchQuestion } from './clarify-phrasings';

/** Questions asked before timing: the matcher's first few hundred calls run slower while V8 optimises it. */
const ANSWER_WARMUP = 300;
/** Questions per transcript in the step re-grade: a thorough clarify step. */
const STEP_QUESTIONS = 15;
const round = (value: number) => Math.round(value * 1000) / 1000;

function rubricsOf(questions: readonly BenchQuestion[]): Map<string, Rubric> {
  const rubrics = new Map<string, Rubric>();
  for (const { caseSlug } of questions) if (!rubrics.has(caseSlug)) rubrics.set(caseSlug, loadCase(caseSlug).rubric);
  return rubrics;
}

/**
 * One clarifying question answered by the scripted interviewer, warm: every phrasing of the clarify sets
 * (clarifyBenchQuestions, five cases) asked once, the first ANSWER_WARMUP untimed, so no run repeats a question
 * and no cache of the text layer hides the work. The target is a p95 under 2 ms (issue 12).
 */
export function benchClarifyAnswer(): BenchResult {
  const questions = clarifyBenchQuestions();
  const rubrics = rubricsOf(questions);
  let next = 0;
  const ask = () => {
    const item = questions[next % questions.length] as BenchQuestion;
    next += 1;
    return matchQuestion(item.question, rubrics.get(item.caseSlug) as Rubric);
  };
  return measure('clarify-answer', ask, { n: Math.max(1, questions.length - ANSWER_WARMUP), warmup: ANSWER_WARMUP });
}

/**
 * Re-grading the clarify step: a transcript of STEP_QUESTIONS questions of one case scored whole (scoreClarify),
 * each run a transcript of questions not asked before. The target is under 16 ms (issue 12).
 */
export function benchClarifyStep(): BenchResult {
  const questions = clarifyBenchQuestions();
  const rubrics = rubricsOf(questions);
  const byCase = new Map<string, string[]>();
  for (const { caseSlug, question } of questions) byCase.set(caseSlug, [...(byCase.get(caseSlug) ?? []), question]);
  const perCase = [...byCase].map(([caseSlug, asked]) => {
    const chunks: { rubric: Rubric; questions: string[] }[] = [];
    for (let at = 0; at + STEP_QUESTIONS <= asked.length; at += STEP_QUESTIONS) {
      chunks.push({ rubric: rubrics.get(caseSlug) as Rubric, questions: asked.slice(at, at + STEP_QUESTIONS) });
    }
    return chunks;
  });
  // Cases in turn, so every case is timed.
  const transcripts: { rubric: Rubric; questions: string[] }[] = [];
  for (let round = 0; perCase.some((chunks) => round < chunks.length); round += 1) {
    for (const chunks of perCase) {
      const chunk = chunks[round];
      if (chunk) transcripts.push(chunk);
    }
  }
  const warmup = Math.min(20, Math.floor(transcripts.length / 4));
  let next = 0;
  const grade = () => {
    const transcript = transcripts[next % transcripts.length] as { rubric: Rubric; questions: string[] };
    next += 1;
    return scoreClarify({ questions: transcript.questions }, transcript.rubric);
  };
  return measure('clarify-step', grade, { n: Math.max(1, transcripts.length - warmup), warmup });
}

/**
 * The first clarifying question of a fresh process, cold: loading the case, building its index, and answering
 * (what the first question of a session costs a server just started), in a new Node process per run
 * (scripts/bench/clarify-first-question.ts), once per case of the clarify sets. Reports the first answer, its index
 * built on the way; loading and validating the case is not counted.
 */
export function benchClarifyFirstQuestion(): BenchResult | undefined {
  const tsx = path.resolve('node_modules', '.bin', 'tsx');
  const slugs = [...new Set(clarifyBenchQuestions().map((item) => item.caseSlug))];
  const samples: number[] = [];
  for (const slug of slugs) {
    const result = spawnSync(tsx, ['scripts/bench/clarify-first-question.ts', slug], { encoding: 'utf8' });
    if (result.status !== 0) {
      process.stderr.write(`clarify-first-question: ${slug} exited with ${result.status}: ${result.stderr}\n`);
      return undefined;
    }
    samples.push((JSON.parse(result.stdout) as { first: number }).first);
  }
  samples.sort((a, b) => a - b);
  const at = (fraction: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(fraction * samples.length) - 1))] ?? 0;
  return { name: 'clarify-first-question', p50_ms: round(at(0.5)), p95_ms: round(at(0.95)), n: samples.length };
}
