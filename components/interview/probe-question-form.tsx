'use client';

import { useId, useState } from 'react';
import type { ProbeAnswer } from '@/lib/deep-dive/probe';
import { parseProbeNumber } from '@/lib/deep-dive/probe-flow';
import type { ProbeQuestion } from '@/lib/interview/probe-question';

/**
 * The scripted interviewer's follow-up, asked where the learner answered: the lead-in quoting the
 * learner, the question, and its choices or a number. One form for the deep dive, practice, the
 * mock's curveball and a room's (whose candidate gets the question from the server, without the
 * right answer). `onAnswer` gets the answer once.
 */
export function ProbeQuestionForm({ question, onAnswer, disabled = false }: { question: ProbeQuestion; onAnswer: (answer: ProbeAnswer) => void; disabled?: boolean }) {
  const id = useId();
  const [selected, setSelected] = useState<string[]>([]);
  const [number, setNumber] = useState('');
  const { choices } = question;
  const multiple = question.multiple === true;
  const parsed = parseProbeNumber(number);
  const ready = choices ? selected.length > 0 : parsed !== undefined;

  function submit() {
    if (choices) {
      if (selected.length > 0) onAnswer({ selected });
    } else if (parsed !== undefined) onAnswer({ number: parsed });
    setSelected([]);
    setNumber('');
  }

  return (
    <section className="notice notice-info follow-up" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Interviewer follow-up</h3>
      <p>
        {question.lead ? `${question.lead} ` : ''}
        {question.question}
      </p>
      {choices ? (
        <fieldset className="choice-list">
          <legend className="field-hint">{multiple ? 'Choose every answer that applies' : 'Choose one answer'}</legend>
          {choices.map((choice) => (
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
            Your answer{question.unit ? ` (${question.unit})` : ''}
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
