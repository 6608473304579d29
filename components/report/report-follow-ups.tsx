import type { FollowUpSummary } from '@/lib/deep-dive/follow-ups';
import { answerShownText, followUpText } from '@/lib/report/report-text';

/** The interviewer's deep-dive follow-ups: each question, the learner's answer and what it settled; and model answers shown. */
export function ReportFollowUps({ followUps }: { followUps: readonly FollowUpSummary[] }) {
  if (followUps.length === 0) return null;
  return (
    <section className="panel" aria-label="Follow-up questions">
      <h2>Follow-up questions</h2>
      {followUps.map((prompt) => {
        const shown = answerShownText(prompt);
        return (
          <div key={prompt.promptId}>
            <h3>Deep-dive question {prompt.number}</h3>
            <ul className="findings">
              {prompt.probes.map((probe) => {
                const text = followUpText(probe);
                return (
                  <li key={probe.pointId} className={`finding finding-${probe.correct ? 'good' : 'wrong'}`}>
                    <span className="finding-message">
                      {text.question} Your answer: {text.answer} {text.settled}
                    </span>
                  </li>
                );
              })}
              {prompt.open.length > 0 ? (
                <li className="finding finding-missing">
                  <span className="finding-message">{prompt.open.length === 1 ? 'One follow-up was not answered.' : `${prompt.open.length} follow-ups were not answered.`}</span>
                </li>
              ) : null}
              {shown ? (
                <li className={`finding finding-${prompt.answerShownBeforeSettling ? 'hint' : 'good'}`}>
                  <span className="finding-message">{shown}</span>
                </li>
              ) : null}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
