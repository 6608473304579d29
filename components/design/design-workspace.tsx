'use client';

import { useId, useMemo } from 'react';
import type { Rubric } from '@/lib/content/rubric-schema';
import { MAX_DESIGN_FIELD_CHARS, MAX_DESIGN_INPUTS, MAX_DESIGN_OUTPUTS, MAX_USE_CASE_CHARS } from '@/lib/design/design-bounds';
import { designFieldsOverLimit, designFieldTooLong } from '@/lib/session/design-over-limit';
import type { DesignFieldOverLimit, DesignFieldPath } from '@/lib/session/design-over-limit';
import type { DesignAnswer, DesignInput, DesignOutput, InputMode, ProcessingStyle } from '@/lib/design/design-answer-schema';
import type { StepResult } from '@/lib/scoring/finding';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { EngineLoadFailed } from '@/components/scoring/engine-load-failed';
import { TeachingStepScore } from '@/components/scoring/teaching-step-score';
import { presetResult } from '@/components/scoring/preset-grade';
import type { PresetGrade } from '@/components/scoring/preset-grade';
import { useLastDefined, useLazyEngine } from '@/components/scoring/use-lazy-engine';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { LimitedField } from './limited-field';

const STYLES: { value: ProcessingStyle; label: string }[] = [
  { value: 'batch', label: 'Batch' },
  { value: 'streaming', label: 'Streaming' },
  { value: 'both', label: 'Both (batch and streaming)' },
];

const loadDesignEngine = () => import('./design-engine');

/**
 * Step 3: inputs, the business use case and its SLA, outputs, and the processing style, scored live.
 * `preset` is the server's grade of the untouched answer: the engine downloads once the answer differs.
 */
export function DesignWorkspace({ rubric, preset }: { rubric: Rubric; preset?: PresetGrade<StepResult> }) {
  const ready = useSessionContext().phase === 'ready';
  const design = useSession((state) => state.session.answers.design);
  const setDesign = useSession((state) => state.setDesign);
  const id = useId();
  const untouched = useMemo(() => (design ? presetResult(preset, design) : undefined), [design, preset]);
  const { engine, failed, retry } = useLazyEngine(loadDesignEngine, design !== undefined && untouched === undefined);
  // A field past its graded limit keeps its text but blocks grading: the last score stays out of sight until it fits.
  const overLimit = useMemo(() => (design ? designFieldsOverLimit(design) : []), [design]);
  const result = useLastDefined(useMemo(() => untouched ?? (design && engine && overLimit.length === 0 ? engine.scoreDesign(design, rubric) : undefined), [untouched, design, engine, rubric, overLimit]));
  if (!design || !setDesign) return <p className="muted">Loading your design…</p>;
  const tooLong = (path: DesignFieldPath): string | undefined => {
    const found = overLimit.find((item) => samePath(item.path, path));
    return found ? designFieldTooLong(found) : undefined;
  };

  const update = (change: Partial<DesignAnswer>) => setDesign({ ...design, ...change });
  const updateInput = (index: number, change: Partial<DesignInput>) => update({ inputs: design.inputs.map((input, at) => (at === index ? { ...input, ...change } : input)) });
  const updateOutput = (index: number, change: Partial<DesignOutput>) => update({ outputs: design.outputs.map((output, at) => (at === index ? { ...output, ...change } : output)) });

  return (
    <>
      <section className="panel" aria-labelledby={`${id}-inputs`}>
        <h2 id={`${id}-inputs`}>Inputs</h2>
        <p className="field-hint">Each source of data: how it arrives, its format and its rate.</p>
        <ol className="form-rows">
          {design.inputs.map((input, index) => (
            <li key={index} className="form-row form-row-input">
              <div className="form-field">
                <label htmlFor={`${id}-input-${index}-name`}>Source {index + 1}</label>
                <LimitedField id={`${id}-input-${index}-name`} value={input.name} max={MAX_DESIGN_FIELD_CHARS} tooLong={tooLong({ field: 'name', input: index })} disabled={!ready} placeholder="Orders in PostgreSQL" hiddenUntilNear onChange={(value) => updateInput(index, { name: value })} />
              </div>
              <label>
                <span>Arrives as</span>
                <select value={input.mode} disabled={!ready} onChange={(event) => updateInput(index, { mode: event.target.value as InputMode | '' })}>
                  <option value="">choose…</option>
                  <option value="batch">batch</option>
                  <option value="stream">stream</option>
                </select>
              </label>
              <div className="form-field">
                <label htmlFor={`${id}-input-${index}-format`}>Format</label>
                <LimitedField id={`${id}-input-${index}-format`} value={input.format} max={MAX_DESIGN_FIELD_CHARS} tooLong={tooLong({ field: 'format', input: index })} disabled={!ready} placeholder="JSON, CSV, rows…" hiddenUntilNear onChange={(value) => updateInput(index, { format: value })} />
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-input-${index}-rate`}>Rate</label>
                <LimitedField id={`${id}-input-${index}-rate`} value={input.rate} max={MAX_DESIGN_FIELD_CHARS} tooLong={tooLong({ field: 'rate', input: index })} disabled={!ready} placeholder="600 events/s" hiddenUntilNear onChange={(value) => updateInput(index, { rate: value })} />
              </div>
              <button type="button" className="icon-button" aria-label={`Remove source ${index + 1}`} disabled={!ready} onClick={() => update({ inputs: design.inputs.filter((_, at) => at !== index) })}>
                ×
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button" disabled={!ready || design.inputs.length >= MAX_DESIGN_INPUTS} onClick={() => update({ inputs: [...design.inputs, { name: '', mode: '', format: '', rate: '' }] })}>
          Add a source
        </button>
      </section>

      <section className="panel" aria-labelledby={`${id}-business`}>
        <h2 id={`${id}-business`}>Business use case and SLA</h2>
        <div className="stacked-field">
          <label htmlFor={`${id}-use-case`}>Use case: the metric or feature that matters, and who needs it</label>
          <LimitedField id={`${id}-use-case`} rows={3} value={design.useCase} max={MAX_USE_CASE_CHARS} tooLong={tooLong({ field: 'useCase' })} disabled={!ready} onChange={(value) => update({ useCase: value })} />
        </div>
        <div className="stacked-field">
          <label htmlFor={`${id}-sla`}>SLA: how fresh the results must be, or by when</label>
          <LimitedField id={`${id}-sla`} value={design.sla} max={MAX_DESIGN_FIELD_CHARS} tooLong={tooLong({ field: 'sla' })} disabled={!ready} placeholder="within 5 minutes; daily report by 06:00" hiddenUntilNear onChange={(value) => update({ sla: value })} />
        </div>
      </section>

      <section className="panel" aria-labelledby={`${id}-outputs`}>
        <h2 id={`${id}-outputs`}>Outputs</h2>
        <ol className="form-rows">
          {design.outputs.map((output, index) => (
            <li key={index} className="form-row form-row-output">
              <div className="form-field">
                <label htmlFor={`${id}-output-${index}-consumer`}>Consumer {index + 1}</label>
                <LimitedField id={`${id}-output-${index}-consumer`} value={output.consumer} max={MAX_DESIGN_FIELD_CHARS} tooLong={tooLong({ field: 'consumer', output: index })} disabled={!ready} placeholder="Sales dashboards for analysts" hiddenUntilNear onChange={(value) => updateOutput(index, { consumer: value })} />
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-output-${index}-store`}>Serving store</label>
                <LimitedField id={`${id}-output-${index}-store`} value={output.store} max={MAX_DESIGN_FIELD_CHARS} tooLong={tooLong({ field: 'store', output: index })} disabled={!ready} placeholder="Snowflake, Redis…" hiddenUntilNear onChange={(value) => updateOutput(index, { store: value })} />
              </div>
              <button type="button" className="icon-button" aria-label={`Remove consumer ${index + 1}`} disabled={!ready} onClick={() => update({ outputs: design.outputs.filter((_, at) => at !== index) })}>
                ×
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button" disabled={!ready || design.outputs.length >= MAX_DESIGN_OUTPUTS} onClick={() => update({ outputs: [...design.outputs, { consumer: '', store: '' }] })}>
          Add a consumer
        </button>
      </section>

      <section className="panel" aria-labelledby={`${id}-style`}>
        <h2 id={`${id}-style`}>Processing style</h2>
        <fieldset className="radio-row">
          <legend className="visually-hidden">Processing style</legend>
          {STYLES.map((style) => (
            <label key={style.value}>
              <input type="radio" name={`${id}-style`} value={style.value} checked={design.processingStyle === style.value} disabled={!ready} onChange={() => update({ processingStyle: style.value })} />
              {style.label}
            </label>
          ))}
        </fieldset>
        <div className="stacked-field">
          <label htmlFor={`${id}-reason`}>Why, in one line</label>
          <LimitedField id={`${id}-reason`} value={design.reason} max={MAX_DESIGN_FIELD_CHARS} tooLong={tooLong({ field: 'reason' })} disabled={!ready} hiddenUntilNear onChange={(value) => update({ reason: value })} />
        </div>
      </section>
      {overLimit.length > 0 ? (
        <OverLimitNotice over={overLimit} />
      ) : (
        <HeldFeedback>{failed ? <EngineLoadFailed onRetry={retry} /> : result ? <TeachingStepScore step="design" result={result} title="Design feedback" /> : null}</HeldFeedback>
      )}
    </>
  );
}

function samePath(a: DesignFieldPath, b: DesignFieldPath): boolean {
  return a.field === b.field && ('input' in a ? a.input : undefined) === ('input' in b ? b.input : undefined) && ('output' in a ? a.output : undefined) === ('output' in b ? b.output : undefined);
}

/** In place of the score while a field is over its limit (in practice and in a mock alike): grading waits, nothing is lost. */
function OverLimitNotice({ over }: { over: DesignFieldOverLimit[] }) {
  return (
    <section className="panel notice notice-warn" aria-label="Shorten to submit">
      <h2>Shorten to submit</h2>
      <p>Your text is kept as you pasted it, but the design is not graded until every field fits its limit:</p>
      <ul>
        {over.map((item) => (
          <li key={item.label}>
            {item.label}: {item.length.toLocaleString('en-US')} of {item.max.toLocaleString('en-US')} characters
          </li>
        ))}
      </ul>
    </section>
  );
}
