'use client';

import { memo } from 'react';
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

type RowProps = { finding: Finding; onSelect: (elementIds: readonly string[]) => void };

/** Every grade brings new finding objects (from the worker); a row whose finding reads the same is not re-rendered. */
function sameRow(before: RowProps, after: RowProps): boolean {
  if (before.onSelect !== after.onSelect) return false;
  const [a, b] = [before.finding, after.finding];
  if (a === b) return true;
  if (a.code !== b.code || a.severity !== b.severity || a.message !== b.message) return false;
  const [refsA, refsB] = [a.refs ?? [], b.refs ?? []];
  return refsA.length === refsB.length && refsA.every((ref, index) => ref === refsB[index]);
}

/** One finding; one about drawn elements is a button that selects them on the canvas. */
const ChecklistRow = memo(function ChecklistRow({ finding, onSelect }: RowProps) {
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
    <li className={`check check-item-${finding.severity}`}>
      {refs.length > 0 ? (
        <button type="button" className="check-button" onClick={() => onSelect(refs)} title="Show on the canvas">
          {body}
        </button>
      ) : (
        <div className="check-body">{body}</div>
      )}
    </li>
  );
}, sameRow);

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
        {result.findings.map((finding, index) => (
          <ChecklistRow key={`${finding.code}-${index}`} finding={finding} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}
