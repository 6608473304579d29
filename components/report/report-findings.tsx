import type { ReportStepFindings } from '@/lib/report/report-model';
import { findingPoints, stepAnswerShownText } from '@/lib/report/report-text';
import type { SeverityGroup } from '@/lib/report/severity-groups';

/** Findings under one subheading per severity (wrong, missing, hints, earned), as the report model orders them. */
export function SeverityGroups({ groups }: { groups: readonly SeverityGroup[] }) {
  if (groups.length === 0) return <p className="muted">Nothing to grade yet.</p>;
  return groups.map((group) => (
    <div key={group.severity} className="report-severity">
      <h3>{group.heading}</h3>
      <ul className="findings">
        {group.findings.map((finding, index) => {
          const points = findingPoints(finding);
          return (
            <li key={`${finding.code}-${index}`} className={`finding report-finding finding-${finding.severity}`}>
              <span className="finding-message">{finding.message}</span>
              {points ? <span className="finding-points">{points}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  ));
}

/** Every step's findings, grouped by severity; the step pages keep their own list (StepScore). */
export function ReportFindings({ steps }: { steps: readonly ReportStepFindings[] }) {
  return steps.map((step) => (
    <section key={step.step} className="panel step-score" aria-label={`${step.title} findings`}>
      <div className="panel-header">
        <h2>{step.title} findings</h2>
        <p className="score" aria-label={`Score ${step.score} out of 100`}>
          <span className="score-value">{step.score}</span>
          <span className="score-max">/100</span>
        </p>
      </div>
      {step.answerShownAt ? <p className="notice notice-info">{stepAnswerShownText(step)}</p> : null}
      <SeverityGroups groups={step.groups} />
    </section>
  ));
}
