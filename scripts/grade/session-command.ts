import { CliInputError } from '../../lib/cli/cli-error';
import { importSession } from '../../lib/session/session-export';
import { scoreSession } from '../../lib/session/score-session';
import { summariseFollowUps } from '../../lib/deep-dive/follow-ups';
import type { FollowUpSummary } from '../../lib/deep-dive/follow-ups';
import { answerShownText, asSentence, followUpText } from '../../lib/report/report-text';
import { getStep } from '../../lib/steps/steps';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readInputFile, requireCase } from './read-input';

/** The deep-dive follow-ups for a terminal: one block per prompt, one line per answered probe. */
function formatFollowUps(followUps: readonly FollowUpSummary[]): string[] {
  if (followUps.length === 0) return [];
  const lines = ['', 'Follow-up questions:'];
  for (const prompt of followUps) {
    lines.push(`  Deep-dive question ${prompt.number}:`);
    for (const probe of prompt.probes) {
      const text = followUpText(probe);
      lines.push(`    ${probe.correct ? '✓' : '✗'} ${text.question} Answer: ${asSentence(text.answer)} ${text.settled}`);
    }
    if (prompt.open.length > 0) lines.push(`    ○ ${prompt.open.length} follow-up${prompt.open.length === 1 ? '' : 's'} not answered.`);
    const shown = answerShownText(prompt);
    if (shown) lines.push(`    · ${shown}`);
  }
  return lines;
}

/** `grade session file.json [--json]`: the exported session scored step by step, as the app shows it. */
export const sessionCommand: GradeCommand = {
  summary: 'Score an exported session (all five steps) against its case: { total, steps: [{ step, score, findings }], followUps: [{ promptId, probes, open, answerShown, answerShownBeforeSettling }] }, plus { curveball } after a mock\'s curveball.',
  usage: 'session file.json [--json]',
  run: (args) => {
    const file = inputFile(args);
    const text = readInputFile(file, 'session');
    const imported = importSession(text, Buffer.byteLength(text));
    if (!imported.ok) throw new CliInputError(`${file}: ${imported.error}`);
    const content = requireCase(imported.session.caseSlug);
    const scored = scoreSession(imported.session, content.rubric);
    const steps = scored.steps.map((step) => formatStepResult(getStep(step.step).title, step));
    const curveball = scored.curveball ? [formatStepResult(`Curveball (minute ${scored.curveball.announcedAtMinute})`, scored.curveball)] : [];
    const followUps = summariseFollowUps(content.rubric.steps['deep-dive'].prompts, imported.session.answers.deepDive, imported.session.answers.deepDiveFollowUps);
    const human = [`${content.frontmatter.title}: ${scored.total}/100`, '', ...steps, ...curveball, ...formatFollowUps(followUps)].join('\n');
    return { json: { ...scored, followUps }, human };
  },
};
