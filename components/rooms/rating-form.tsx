'use client';

import { useId } from 'react';
import type { Anchors, LevelAnchors } from '@/lib/content/anchor-schema';
import { HIRE_DECISIONS, HIRE_LEVEL_NAMES, HIRE_LEVELS, MAX_RATING_COMMENTS, RATING_LEVEL_NAMES, RATING_LEVELS, ratingGaps } from '@/lib/rooms/rating-schema';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';
import { useLimitedText } from '@/components/shared/use-limited-text';
import type { HireDecision, HireLevel, RatingLevel, Ratings } from '@/lib/rooms/rating-schema';
import { getStep, STEP_IDS } from '@/lib/steps/steps';

type RatingRowProps = {
  name: string;
  label: string;
  about?: string;
  anchors?: LevelAnchors;
  value: RatingLevel | undefined;
  disabled: boolean;
  onChange: (level: RatingLevel) => void;
};

/** One step or dimension: four radio buttons, each with what that level looks like in this case beside it. */
function RatingRow({ name, label, about, anchors, value, disabled, onChange }: RatingRowProps) {
  const id = useId();
  return (
    <fieldset className="rating-row" disabled={disabled}>
      <legend>
        {label}
        {value ? <span className="rating-chosen"> · {value}</span> : <span className="muted"> · not rated</span>}
      </legend>
      {about ? <p className="field-hint">{about}</p> : null}
      <ul className="rating-levels">
        {RATING_LEVELS.map((level) => (
          <li key={level}>
            <input type="radio" id={`${id}-${level}`} name={`${id}-${name}`} checked={value === level} onChange={() => onChange(level)} />
            <label htmlFor={`${id}-${level}`}>
              <span className="rating-level">
                {level} {RATING_LEVEL_NAMES[level]}
              </span>
              {anchors ? <span className="rating-anchor">{anchors[level]}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

type RatingFormProps = {
  ratings: Ratings;
  /** The case's anchors; without them the steps are rated with the levels' short names only. */
  anchors?: Anchors;
  disabled?: boolean;
  onChange: (ratings: Ratings) => void;
};

/**
 * The interviewer's rating form: each step and each of the case's dimensions 1-4 with the case's level
 * anchors beside each level, hire / no-hire, the level, and comments. Controlled: every change calls
 * `onChange` with the whole new value.
 */
export function RatingForm({ ratings, anchors, disabled = false, onChange }: RatingFormProps) {
  const id = useId();
  // No maxLength on the comments: a paste past the limit stays in the box (in this tab) and says how much to cut;
  // meanwhile the last comments within the limit are the ones saved.
  const comments = useLimitedText(undefined, ratings.comments, MAX_RATING_COMMENTS, (value) => onChange({ ...ratings, comments: value }));
  const dimensions = anchors?.dimensions ?? [];
  const gaps = ratingGaps(ratings, dimensions.map((dimension) => dimension.id));
  const missing = gaps.steps.length + gaps.dimensions.length + (gaps.decision ? 1 : 0) + (gaps.level ? 1 : 0);
  return (
    <section className="panel rating-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Ratings</h2>
      <p className="muted" aria-live="polite">
        {missing === 0 ? 'Everything is rated.' : `${missing} still to rate.`} The candidate sees ratings only after you release them.
      </p>
      <h3>Steps</h3>
      {STEP_IDS.map((step) => (
        <RatingRow
          key={step}
          name={step}
          label={getStep(step).title}
          anchors={anchors?.steps[step]}
          value={ratings.steps[step]}
          disabled={disabled}
          onChange={(level) => onChange({ ...ratings, steps: { ...ratings.steps, [step]: level } })}
        />
      ))}
      {dimensions.length > 0 ? <h3>Across the interview</h3> : null}
      {dimensions.map((dimension) => (
        <RatingRow
          key={dimension.id}
          name={dimension.id}
          label={dimension.label}
          about={dimension.about}
          anchors={dimension.levels}
          value={ratings.dimensions[dimension.id]}
          disabled={disabled}
          onChange={(level) => onChange({ ...ratings, dimensions: { ...ratings.dimensions, [dimension.id]: level } })}
        />
      ))}
      <h3>Recommendation</h3>
      <fieldset className="rating-row" disabled={disabled}>
        <legend>Hire or no hire</legend>
        <div className="radio-row">
          {HIRE_DECISIONS.map((decision: HireDecision) => (
            <label key={decision}>
              <input type="radio" name={`${id}-decision`} checked={ratings.decision === decision} onChange={() => onChange({ ...ratings, decision })} />{' '}
              {decision === 'hire' ? 'Hire' : 'No hire'}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="stacked-field">
        <label htmlFor={`${id}-level`}>Level</label>
        <select
          id={`${id}-level`}
          disabled={disabled}
          value={ratings.level ?? ''}
          onChange={(event) => {
            const { level: _level, ...rest } = ratings;
            const chosen = HIRE_LEVELS.find((level) => level === event.target.value);
            onChange(chosen ? { ...rest, level: chosen } : rest);
          }}
        >
          <option value="">Not chosen</option>
          {HIRE_LEVELS.map((level: HireLevel) => (
            <option key={level} value={level}>
              {HIRE_LEVEL_NAMES[level]}
            </option>
          ))}
        </select>
      </div>
      <div className="stacked-field">
        <label htmlFor={`${id}-comments`}>Comments</label>
        <textarea
          id={`${id}-comments`}
          className="notes-input"
          rows={4}
          disabled={disabled}
          value={comments.text}
          onChange={(event) => comments.change(event.target.value)}
          aria-describedby={lengthNoteIds(`${id}-comments`, comments.text.length, MAX_RATING_COMMENTS)}
          aria-invalid={comments.tooLong || undefined}
          placeholder="What the candidate did well, and what would change your mind."
        />
        <LengthNote id={`${id}-comments`} length={comments.text.length} max={MAX_RATING_COMMENTS} what="The text of your comments" action="save it" savedLength={comments.tooLong ? ratings.comments.length : undefined} />
      </div>
    </section>
  );
}
