'use client';

import type { EvaluatedRow } from '@/lib/estimate/worksheet-schema';
import { MAX_EXPRESSION_LENGTH } from '@/lib/estimate/limits';
import type { StepAnswers } from '@/lib/session/session-schema';
import { useSession } from '@/components/session/session-provider';
import { MAX_ROW_NAME_INPUT } from '@/components/shared/answer-limits';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';
import { overLimitDraftKey } from '@/components/shared/over-limit-drafts';
import { useLimitedText } from '@/components/shared/use-limited-text';

type Row = StepAnswers['estimate']['rows'][number];

type WorksheetRowProps = {
  /** The worksheet's id prefix (useId), for the fields' ids. */
  baseId: string;
  row: Row;
  /** 0-based position in the worksheet. */
  index: number;
  evaluated: EvaluatedRow | undefined;
  ready: boolean;
  update: (rowId: string, change: Partial<Row>) => void;
  remove: (rowId: string) => void;
};

/**
 * One `name = expression` row of the estimate worksheet, with its value. Neither field has a `maxLength`: a paste
 * past MAX_ROW_NAME_INPUT or MAX_EXPRESSION_LENGTH stays whole (and in a draft across a reload) with a count and a
 * sentence saying how much to cut; meanwhile the row keeps, and is evaluated on, its last text within the limit.
 */
export function WorksheetRow({ baseId, row, index, evaluated, ready, update, remove }: WorksheetRowProps) {
  const sessionId = useSession((state) => state.session.id);
  const draft = (field: 'name' | 'expr') => (sessionId ? overLimitDraftKey(sessionId, { kind: 'worksheet', rowId: row.id, field }) : undefined);
  const name = useLimitedText(draft('name'), row.name, MAX_ROW_NAME_INPUT, (value) => update(row.id, { name: value }));
  const expr = useLimitedText(draft('expr'), row.expr, MAX_EXPRESSION_LENGTH, (value) => update(row.id, { expr: value }));
  const nameId = `${baseId}-${row.id}-name`;
  const exprId = `${baseId}-${row.id}-expr`;
  const resultId = `${baseId}-${row.id}-result`;
  return (
    <li className="worksheet-row">
      <label className="visually-hidden" htmlFor={nameId}>
        Row {index + 1} name
      </label>
      <input
        id={nameId}
        className="worksheet-name"
        value={name.text}
        placeholder="name"
        disabled={!ready}
        onChange={(event) => name.change(event.target.value)}
        spellCheck={false}
        aria-describedby={lengthNoteIds(nameId, name.text.length, MAX_ROW_NAME_INPUT)}
        aria-invalid={name.tooLong || undefined}
      />
      <span aria-hidden="true">=</span>
      <label className="visually-hidden" htmlFor={exprId}>
        Row {index + 1} expression
      </label>
      <input
        id={exprId}
        className="worksheet-expr"
        value={expr.text}
        placeholder="200 GB/day * 365 day"
        disabled={!ready}
        onChange={(event) => expr.change(event.target.value)}
        spellCheck={false}
        aria-describedby={`${lengthNoteIds(exprId, expr.text.length, MAX_EXPRESSION_LENGTH)} ${resultId}`}
        aria-invalid={expr.tooLong || undefined}
      />
      <button type="button" className="icon-button" onClick={() => remove(row.id)} aria-label={`Remove row ${index + 1}`} disabled={!ready}>
        ×
      </button>
      <output id={resultId} className={evaluated?.error ? 'worksheet-error' : 'worksheet-value'} aria-live="polite">
        {row.expr.trim() === '' ? '' : evaluated?.error ? evaluated.error : evaluated?.value ? `= ${evaluated.value.display}` : ''}
      </output>
      {row.expr.trim() !== '' && evaluated?.read ? (
        <small className="worksheet-read">
          read as <code>{evaluated.read}</code>
          {evaluated.value ? <> in {evaluated.value.unit === '' ? 'a plain number' : <code>{evaluated.value.unit}</code>}</> : null}
          {evaluated.notes?.map((note) => (
            <span key={note} className="worksheet-note">
              {' '}
              {note}.
            </span>
          ))}
        </small>
      ) : null}
      <span className="worksheet-length">
        <LengthNote id={nameId} length={name.text.length} max={MAX_ROW_NAME_INPUT} what={`Row ${index + 1}'s name`} action="use it" savedLength={name.tooLong ? row.name.length : undefined} />
        <LengthNote id={exprId} length={expr.text.length} max={MAX_EXPRESSION_LENGTH} what={`Row ${index + 1}'s expression`} action="evaluate it" savedLength={expr.tooLong ? row.expr.length : undefined} />
      </span>
    </li>
  );
}
