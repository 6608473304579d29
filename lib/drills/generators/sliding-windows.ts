import { defineGenerator } from '../define-generator';
import { formatClock, plural } from '../format';
import type { AnswerKey } from '../types';

/** Window length and slide in minutes; the slide divides 60 so windows line up with whole hours. */
const SHAPES = [
  { length: 10, slide: 5 },
  { length: 15, slide: 5 },
  { length: 20, slide: 10 },
  { length: 30, slide: 10 },
  { length: 60, slide: 15 },
  { length: 15, slide: 10 },
  { length: 6, slide: 2 },
] as const;

/** Window starts (seconds since midnight) that contain `event`: multiples of the slide in (event - length, event]. */
export function windowStartsFor(event: number, length: number, slide: number): number[] {
  const starts: number[] = [];
  for (let start = Math.floor(event / slide) * slide; start > event - length; start -= slide) starts.push(start);
  return starts.reverse();
}

const rangeKey = (start: number, length: number): string => `${start}-${start + length}`;
const setKey = (starts: readonly number[], length: number): AnswerKey => ({ kind: 'set', item: { kind: 'time-range' }, items: starts.map((start) => rangeKey(start, length)) });
const show = (starts: readonly number[], length: number): string => starts.map((start) => `${formatClock(start)}-${formatClock(start + length)}`).join(', ');

export const slidingWindows = defineGenerator({
  id: 'sliding-windows',
  topic: 'spark-streaming',
  title: 'Which sliding windows contain an event',
  build(rng) {
    const shape = rng.pick(SHAPES);
    const length = shape.length * 60;
    const slide = shape.slide * 60;
    // Hours 01-21 keep every window inside one day; a third of events sit exactly on a window boundary.
    const onBoundary = rng.chance(0.3);
    const minute = onBoundary ? rng.int(0, 60 / shape.slide - 1) * shape.slide : rng.int(0, 59);
    const second = onBoundary || rng.chance(0.5) ? 0 : rng.int(1, 59);
    const event = rng.int(1, 21) * 3600 + minute * 60 + second;
    const starts = windowStartsFor(event, length, slide);
    const tumbling = [Math.floor(event / length) * length];
    // Treating the end as inclusive adds the window that ends exactly at the event.
    const inclusive = event % slide === 0 ? [event - length, ...starts] : starts;
    const forward = windowStartsFor(event + length - slide, length, slide).filter((start) => start >= Math.floor(event / slide) * slide);
    const first = starts[0] ?? 0;
    const last = starts[starts.length - 1] ?? 0;
    const prompt = [
      `A Structured Streaming query counts events with \`window(col("event_time"), "${shape.length} minutes", "${shape.slide} minutes")\`: ${shape.length}-minute windows that slide every ${shape.slide} minutes, with no start offset.`,
      '',
      `An event arrives with event time **${formatClock(event)}**. Which windows is it counted in?`,
      '',
      'Answer with the windows as start-end times, for example `12:00-12:10, 12:05-12:15`.',
    ].join('\n');
    const explanation = [
      `Spark aligns sliding windows to multiples of the slide counted from the epoch, so here they start at every ${shape.slide}-minute mark of the hour.`,
      `A window [start, start + ${shape.length} min) includes its start and excludes its end, so it contains ${formatClock(event)} when start <= ${formatClock(event)} < start + ${shape.length} min.`,
      starts.length === 1
        ? `The only ${shape.slide}-minute mark after ${formatClock(event - length)} and up to ${formatClock(event)} is ${formatClock(first)}, so the event is in 1 window.`
        : `The starts that qualify are the ${shape.slide}-minute marks after ${formatClock(event - length)} and up to ${formatClock(event)}: from ${formatClock(first)} to ${formatClock(last)}, which gives ${plural(starts.length, 'window')}.`,
      shape.length % shape.slide === 0
        ? `With a length that is a multiple of the slide, every event falls in length / slide = ${shape.length / shape.slide} windows.`
        : `The length is not a multiple of the slide, so some events fall in ${Math.ceil(shape.length / shape.slide)} windows and others in ${Math.floor(shape.length / shape.slide)}.`,
      event % slide === 0 ? `The event sits exactly on a boundary: the window that ends at ${formatClock(event)} does not contain it, the one that starts there does.` : '',
      'Source: Spark Structured Streaming Programming Guide, "Window Operations on Event Time", and the `window(timeColumn, windowDuration, slideDuration, startTime)` function reference ("window starts are inclusive but the window ends are exclusive").',
    ]
      .filter((line) => line !== '')
      .join(' ');
    const mistakes = [
      { key: setKey(tumbling, length), hint: 'That is the tumbling-window answer: sliding windows overlap, so one event is counted once per window that covers it.' },
      { key: setKey(inclusive, length), hint: 'Window ends are exclusive: an event exactly at a window end belongs to the next window, not that one.' },
      { key: setKey(forward, length), hint: 'Those windows start at or after the event; a window must start at or before the event time and end after it.' },
    ];
    return { prompt, solution: show(starts, length), explanation, key: setKey(starts, length), mistakes };
  },
});
