'use client';

import { useId, useState } from 'react';
import type { Question } from '@/lib/practice/question-schema';
import { scoreQuestion } from '@/lib/practice/score-question';
import type { QuestionResult } from '@/lib/practice/score-question';
import { useAddToReview } from '@/components/review/review-store';
import { useRecordAttempt } from './practice-store';

/**
 * One concept question: answer, check, and read why. A wrong answer enters the review queue, unless
 * `onChecked` is given: then the caller (the review page) decides what the answer means.
 */
export function QuestionCard({ question, topic, number, onChecked }: { question: Question; topic: string; number: number; onChecked?: (result: QuestionResult) => void }) {
  const id = useId();
  const [selected, setSelected] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [result, setResult] = useState<QuestionResult | undefined>(undefined);
  const record = useRecordAttempt();
  const addToReview = useAddToReview();

  function check() {
    const scored = scoreQuestion(question, question.type === 'choice' ? { selected } : { text });
    setResult(scored);
    record(topic, scored.correct);
    if (onChecked) onChecked(scored);
    else if (!scored.correct) addToReview([{ kind: 'question', topic, questionId: question.id, title: question.prompt }]);
  }

  return (
    <section className="panel question-card" aria-labelledby={`${id}-q`}>
      <h3 id={`${id}-q`}>
        Question {number}
        <span className="visually-hidden">: </span>
      </h3>
      <p>{question.prompt}</p>
      {question.type === 'choice' ? (
        <fieldset className="choice-list">
          <legend className="field-hint">{question.multiple ? 'Choose every answer that applies' : 'Choose one answer'}</legend>
          {question.options.map((option) => (
            <label key={option.id} className="choice">
              <input
                type={question.multiple ? 'checkbox' : 'radio'}
                name={`${id}-options`}
                checked={selected.includes(option.id)}
                onChange={(event) =>
                  setSelected((current) => (question.multiple ? (event.target.checked ? [...current, option.id] : current.filter((value) => value !== option.id)) : [option.id]))
                }
              />
              {option.text}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={`${id}-answer`} className="field-hint">
            Your answer, in a sentence or two
          </label>
          <textarea id={`${id}-answer`} className="entities-input" rows={3} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={check}>
          Check answer
        </button>
      </div>
      {result ? (
        <div className={`answer-feedback ${result.correct ? 'answer-right' : 'answer-wrong'}`} role="status">
          <p className="answer-verdict">{result.correct ? 'Correct.' : 'Not quite.'}</p>
          <ul className="feedback-points">
            {result.findings.map((finding, index) => (
              <li key={`${finding.code}-${index}`} className={`finding-inline finding-${finding.severity}`}>
                {finding.message}
              </li>
            ))}
          </ul>
          <p>{question.explanation}</p>
        </div>
      ) : null}
    </section>
  );
}
