import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../lib/report/markdown-escape';
import { reportMarkdown } from '../../../lib/report/report-markdown';
import { buildReportModel } from '../../../lib/report/report-model';
import type { ReportModel } from '../../../lib/report/report-model';
import { sessionCurveballBaseline } from '../../../lib/session/curveball-answer';
import { announceCurveball, finishInterview, pauseInterview, resumeInterview } from '../../../lib/session/interview-actions';
import { scoreSession } from '../../../lib/session/score-session';
import type { SessionScore } from '../../../lib/session/score-session';
import type { Session } from '../../../lib/session/session-schema';
import { at, frontmatter, rubric, workedMockSession, workedSession } from './fixture';

function report(session: Session, scored: SessionScore = scoreSession(session, rubric)): ReportModel {
  return buildReportModel({ caseTitle: frontmatter.title, session, scored, rubric, now: at(60) });
}

const HOSTILE = 'I said "| **bold** _it_ `code` [link](javascript:alert(1)) ![img](x.png) <script>alert(1)</script> &amp; ~~gone~~ \\"\n# Heading\n| a | b |\n- item';

describe('report as Markdown', () => {
  it('has the title, date, mode, total, the step table and every finding under its step and severity', () => {
    const session = workedSession();
    const scored = scoreSession(session, rubric);
    const markdown = reportMarkdown(report(session, scored));
    const [clarify, estimate, design, diagram, deepDive] = scored.steps.map((step) => step.score);
    expect(markdown.split('\n').slice(0, 18).join('\n')).toBe(
      [
        `# Report: ${frontmatter.title}`,
        '',
        '- Date: 2026-03-01',
        '- Mode: Practice (untimed; budgets from a 45-minute interview)',
        `- Total: **${scored.total}/100**`,
        '',
        '## Scores and time',
        '',
        '| Step | Score | Time | Budget | Against budget |',
        '| --- | ---: | ---: | ---: | --- |',
        `| 1. Clarify | ${clarify} | 7.5 min | 5 min | 2.5 min over |`,
        `| 2. Estimate | ${estimate} | 3 min | 5 min | 2 min under |`,
        `| 3. High-level design | ${design} | 0 min | 8 min | 8 min under |`,
        `| 4. Full system | ${diagram} | 0 min | 15 min | 15 min under |`,
        `| 5. Deep dives | ${deepDive} | 0 min | 12 min | 12 min under |`,
        '',
        'Time on the steps: 10.5 min of a 45 min interview.',
        '',
      ].join('\n'),
    );
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 6)).toEqual(['# Report: E-commerce data platform', '## Scores and time', '## Findings', `### 1. Clarify (${clarify}/100)`, '#### Wrong', '#### Missing']);
    expect(headings).toContain(`### 5. Deep dives (${deepDive}/100)`);
    expect(markdown).toContain('- Scale today: asked "How much data do we ingest daily?". (+30)');
    expect(markdown).toMatch(/^- storage\\_per\\_year = 73 TB: .+ \(\+\d+\)$/m);
    expect(markdown).toMatch(/^- Not covered: .+ \(−5\)$/m);
    // Each finding once, under its step.
    const findingLines = markdown.split('\n').filter((line) => line.startsWith('- ') && !line.startsWith('- Date') && !line.startsWith('- Mode') && !line.startsWith('- Total'));
    const studyLines = markdown.split('## Study next')[1]?.split('\n').filter((line) => line.startsWith('- ')) ?? [];
    expect(findingLines.length - studyLines.length).toBe(scored.steps.reduce((sum, step) => sum + step.findings.length, 0));
    expect(markdown.endsWith('- Data modelling: lesson, questions and drills\n')).toBe(true);
    expect(studyLines).toContain('- Kafka: lesson, questions and drills');
  });

  it('orders the severities wrong, missing, hints, earned within a step', () => {
    const session = workedSession();
    const scored = scoreSession(session, rubric);
    const mixed: SessionScore = {
      ...scored,
      steps: scored.steps.map((step) =>
        step.step === 'design'
          ? {
              ...step,
              findings: [
                { code: 'a', severity: 'good', message: 'earned one', points: 5 },
                { code: 'b', severity: 'hint', message: 'a hint', points: 0 },
                { code: 'c', severity: 'missing', message: 'missing one', points: 10 },
                { code: 'd', severity: 'wrong', message: 'wrong one', points: 15 },
              ],
            }
          : step,
      ),
    };
    const section = reportMarkdown(report(session, mixed)).split('### 3. High-level design')[1]?.split('### 4.')[0] ?? '';
    expect(section.split('\n').filter((line) => line !== '')).toEqual([
      ` (${scored.steps[2]?.score}/100)`,
      '#### Wrong',
      '- wrong one (−15)',
      '#### Missing',
      '- missing one (−10)',
      '#### Hints',
      '- a hint',
      '#### Earned',
      '- earned one (+5)',
    ]);
  });

  it('escapes Markdown and pipes in the learner’s words so they stay one plain line', () => {
    const escaped = escapeMarkdown(HOSTILE);
    expect(escaped).not.toContain('\n');
    expect(escaped).toBe(
      'I said "\\| \\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](javascript:alert(1)) !\\[img\\](x.png) \\<script\\>alert(1)\\</script\\> \\&amp; \\~\\~gone\\~\\~ \\\\" \\# Heading \\| a \\| b \\| - item',
    );
    // Every special character is preceded by an odd number of backslashes: none is left live.
    expect(escaped.replace(/\\[\\`*_[\]<>#|~&]/g, '')).not.toMatch(/[\\`*_[\]<>#|~&]/);

    const session = workedSession();
    const scored = scoreSession(session, rubric);
    const hostile: SessionScore = { ...scored, steps: scored.steps.map((step) => (step.step === 'clarify' ? { ...step, findings: [{ code: 'x', severity: 'wrong', message: HOSTILE, points: 10 }] } : step)) };
    const markdown = reportMarkdown({ ...report(session, hostile), caseTitle: 'Title | with *stars*' });
    expect(markdown).toContain('# Report: Title \\| with \\*stars\\*\n');
    expect(markdown).toContain(`- ${escaped} (−10)\n`);
    expect(markdown).not.toMatch(/^# Heading/m);
    expect(markdown).not.toMatch(/^\| a/m);
    expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(7);
  });

  it('has a curveball section only when the curveball was announced, and says how the mock ran', () => {
    const plain = reportMarkdown(report(finishInterview(workedMockSession(), at(45))));
    expect(plain).not.toContain('Curveball');
    expect(plain).toContain('- Mode: Mock interview of 45 minutes, finished: 45 min on the clock, 0 pauses\n');

    let session = workedMockSession();
    session = pauseInterview(session, at(10));
    session = resumeInterview(session, at(12.5));
    session = announceCurveball(session, sessionCurveballBaseline(session, rubric.curveball!), at(30));
    session = finishInterview(session, at(50));
    const scored = scoreSession(session, rubric);
    const markdown = reportMarkdown(report(session, scored));
    expect(markdown).toContain('- Mode: Mock interview of 45 minutes, finished: 47.5 min on the clock, 1 pause (2.5 min paused)\n');
    expect(markdown).toContain(`## Curveball\n\nAnnounced at minute 27. Score: ${scored.curveball?.score}/100.\n\n### Missing\n\n- `);
    expect(markdown.indexOf('## Curveball')).toBeLessThan(markdown.indexOf('## Findings'));
  });
});
