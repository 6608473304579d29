import { formatMinutes } from './format-minutes';
import { escapeMarkdown } from './markdown-escape';
import type { ReportModel } from './report-model';
import { answerShownText, budgetVerdict, findingPoints, followUpLine, modeSummary, stepAnswerShownText } from './report-text';
import type { SeverityGroup } from './severity-groups';

function findingLines(groups: readonly SeverityGroup[], level: string): string[] {
  if (groups.length === 0) return ['Nothing to grade yet.', ''];
  return groups.flatMap((group) => [
    `${level} ${group.heading}`,
    '',
    ...group.findings.map((finding) => {
      const points = findingPoints(finding);
      return `- ${escapeMarkdown(finding.message)}${points ? ` (${points})` : ''}`;
    }),
    '',
  ]);
}

function followUpLines(followUps: ReportModel['followUps']): string[] {
  if (followUps.length === 0) return [];
  const lines = ['## Follow-up questions', ''];
  for (const prompt of followUps) {
    lines.push(`### Deep-dive question ${prompt.number}`, '');
    for (const probe of prompt.probes) lines.push(`- ${followUpLine(probe)}`);
    if (prompt.open.length > 0) lines.push(`- ${prompt.open.length === 1 ? 'One follow-up was' : `${prompt.open.length} follow-ups were`} not answered.`);
    const shown = answerShownText(prompt);
    if (shown) lines.push(`- ${shown}`);
    lines.push('');
  }
  return lines;
}

/** The report as a Markdown file, from the same model the page renders. */
export function reportMarkdown(model: ReportModel): string {
  const lines = [
    `# Report: ${escapeMarkdown(model.caseTitle)}`,
    '',
    `- Date: ${model.date}`,
    `- Mode: ${modeSummary(model.mode)}`,
    `- Total: **${model.total}/100**`,
    '',
    '## Scores and time',
    '',
    '| Step | Score | Time | Budget | Against budget |',
    '| --- | ---: | ---: | ---: | --- |',
    ...model.steps.map((row) => `| ${row.number}. ${row.title} | ${row.score} | ${formatMinutes(row.spentMinutes)} | ${formatMinutes(row.budgetMinutes)} | ${budgetVerdict(row)} |`),
    '',
    `Time on the steps: ${formatMinutes(model.spentMinutes)} of a ${formatMinutes(model.budgetMinutes)} interview.`,
    '',
  ];
  if (model.curveball) {
    lines.push('## Curveball', '', `Announced at minute ${model.curveball.announcedAtMinute}. Score: ${model.curveball.score}/100.`, '', ...findingLines(model.curveball.groups, '###'));
  }
  lines.push('## Findings', '');
  for (const step of model.findings) {
    const shown = stepAnswerShownText(step);
    lines.push(`### ${step.number}. ${step.title} (${step.score}/100)`, '', ...(shown ? [`*${shown}*`, ''] : []), ...findingLines(step.groups, '####'));
  }
  lines.push(...followUpLines(model.followUps));
  if (model.studyNext.length > 0) lines.push('## Study next', '', ...model.studyNext.map((topic) => `- ${escapeMarkdown(topic.title)}: lesson, questions and drills`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
