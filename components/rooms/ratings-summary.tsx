'use client';

import { useId } from 'react';
import type { Anchors } from '@/lib/content/anchor-schema';
import { HIRE_LEVEL_NAMES, meanRating, RATING_LEVEL_NAMES } from '@/lib/rooms/rating-schema';
import type { Ratings } from '@/lib/rooms/rating-schema';
import type { StepId } from '@/lib/steps/steps';
import { getStep, STEP_IDS } from '@/lib/steps/steps';

/**
 * The interviewer's ratings beside the engine's scores, for the end-of-interview report: each step's
 * engine score and rating with what that level looks like in this case, the dimensions, the
 * recommendation, the level and the comments.
 */
export function RatingsSummary({ ratings, anchors, engineScores }: { ratings: Ratings; anchors?: Anchors; engineScores?: Partial<Record<StepId, number>> }) {
  const id = useId();
  const mean = meanRating(ratings);
  return (
    <section className="panel ratings-summary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Interviewer&apos;s ratings</h2>
      <p>
        Recommendation: <strong>{ratings.decision === 'hire' ? 'Hire' : ratings.decision === 'no-hire' ? 'No hire' : 'not given'}</strong>
        {ratings.level ? ` · level ${HIRE_LEVEL_NAMES[ratings.level]}` : ''}
        {mean !== undefined ? ` · mean rating ${mean} of 4` : ''}
      </p>
      <table className="report-table">
        <caption className="visually-hidden">Engine score and rating per step</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            {engineScores ? <th scope="col">Engine score</th> : null}
            <th scope="col">Rating</th>
            <th scope="col">What that level looks like</th>
          </tr>
        </thead>
        <tbody>
          {STEP_IDS.map((step) => {
            const rating = ratings.steps[step];
            return (
              <tr key={step}>
                <th scope="row">{getStep(step).title}</th>
                {engineScores ? <td className="report-number">{engineScores[step] ?? '–'}/100</td> : null}
                <td>{rating ? `${rating} ${RATING_LEVEL_NAMES[rating]}` : 'not rated'}</td>
                <td>{rating && anchors ? anchors.steps[step][rating] : ''}</td>
              </tr>
            );
          })}
          {(anchors?.dimensions ?? []).map((dimension) => {
            const rating = ratings.dimensions[dimension.id];
            return (
              <tr key={dimension.id}>
                <th scope="row">{dimension.label}</th>
                {engineScores ? <td /> : null}
                <td>{rating ? `${rating} ${RATING_LEVEL_NAMES[rating]}` : 'not rated'}</td>
                <td>{rating ? dimension.levels[rating] : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ratings.comments.trim() !== '' ? (
        <>
          <h3>Comments</h3>
          <p className="prose-notes">{ratings.comments}</p>
        </>
      ) : null}
    </section>
  );
}
