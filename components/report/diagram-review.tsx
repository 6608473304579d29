'use client';

import Link from 'next/link';
import { useId, useMemo } from 'react';
import { highlightScene } from '@/lib/canvas/highlight-scene';
import type { ProblemSeverity } from '@/lib/canvas/highlight-scene';
import { readScene } from '@/lib/canvas/read-scene';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import type { StepResult } from '@/lib/scoring/finding';
import { diagramDescription } from './diagram-description';
import { SceneSvg } from './scene-svg';

const severityLabel: Record<ProblemSeverity, string> = { wrong: 'Wrong', missing: 'Missing' };

type DiagramReviewProps = {
  scene: SceneSnapshot;
  /** The diagram step's score, whose findings say what to mark. */
  result: StepResult | undefined;
  caseSlug: string;
};

/** The learner's diagram on the report, with what is wrong or missing marked on it and listed beside it. */
export function DiagramReview({ scene, result, caseSlug }: DiagramReviewProps) {
  const id = useId();
  const highlighted = useMemo(() => highlightScene(scene, result?.findings ?? []), [scene, result]);
  const description = useMemo(() => diagramDescription('Your diagram', readScene(scene.elements), highlighted.legend.marked.length), [scene, highlighted]);
  const { marked, unmarked } = highlighted.legend;

  return (
    <section className="panel diagram-review" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your diagram</h2>
      {highlighted.elements.length === 0 ? (
        <p>
          There is no diagram to review yet. <Link href={`/cases/${caseSlug}/diagram`}>Draw the full system</Link> and it will appear here with its problems
          marked.
        </p>
      ) : (
        <div className="diagram-review-body">
          <figure className="diagram-figure">
            <SceneSvg scene={highlighted} label={description} />
            <figcaption>
              Your diagram as you left it.
              {marked.length > 0 ? ' Solid red: wrong; dashed amber: part of something missing. The numbers match the list.' : ' Nothing on it is marked wrong.'}
            </figcaption>
          </figure>
          {marked.length > 0 || unmarked.length > 0 ? (
            <div className="diagram-legend">
              {marked.length > 0 ? (
                <>
                  <h3 id={`${id}-marked`}>Marked on the diagram</h3>
                  <ol className="diagram-legend-list" aria-labelledby={`${id}-marked`}>
                    {marked.map((entry) => (
                      <li key={`${entry.code}-${entry.number}`} className={`legend-item legend-${entry.severity}`}>
                        <span className="legend-badge">{entry.number}</span>
                        <span className="finding-severity">{severityLabel[entry.severity]}</span> {entry.message}
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
              {unmarked.length > 0 ? (
                <>
                  <h3 id={`${id}-unmarked`}>Not on the diagram</h3>
                  <ul className="diagram-legend-list" aria-labelledby={`${id}-unmarked`}>
                    {unmarked.map((entry, index) => (
                      <li key={`${entry.code}-${index}`} className={`legend-item legend-${entry.severity}`}>
                        <span className="finding-severity">{severityLabel[entry.severity]}</span> {entry.message}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
        </div>
      )}
    </section>
  );
}
