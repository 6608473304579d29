'use client';

import { useId } from 'react';
import { eventCountAtSeq } from '@/lib/rooms/room-replay';
import type { ReplayMark, RoomReplay } from '@/lib/rooms/room-replay';

/** Interview time as m:ss (or h:mm:ss). */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** The interview time after `count` events. */
export function elapsedAfter(replay: RoomReplay, count: number): number {
  return count > 0 ? (replay.elapsed[Math.min(count, replay.elapsed.length) - 1] ?? 0) : 0;
}

/** The last mark at or before the moment after `count` events. */
function markBefore(replay: RoomReplay, count: number): ReplayMark | undefined {
  const seq = count > 0 ? (replay.events[count - 1]?.seq ?? 0) : 0;
  return replay.marks.findLast((mark) => mark.seq <= seq);
}

/**
 * The replay's timeline: a range over every event of the log (arrow keys step one event, Page Up/Down
 * more, Home/End the ends) whose spoken value is the interview time and the last thing that happened,
 * then one button per mark, and previous/next mark buttons.
 */
export function ReplayTimeline({ replay, count, onChange }: { replay: RoomReplay; count: number; onChange: (count: number) => void }) {
  const id = useId();
  const total = replay.events.length;
  const current = markBefore(replay, count);
  const valueText = `${formatElapsed(elapsedAfter(replay, count))}, event ${count} of ${total}${current ? `, after: ${current.label}` : ''}`;
  const markCounts = replay.marks.map((mark) => eventCountAtSeq(replay, mark.seq));
  const previous = markCounts.findLast((markCount) => markCount < count);
  const next = markCounts.find((markCount) => markCount > count);
  return (
    <section className="replay-timeline panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Timeline</h2>
      <label htmlFor={`${id}-range`}>Moment in the interview</label>
      <input
        id={`${id}-range`}
        type="range"
        min={0}
        max={total}
        step={1}
        value={count}
        aria-valuetext={valueText}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <p className="replay-now" aria-live="polite">
        <strong>{formatElapsed(elapsedAfter(replay, count))}</strong> of {formatElapsed(replay.durationMs)} · event {count} of {total}
        {current ? ` · after: ${current.label}` : ''}
      </p>
      <div className="replay-step-buttons">
        <button type="button" className="button" disabled={previous === undefined} onClick={() => previous !== undefined && onChange(previous)}>
          Previous mark
        </button>
        <button type="button" className="button" disabled={next === undefined} onClick={() => next !== undefined && onChange(next)}>
          Next mark
        </button>
      </div>
      <ol className="replay-marks" aria-label="Marks">
        {replay.marks.map((mark, index) => (
          <li key={mark.seq} className={`replay-mark replay-mark-${mark.kind}`}>
            <button type="button" className="link-button" aria-current={markCounts[index] === count ? 'step' : undefined} onClick={() => onChange(markCounts[index] ?? 0)}>
              {formatElapsed(mark.elapsedMs)} {mark.label}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
