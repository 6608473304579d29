import type { DeepDivePrompt } from '@/lib/content/rubric-schema';

/** The model answer of a deep-dive prompt (its key points), shown only after "Show the answer". */
export function ModelAnswer({ prompt, beforeSettling }: { prompt: DeepDivePrompt; beforeSettling: boolean }) {
  return (
    <section className="answer-feedback" aria-label="Model answer">
      <h3>Model answer</h3>
      {beforeSettling ? <p className="muted">Shown before settling: this is recorded on the report, and the interviewer asks no more follow-ups on this question.</p> : null}
      <ul className="feedback-points">
        {prompt.keyPoints.map((point) => (
          <li key={point.id}>
            {point.text}
            {point.probe ? <span className="muted"> {point.probe.explanation}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
