import type { Curveball } from '@/lib/content/rubric-schema';
import type { CurveballScore } from '@/lib/session/score-session';
import { CURVEBALL_WEIGHT } from '@/lib/interview/interview-bounds';
import { StepScore } from '@/components/scoring/step-score';

/** How the learner handled the requirement the interviewer changed mid-mock, with the case's reasoning. */
export function CurveballResult({ curveball, result }: { curveball: Curveball; result: CurveballScore }) {
  return (
    <section className="panel curveball-result" aria-label="Curveball">
      <h2>Curveball at minute {result.announcedAtMinute}</h2>
      <blockquote>{curveball.announcement}</blockquote>
      <p className="muted">
        It counts for {Math.round(CURVEBALL_WEIGHT * 100)}% of the total; the five steps share the rest. What a strong answer does: {curveball.why}
      </p>
      <StepScore result={result} title="Curveball findings" />
    </section>
  );
}
