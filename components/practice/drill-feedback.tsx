import { feedbackWithoutExplanation } from '@/lib/drills/feedback-without-explanation';
import type { CheckResult, Drill } from '@/lib/drills/types';
import { MarkdownPreview } from '@/components/step/markdown-preview';

/**
 * The verdict on a drill answer with the worked solution, the same in practice and in review. An answer
 * that could not be read shows how to write it and nothing else: the solution stays hidden.
 */
export function DrillFeedback({ drill, result }: { drill: Drill; result: CheckResult }) {
  if (!result.readable) {
    return (
      <div className="answer-feedback" role="status">
        <p className="answer-verdict">Could not read this answer.</p>
        <p>{result.feedback}</p>
      </div>
    );
  }
  return (
    <div className={`answer-feedback ${result.correct ? 'answer-right' : 'answer-wrong'}`} role="status">
      <p className="answer-verdict">{result.correct ? 'Correct.' : 'Not quite.'}</p>
      {/* The explanation is in the worked solution below: said once. */}
      <p>{feedbackWithoutExplanation(result, drill)}</p>
      {result.parts && result.parts.length > 1 ? (
        <ul className="drill-parts">
          {result.parts.map((part) => (
            <li key={part.part}>
              {part.correct ? 'Right' : 'Wrong'}: {part.feedback}
            </li>
          ))}
        </ul>
      ) : null}
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
