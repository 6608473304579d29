import type { CheckResult, Drill } from '@/lib/drills/types';
import { MarkdownPreview } from '@/components/step/markdown-preview';

/** The verdict on a drill answer with the worked solution, the same in practice and in review. */
export function DrillFeedback({ drill, result }: { drill: Drill; result: CheckResult }) {
  return (
    <div className={`answer-feedback ${result.correct ? 'answer-right' : 'answer-wrong'}`} role="status">
      <p className="answer-verdict">{result.correct ? 'Correct.' : 'Not quite.'}</p>
      <p>{result.feedback}</p>
      <details>
        <summary>Worked solution</summary>
        <p>
          <strong>{drill.solution}</strong>
        </p>
        <MarkdownPreview source={drill.explanation} />
      </details>
    </div>
  );
}
