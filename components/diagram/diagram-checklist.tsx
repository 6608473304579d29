'use client';

import type { ReactNode } from 'react';
import type { Finding, StepResult } from '@/lib/scoring/finding';

const marks: Record<Finding['severity'], string> = { good: '✓', missing: '○', wrong: '✗', hint: 'i' };
const severityText: Record<Finding['severity'], string> = { good: 'done', missing: 'missing', wrong: 'problem', hint: 'hint' };

type ChecklistProps = {
  result: StepResult;
  onSelect: (elementIds: readonly string[]) => void;
  /** Questions shown above the findings (the "What is this?" list of unrecognised boxes). */
  questions?: ReactNode;
};

/** The live checklist beside the canvas; a finding about drawn elements selects them on the canvas. */
export function DiagramChecklist({ result, onSelect, questions }: ChecklistProps) {
  return (
    // It scrolls on its own, so it takes the focus: the keyboard can scroll a list with no buttons in it.
    <section className="diagram-checklist" aria-label="Diagram checklist" tabIndex={0}>
      <div className="panel-header">
        <h2>Checklist</h2>
        <p className="score" aria-label={`Score ${result.score} out of 100`}>
          <span className="score-value">{result.score}</span>
          <span className="score-max">/100</span>
        </p>
      </div>
      {questions}
      <ul className="checklist">
        {result.findings.map((finding, index) => {
          const refs = finding.refs ?? [];
          const body = (
            <>
              <span className={`check-mark check-${finding.severity}`} aria-hidden="true">
                {marks[finding.severity]}
              </span>
              <span>
                <span className="visually-hidden">{severityText[finding.severity]}: </span>
                {finding.message}
              </span>
            </>
          );
          return (
            <li key={`${finding.code}-${index}`} className={`check check-item-${finding.severity}`}>
              {refs.length > 0 ? (
                <button type="button" className="check-button" onClick={() => onSelect(refs)} title="Show on the canvas">
                  {body}
                </button>
              ) : (
                <div className="check-body">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
