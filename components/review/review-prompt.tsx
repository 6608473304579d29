'use client';

import { useId, useState } from 'react';
import { MAX_DEEP_DIVE_ANSWER } from '@/lib/deep-dive/limits';
import { scoreDeepDivePrompt } from '@/lib/deep-dive/score-deep-dive';
import { promptRecalled } from '@/lib/review/prompt-verdict';
import type { DeepDivePrompt } from './review-content';

type Scored = ReturnType<typeof scoreDeepDivePrompt>;

/** A case's deep-dive prompt, answered again and scored by the deep-dive engine for that one prompt. */
export function ReviewPrompt({ prompt, caseTitle, onAnswered }: { prompt: DeepDivePrompt; caseTitle: string; onAnswered: (correct: boolean) => void }) {
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [scored, setScored] = useState<Scored | undefined>(undefined);
  const recalled = scored ? promptRecalled(scored) : false;

  function check() {
    if (scored || answer.trim() === '') return;
    const result = scoreDeepDivePrompt(prompt, answer);
    setScored(result);
    onAnswered(promptRecalled(result));
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Deep dive: {caseTitle}</h2>
      <p className="case-prompt">{prompt.question}</p>
      <label htmlFor={`${id}-answer`} className="field-hint">
        Your answer
      </label>
      <textarea
        id={`${id}-answer`}
        className="notes-input deep-dive-answer"
        rows={6}
        maxLength={MAX_DEEP_DIVE_ANSWER}
        readOnly={scored !== undefined}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        placeholder="Answer as you would out loud: precise terms, the guarantee, and why it matters."
      />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={check} disabled={answer.trim() === '' || scored !== undefined}>
          Check answer
        </button>
      </div>
      {scored ? (
        <div className={`answer-feedback ${recalled ? 'answer-right' : 'answer-wrong'}`} role="status">
          <p className="answer-verdict">
            {recalled ? 'Correct: every key point covered.' : `Not quite: ${scored.findings.filter((finding) => finding.severity === 'good').length} of ${scored.findings.length} key points covered.`}
          </p>
          <ul className="feedback-points">
            {scored.findings.map((finding) => (
              <li key={finding.code} className={`finding-inline finding-${finding.severity}`}>
                {finding.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
