'use client';

const count = (value: number) => value.toLocaleString('en-US');

/** From this share of the limit on, the count is shown (where it is hidden until then) and announced. */
export const NEAR_LIMIT_SHARE = 0.9;

/**
 * What a screen reader hears about a field's length: nothing until NEAR_LIMIT_SHARE of `max`, then one sentence per
 * band (under 10% left, under 100 left, at the limit, over it), so a learner is told as the limit nears without a
 * sentence per keystroke (the last hundred is a band of its own above 1,000). Pure.
 */
export function lengthAnnouncement(length: number, max: number): string {
  if (length > max) return `Over the ${count(max)}-character limit.`;
  if (length === max) return `At the ${count(max)}-character limit.`;
  if (length < max * NEAR_LIMIT_SHARE) return '';
  // The last hundred is its own band only where it is a small part of the last tenth.
  if (max > 1_000 && max - length < 100) return `Fewer than 100 characters left of ${count(max)}.`;
  return `Fewer than ${count(Math.ceil(max * (1 - NEAR_LIMIT_SHARE)))} characters left of ${count(max)}.`;
}

/**
 * A field's character counter: "1,234 / 10,000 characters", as `id` for the field's aria-describedby. With
 * `hiddenUntilNear` it stays visually hidden (still read with the field) until NEAR_LIMIT_SHARE of `max`. A polite
 * live region announces the bands of `lengthAnnouncement` as they are crossed.
 */
export function CharacterCount({ id, length, max, hiddenUntilNear = false }: { id: string; length: number; max: number; hiddenUntilNear?: boolean }) {
  const near = length >= max * NEAR_LIMIT_SHARE;
  const className = `character-count${near ? ' character-count-near' : ''}${length > max ? ' character-count-over' : ''}${hiddenUntilNear && !near ? ' visually-hidden' : ''}`;
  return (
    <>
      <span id={id} className={className}>
        {count(length)} / {count(max)} characters
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {lengthAnnouncement(length, max)}
      </span>
    </>
  );
}
