'use client';

import { useId, useState } from 'react';
import type { ProbeAnswer } from '@/lib/deep-dive/probe';
import { parseProbeNumber } from '@/lib/deep-dive/probe-flow';
import type { ProbeTurn } from '@/lib/deep-dive/probe-flow';

/**
 * The scripted interviewer's follow-up, asked where the learner answered: the lead-in quoting the
 * learner, the probe's question, and its choices or a number. `onAnswer` gets the answer once.
 */
export function FollowUpQuestion({ turn, onAnswer, disabled = false }: { turn: ProbeTurn; onAnswer: (answer: ProbeAnswer) => void; disabled?: boolean }) {
  const id = useId();
  const [selected, setSelected] = useState<string[]>([]);
  const [number, setNumber] = useState('');
  const { probe } = turn;
  const multiple = 'choices' in probe && probe.choices.filter((choice) => choice.correct).length > 1;
  const parsed = parseProbeNumber(number);
  const ready = 'choices' in probe ? selected.length > 0 : parsed !== undefined;

  function submit() {
    if ('choices' in probe) {
      if (selected.length > 0) onAnswer({ selected });
    } else if (parsed !== undefined) onAnswer({ number: parsed });
    setSelected([]);
    setNumber('');
  }

  return (
    <section className="notice notice-info follow-up" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Interviewer follow-up</h3>
      <p>
        {turn.lead ? `${turn.lead} ` : ''}
        {turn.question}
      </p>
      {'choices' in probe ? (
        <fieldset className="choice-list">
          <legend className="field-hint">{multiple ? 'Choose every answer that applies' : 'Choose one answer'}</legend>
          {probe.choices.map((choice) => (
            <label key={choice.id} className="choice">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`${id}-choices`}
                disabled={disabled}
                checked={selected.includes(choice.id)}
                onChange={(event) => setSelected((current) => (multiple ? (event.target.checked ? [...current, choice.id] : current.filter((value) => value !== choice.id)) : [choice.id]))}
              />
              {choice.text}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>
          <label htmlFor={`${id}-number`} className="field-hint">
            Your answer{probe.unit ? ` (${probe.unit})` : ''}
          </label>{' '}
          <input id={`${id}-number`} type="text" inputMode="decimal" disabled={disabled} value={number} onChange={(event) => setNumber(event.target.value)} />
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={disabled || !ready} onClick={submit}>
          Answer the follow-up
        </button>
      </div>
    </section>
  );
}
