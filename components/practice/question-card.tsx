'use client';

import { useId, useMemo, useRef, useState } from 'react';
import type { ProbeAnswer } from '@/lib/deep-dive/probe';
import type { Question } from '@/lib/practice/question-schema';
import type { QuestionAnswer, QuestionResult } from '@/lib/practice/score-question';
import { useAddToReview } from '@/components/review/review-store';
import { FollowUpQuestion } from '@/components/deep-dive/follow-up-question';
import { useRecordAttempt, useRecordReveal, useShownAnswer } from './practice-store';
import { loadQuestionGrader } from './question-grader';
import { MAX_CONCEPT_ANSWER } from '@/components/shared/answer-limits';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';
import type { QuestionGrader } from './question-grader';

/**
 * One concept question: answer, check, answer the interviewer's follow-ups, and read why. Until the
 * learner asks to see the answer (or gets it right), findings say what is missing in neutral words.
 * A wrong answer, or one whose answer was shown before settling, enters the review queue, unless
 * `onChecked` is given: then the caller (the review page) decides what the answer means.
 * The marking engines load when the learner starts answering (question-grader.ts), not with the page.
 */
export function QuestionCard({ question, topic, number, onChecked }: { question: Question; topic: string; number: number; onChecked?: (result: QuestionResult) => void }) {
  const id = useId();
  const [selected, setSelected] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<QuestionAnswer | undefined>(undefined);
  const [probeAnswers, setProbeAnswers] = useState<Record<string, ProbeAnswer>>({});
  const [revealed, setRevealed] = useState(false);
  const [shownEarly, setShownEarly] = useState(false);
  const finished = useRef(false);
  const record = useRecordAttempt();
  const recordReveal = useRecordReveal();
  const shownBefore = useShownAnswer(topic, question.id);
  const addToReview = useAddToReview();
  const [grader, setGrader] = useState<QuestionGrader | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  const result = useMemo(() => (checked && grader ? grader.scoreQuestion(question, checked, probeAnswers) : undefined), [checked, grader, question, probeAnswers]);
  const feedback = result && grader ? grader.questionFeedback(question, result, revealed) : undefined;

  /** The engines, fetched on first need (answering starts the fetch, so checking rarely waits). */
  async function ensureGrader(): Promise<QuestionGrader | undefined> {
    if (grader) return grader;
    try {
      const loaded = await loadQuestionGrader();
      setGrader(loaded);
      setLoadFailed(false);
      return loaded;
    } catch {
      setLoadFailed(true);
      return undefined;
    }
  }

  /** Counts the attempt once per check: when it is settled, or when the answer is shown first. */
  function finish(scored: QuestionResult, correct: boolean) {
    if (finished.current) return;
    finished.current = true;
    record(topic, correct);
    if (onChecked) onChecked({ ...scored, correct });
    else if (!correct) addToReview([{ kind: 'question', topic, questionId: question.id, title: question.prompt }]);
  }

  function settleIfDone(marking: QuestionGrader, answer: QuestionAnswer, answers: Record<string, ProbeAnswer>) {
    const scored = marking.scoreQuestion(question, answer, answers);
    const verdict = marking.questionFeedback(question, scored, false).verdict;
    if (verdict) finish(scored, verdict === 'correct');
  }

  async function check() {
    if (question.type !== 'choice' && text.length > MAX_CONCEPT_ANSWER) return;
    const answer: QuestionAnswer = question.type === 'choice' ? { selected } : { text };
    const marking = await ensureGrader();
    if (!marking) return;
    finished.current = false;
    setShownEarly(false);
    setChecked(answer);
    settleIfDone(marking, answer, probeAnswers);
  }

  function answerProbe(pointId: string, answer: ProbeAnswer) {
    if (!checked || !grader) return;
    const answers = { ...probeAnswers, [pointId]: answer };
    setProbeAnswers(answers);
    settleIfDone(grader, checked, answers);
  }

  function reveal() {
    const settled = finished.current;
    setRevealed(true);
    setShownEarly(!settled);
    recordReveal(topic, question.id, settled);
    if (result && !settled) finish(result, false);
  }

  const turn = feedback?.next;
  return (
    <section className="panel question-card" aria-labelledby={`${id}-q`} onFocusCapture={() => void loadQuestionGrader().catch(() => undefined)}>
      <h3 id={`${id}-q`}>
        Question {number}
        <span className="visually-hidden">: </span>
      </h3>
      <p>{question.prompt}</p>
      {shownBefore ? <p className="muted">You asked to see this answer on {shownBefore.at.slice(0, 10)}{shownBefore.settled ? '' : ', before settling it'}.</p> : null}
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
          <textarea
            id={`${id}-answer`}
            className="entities-input"
            rows={3}
            value={text}
            aria-describedby={lengthNoteIds(`${id}-answer`, text.length, MAX_CONCEPT_ANSWER)}
            aria-invalid={text.length > MAX_CONCEPT_ANSWER || undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <LengthNote id={`${id}-answer`} length={text.length} max={MAX_CONCEPT_ANSWER} what="Your answer" action="check it" />
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={question.type !== 'choice' && text.length > MAX_CONCEPT_ANSWER} onClick={() => void check()}>
          Check answer
        </button>
        {result && !revealed ? (
          <button type="button" className="button" onClick={reveal}>
            Show the answer
          </button>
        ) : null}
      </div>
      {loadFailed ? (
        <p className="notice notice-warn" role="alert">
          The checker could not be loaded (are you offline?). Try &quot;Check answer&quot; again.
        </p>
      ) : null}
      {turn ? <FollowUpQuestion key={turn.pointId} turn={turn} onAnswer={(answer) => answerProbe(turn.pointId, answer)} /> : null}
      {feedback ? (
        <div className={`answer-feedback ${feedback.verdict === 'correct' ? 'answer-right' : 'answer-wrong'}`} role="status">
          <p className="answer-verdict">{feedback.verdict === 'correct' ? 'Correct.' : feedback.verdict === 'not-quite' ? 'Not quite.' : 'Answer the follow-up first.'}</p>
          <ul className="feedback-points">
            {feedback.findings.map((finding, index) => (
              <li key={`${finding.code}-${index}`} className={`finding-inline finding-${finding.severity}`}>
                {finding.message}
              </li>
            ))}
          </ul>
          {shownEarly ? <p className="muted">Answer shown before settling: this is recorded{onChecked ? '' : ', and the question goes to your review queue'}.</p> : null}
          {feedback.explanation ? <p>{feedback.explanation}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
