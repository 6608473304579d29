import { z } from 'zod';
import { CliInputError } from '../../lib/cli/cli-error';
import { deepDiveAnswerTextSchema } from '../../lib/deep-dive/answer-text-schema';
import { scoreDeepDive, scoreDeepDivePrompt } from '../../lib/deep-dive/score-deep-dive';
import { toScore } from '../../lib/scoring/score';
import { formatStepResult, roundPoints, roundedFindings } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { formatOpenProbes, openProbes, probeAnswersInputSchema } from './probe-input';
import type { OpenProbe } from './probe-input';
import { readValidatedJson, requireCase } from './read-input';

const answerText = deepDiveAnswerTextSchema;

/**
 * `grade deep-dive` input: one prompt (`{ "prompt", "text", "probes"? }`, probes by key point id) or the
 * whole step (`{ "answers": { "<prompt>": text }, "probes"?: { "<prompt>": { "<key point>": answer } } }`).
 */
export const deepDiveInputSchema = z.union([
  z.strictObject({ prompt: z.string().min(1).max(120), text: answerText, probes: probeAnswersInputSchema.optional() }),
  z.strictObject({ answers: z.record(z.string().max(120), answerText), probes: z.record(z.string().max(120), probeAnswersInputSchema).optional() }),
]);

/** `grade deep-dive --case <slug> answer.json [--json]`: one deep-dive prompt, or the whole step, by the app's engine. */
export const deepDiveCommand: GradeCommand = {
  summary:
    'Score deep-dive answers: { "prompt", "text", "probes"? } for one prompt or { "answers": { "<prompt>": "..." }, "probes"? } for the step; prints { score, findings, ..., probes } (the follow-ups still open).',
  usage: 'deep-dive --case <slug> answer.json [--json]',
  run: (args) => {
    const content = requireCase(args.caseSlug);
    const file = inputFile(args);
    const input = readValidatedJson(file, 'answer', deepDiveInputSchema);
    const prompts = content.rubric.steps['deep-dive'].prompts;
    const title = `Deep dive, ${content.frontmatter.title}`;
    if ('prompt' in input) {
      const prompt = prompts.find((candidate) => candidate.id === input.prompt);
      if (!prompt) throw new CliInputError(`${file}: case ${content.slug} has no deep-dive prompt "${input.prompt}" (prompts: ${prompts.map((item) => item.id).join(', ')})`);
      const scored = scoreDeepDivePrompt(prompt, input.text, input.probes ?? {}, content.rubric);
      const probes = openProbes(scored.points, (id) => prompt.keyPoints.find((point) => point.id === id)?.probe);
      const result = { score: toScore(scored.earned, scored.available), findings: scored.findings };
      // JSON keeps numbers, rounded to 2 decimals like the text ("-3.33", not -3.3333333333333335).
      const points = scored.points.map((point) => ({ ...point, value: roundPoints(point.value), earned: roundPoints(point.earned) }));
      const wrongClaims = scored.wrongClaims.map((claim) => ({ ...claim, cost: roundPoints(claim.cost) }));
      const json = { prompt: prompt.id, score: result.score, findings: roundedFindings(result.findings), earned: roundPoints(scored.earned), available: roundPoints(scored.available), points, wrongClaims, probes };
      return { json, human: `${formatStepResult(`${title}, ${prompt.id}`, result)}${formatOpenProbes(probes)}` };
    }
    const unknown = Object.keys(input.answers).filter((id) => !prompts.some((prompt) => prompt.id === id));
    if (unknown.length > 0) throw new CliInputError(`${file}: case ${content.slug} has no deep-dive prompt "${unknown[0]}" (prompts: ${prompts.map((item) => item.id).join(', ')})`);
    const result = scoreDeepDive(input.answers, content.rubric, input.probes ?? {});
    const probes: (OpenProbe & { prompt: string })[] = prompts.flatMap((prompt) => {
      const scored = scoreDeepDivePrompt(prompt, input.answers[prompt.id] ?? '', input.probes?.[prompt.id] ?? {}, content.rubric);
      if ((input.answers[prompt.id] ?? '').trim() === '') return [];
      return openProbes(scored.points, (id) => prompt.keyPoints.find((point) => point.id === id)?.probe).map((probe) => ({ prompt: prompt.id, ...probe }));
    });
    return { json: { ...result, findings: roundedFindings(result.findings), probes }, human: `${formatStepResult(title, result)}${formatOpenProbes(probes)}` };
  },
};
