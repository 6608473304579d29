'use client';

import { useId, useMemo } from 'react';
import type { Rubric } from '@/lib/content/rubric-schema';
import { MAX_ROWS } from '@/lib/estimate/limits';
import type { StepAnswers } from '@/lib/session/session-schema';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { useFeedbackHeld } from '@/components/interview/use-feedback-held';
import { EngineLoadFailed } from '@/components/scoring/engine-load-failed';
import { estimateGradeInput, presetResult } from '@/components/scoring/preset-grade';
import type { EstimateView, PresetGrade } from '@/components/scoring/preset-grade';
import { TeachingStepScore } from '@/components/scoring/teaching-step-score';
import { useLastDefined, useLazyEngine } from '@/components/scoring/use-lazy-engine';
import { AvailabilityHelper } from './availability-helper';
import { WorksheetRow } from './worksheet-row';
import { useSession, useSessionContext } from '@/components/session/session-provider';

type Row = StepAnswers['estimate']['rows'][number];

function newRowId(rows: readonly Row[]): string {
  const taken = new Set(rows.map((row) => row.id));
  let index = rows.length + 1;
  while (taken.has(`r${index}`)) index += 1;
  return `r${index}`;
}

const EMPTY_ROWS: Row[] = [];

const loadEstimateEngine = () => import('./estimate-engine');

/**
 * Step 2: a unit-aware worksheet evaluated as the learner types, graded against the case's quantities.
 * `preset` is the server's view of the untouched step: the evaluator (mathjs) and the engines download
 * once a row, a clarify question or the notes differ from it.
 */
export function EstimateWorkspace({ rubric, preset }: { rubric: Rubric; preset?: PresetGrade<EstimateView> }) {
  const ready = useSessionContext().phase === 'ready';
  const clarify = useSession((state) => state.session.answers.clarify);
  const rows = useSession((state) => state.session.answers.estimate.rows) ?? EMPTY_ROWS;
  const setRows = useSession((state) => state.setWorksheetRows);
  const id = useId();

  // The step's notes can say the figures include growth (`sized for next year's 1.5x`).
  const notes = useSession((state) => state.session.steps.estimate.notes);
  const untouched = useMemo(() => presetResult(preset, estimateGradeInput(rows, clarify, notes)), [preset, rows, clarify, notes]);
  // Not while the session opens: until then there is no work to compare with the preset, so nothing to grade.
  const { engine, failed, retry } = useLazyEngine(loadEstimateEngine, ready && untouched === undefined);
  // Only the numbers the learner has uncovered by asking in step 1 can be used by name.
  const availableValues = useMemo(() => {
    if (untouched) return untouched.availableValues;
    if (!clarify || !engine) return undefined;
    const { revealedFactIds } = engine.analyseClarify(engine.transcriptFromAnswers(clarify), rubric);
    return engine.availableValuesFor(rubric, revealedFactIds);
  }, [untouched, clarify, engine, rubric]);
  const view = useLastDefined(
    useMemo((): EstimateView | undefined => {
      if (untouched) return untouched;
      if (!engine) return undefined;
      const values = availableValues ?? {};
      return { graded: engine.gradeEstimate({ rows }, rubric, { availableValues: values, notes }), availableValues: values };
    }, [untouched, engine, availableValues, rows, rubric, notes]),
  );
  const graded = view?.graded;
  const quantities = rubric.steps.estimate.quantities;

  function update(rowId: string, change: Partial<Row>) {
    setRows?.(rows.map((row) => (row.id === rowId ? { ...row, ...change } : row)));
  }
  function addRow(name = '') {
    if (rows.length >= MAX_ROWS) return;
    setRows?.([...rows, { id: newRowId(rows), name, expr: '' }]);
  }
  function removeRow(rowId: string) {
    setRows?.(rows.filter((row) => row.id !== rowId));
  }
  function addQuantityRows() {
    const present = new Set(rows.map((row) => row.name.trim().toLowerCase()));
    const added: Row[] = [];
    for (const quantity of quantities) {
      if (present.has(quantity.id)) continue;
      added.push({ id: newRowId([...rows, ...added]), name: quantity.id, expr: '' });
    }
    setRows?.([...rows, ...added]);
  }

  const valueNames = Object.entries(view?.availableValues ?? {});
  // Until the session is read, the mode is unknown: show no verdict rather than flash one in a mock.
  const feedbackHeld = useFeedbackHeld() ?? true;
  return (
    <>
      <section className="panel" aria-labelledby={`${id}-asked`}>
        <h2 id={`${id}-asked`}>What the interviewer wants sized</h2>
        <ul className="quantity-list">
          {graded
            ? graded.quantities.map((quantity) => (
                <li key={quantity.id}>
                  <code>{quantity.id}</code>: {quantity.title}
                  {feedbackHeld ? (
                    <span className="verdict verdict-missing">{quantity.verdict === 'missing' ? 'not answered' : 'answered'}</span>
                  ) : (
                    <span className={`verdict verdict-${quantity.verdict}`}>{quantity.verdict === 'missing' ? 'not answered' : quantity.verdict}</span>
                  )}
                </li>
              ))
            : quantities.map((quantity) => (
                // The engine is still loading: the quantities without a verdict yet.
                <li key={quantity.id}>
                  <code>{quantity.id}</code>: {quantity.title}
                </li>
              ))}
        </ul>
        <p className="field-hint">Name a row after a quantity to answer it. Rows can use earlier rows and the numbers below by name.</p>
        {valueNames.length > 0 ? (
          <>
            <h3 className="subheading">Numbers you uncovered in step 1</h3>
            <ul className="value-list">
              {valueNames.map(([name, value]) => (
                <li key={name}>
                  <code>{name}</code> = {value}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">No case numbers yet: ask the interviewer about scale in step 1, or type the numbers in directly.</p>
        )}
      </section>

      <section className="panel" aria-labelledby={`${id}-worksheet`}>
        <h2 id={`${id}-worksheet`}>Worksheet</h2>
        {rows.length === 0 ? <p className="muted">Add a row, for example <code>storage_per_year = 200 GB/day * 365 day</code>.</p> : null}
        <ol className="worksheet">
          {rows.map((row, index) => (
            <WorksheetRow key={row.id} baseId={id} row={row} index={index} evaluated={graded?.rows[index]} ready={ready} update={update} remove={removeRow} />
          ))}
        </ol>
        <div className="button-row">
          <button type="button" className="button" onClick={() => addRow()} disabled={!ready || rows.length >= MAX_ROWS}>
            Add row
          </button>
          {quantities.some((quantity) => !rows.some((row) => row.name.trim().toLowerCase() === quantity.id)) ? (
            <button type="button" className="button" onClick={addQuantityRows} disabled={!ready}>
              Add a row for each quantity
            </button>
          ) : null}
        </div>
      </section>
      <AvailabilityHelper />
      <HeldFeedback>{failed ? <EngineLoadFailed onRetry={retry} /> : graded ? <TeachingStepScore step="estimate" result={graded} title="Estimate feedback" /> : null}</HeldFeedback>
    </>
  );
}
