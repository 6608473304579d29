'use client';

import { useId, useMemo } from 'react';
import type { Rubric } from '@/lib/content/rubric-schema';
import { MAX_DESIGN_FIELD_CHARS, MAX_DESIGN_INPUTS, MAX_DESIGN_OUTPUTS, MAX_USE_CASE_CHARS } from '@/lib/design/design-bounds';
import type { DesignAnswer, DesignInput, DesignOutput, InputMode, ProcessingStyle } from '@/lib/design/design-answer-schema';
import type { StepResult } from '@/lib/scoring/finding';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { EngineLoadFailed } from '@/components/scoring/engine-load-failed';
import { TeachingStepScore } from '@/components/scoring/teaching-step-score';
import { presetResult } from '@/components/scoring/preset-grade';
import type { PresetGrade } from '@/components/scoring/preset-grade';
import { useLastDefined, useLazyEngine } from '@/components/scoring/use-lazy-engine';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { CharacterCount } from '@/components/shared/character-count';

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
  const result = useLastDefined(useMemo(() => untouched ?? (design && engine ? engine.scoreDesign(design, rubric) : undefined), [untouched, design, engine, rubric]));
  if (!design || !setDesign) return <p className="muted">Loading your design…</p>;

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
              <label>
                <span>Source {index + 1}</span>
                <input value={input.name} maxLength={MAX_DESIGN_FIELD_CHARS} disabled={!ready} placeholder="Orders in PostgreSQL" onChange={(event) => updateInput(index, { name: event.target.value })} />
              </label>
              <label>
                <span>Arrives as</span>
                <select value={input.mode} disabled={!ready} onChange={(event) => updateInput(index, { mode: event.target.value as InputMode | '' })}>
                  <option value="">choose…</option>
                  <option value="batch">batch</option>
                  <option value="stream">stream</option>
                </select>
              </label>
              <label>
                <span>Format</span>
                <input value={input.format} maxLength={MAX_DESIGN_FIELD_CHARS} disabled={!ready} placeholder="JSON, CSV, rows…" onChange={(event) => updateInput(index, { format: event.target.value })} />
              </label>
              <label>
                <span>Rate</span>
                <input value={input.rate} maxLength={MAX_DESIGN_FIELD_CHARS} disabled={!ready} placeholder="600 events/s" onChange={(event) => updateInput(index, { rate: event.target.value })} />
              </label>
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
          <textarea id={`${id}-use-case`} rows={3} value={design.useCase} maxLength={MAX_USE_CASE_CHARS} aria-describedby={`${id}-use-case-count`} disabled={!ready} onChange={(event) => update({ useCase: event.target.value })} />
          <CharacterCount id={`${id}-use-case-count`} length={design.useCase.length} max={MAX_USE_CASE_CHARS} />
        </div>
        <div className="stacked-field">
          <label htmlFor={`${id}-sla`}>SLA: how fresh the results must be, or by when</label>
          <input id={`${id}-sla`} value={design.sla} maxLength={MAX_DESIGN_FIELD_CHARS} aria-describedby={`${id}-sla-count`} disabled={!ready} placeholder="within 5 minutes; daily report by 06:00" onChange={(event) => update({ sla: event.target.value })} />
          <CharacterCount id={`${id}-sla-count`} length={design.sla.length} max={MAX_DESIGN_FIELD_CHARS} hiddenUntilNear />
        </div>
      </section>

      <section className="panel" aria-labelledby={`${id}-outputs`}>
        <h2 id={`${id}-outputs`}>Outputs</h2>
        <ol className="form-rows">
          {design.outputs.map((output, index) => (
            <li key={index} className="form-row form-row-output">
              <label>
                <span>Consumer {index + 1}</span>
                <input value={output.consumer} maxLength={MAX_DESIGN_FIELD_CHARS} disabled={!ready} placeholder="Sales dashboards for analysts" onChange={(event) => updateOutput(index, { consumer: event.target.value })} />
              </label>
              <label>
                <span>Serving store</span>
                <input value={output.store} maxLength={MAX_DESIGN_FIELD_CHARS} disabled={!ready} placeholder="Snowflake, Redis…" onChange={(event) => updateOutput(index, { store: event.target.value })} />
              </label>
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
          <input id={`${id}-reason`} value={design.reason} maxLength={MAX_DESIGN_FIELD_CHARS} aria-describedby={`${id}-reason-count`} disabled={!ready} onChange={(event) => update({ reason: event.target.value })} />
          <CharacterCount id={`${id}-reason-count`} length={design.reason.length} max={MAX_DESIGN_FIELD_CHARS} hiddenUntilNear />
        </div>
      </section>
      <HeldFeedback>{failed ? <EngineLoadFailed onRetry={retry} /> : result ? <TeachingStepScore step="design" result={result} title="Design feedback" /> : null}</HeldFeedback>
    </>
  );
}
