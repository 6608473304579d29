import { SeverityGroups } from '@/components/report/report-findings';
import { groupBySeverity } from '@/lib/report/severity-groups';
import type { StepResult } from '@/lib/scoring/finding';

/** One reference answer's grade on the case's own rubric, with its findings. */
export function AuthorStepResult({ title, result, expected }: { title: string; result: StepResult; expected: string }) {
  return (
    <section className="panel step-score" aria-label={title}>
      <div className="panel-header">
        <h2>{title}</h2>
        <p className="score" aria-label={`Score ${result.score} out of 100`}>
          <span className="score-value">{result.score}</span>
          <span className="score-max">/100</span>
        </p>
      </div>
      <p className="muted">{expected}</p>
      <SeverityGroups groups={groupBySeverity(result.findings)} />
    </section>
  );
}
