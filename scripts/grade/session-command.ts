import { CliInputError } from '../../lib/cli/cli-error';
import { importSession } from '../../lib/session/session-export';
import { scoreSession } from '../../lib/session/score-session';
import { getStep } from '../../lib/steps/steps';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readInputFile, requireCase } from './read-input';

/** `grade session file.json [--json]`: the exported session scored step by step, as the app shows it. */
export const sessionCommand: GradeCommand = {
  summary: 'Score an exported session (all five steps) against its case: { total, steps: [{ step, score, findings }] }, plus { curveball } after a mock\'s curveball.',
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
    const human = [`${content.frontmatter.title}: ${scored.total}/100`, '', ...steps, ...curveball].join('\n');
    return { json: scored, human };
  },
};
