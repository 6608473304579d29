import type { Finding, StepResult } from '@/lib/scoring/finding';
import { findingPoints } from '@/lib/report/finding-points';

const severityLabel: Record<Finding['severity'], string> = {
  wrong: 'Wrong',
  missing: 'Missing',
  hint: 'Hint',
  good: 'Good',
};

/**
 * A step's score and every finding behind it, problems first (the engines sort them). `note`, when
 * given, says under the score what it should be (the author preview: "A correct case gives its
 * reference worksheet 100.").
 */
export function StepScore({ result, title = 'Feedback', note }: { result: StepResult; title?: string; note?: string }) {
  return (
    <section className="panel step-score" aria-label={title}>
      <div className="panel-header">
        <h2>{title}</h2>
        <p className="score" aria-label={`Score ${result.score} out of 100`}>
          <span className="score-value">{result.score}</span>
          <span className="score-max">/100</span>
        </p>
      </div>
      {note ? <p className="muted">{note}</p> : null}
      {result.findings.length === 0 ? (
        <p className="muted">Nothing to grade yet.</p>
      ) : (
        <ul className="findings">
          {result.findings.map((finding, index) => (
            <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
              <span className="finding-severity">{severityLabel[finding.severity]}</span>
              <span className="finding-message">{finding.message}</span>
              {findingPoints(finding) !== '' ? <span className="finding-points">{findingPoints(finding)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
