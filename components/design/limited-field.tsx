'use client';

import { CharacterCount } from '@/components/shared/character-count';

type LimitedFieldProps = {
  id: string;
  value: string;
  /** The graded limit, in characters: past it the field is marked invalid and says what to do, but keeps every character. */
  max: number;
  /** The sentence shown past the limit (lib/session/design-over-limit.ts), or undefined within it. */
  tooLong: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
  placeholder?: string;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  /** The count stays visually hidden (still read with the field) until the limit nears. */
  hiddenUntilNear?: boolean;
};

/**
 * A design text field without `maxLength`: a paste past the limit is kept whole (a browser would cut it silently),
 * with a character count and, past the limit, an error tied to the field (aria-describedby, aria-invalid) that
 * says how much to cut. Typing is never blocked; grading is, until the text fits.
 */
export function LimitedField({ id, value, max, tooLong, disabled, onChange, placeholder, rows, hiddenUntilNear = false }: LimitedFieldProps) {
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const shared = {
    id,
    value,
    disabled,
    placeholder,
    'aria-describedby': tooLong ? `${countId} ${errorId}` : countId,
    'aria-invalid': tooLong ? true : undefined,
  };
  return (
    <>
      {rows ? <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} /> : <input {...shared} onChange={(event) => onChange(event.target.value)} />}
      <CharacterCount id={countId} length={value.length} max={max} hiddenUntilNear={hiddenUntilNear && !tooLong} />
      {tooLong ? (
        <span id={errorId} className="field-error">
          {tooLong}
        </span>
      ) : null}
    </>
  );
}
