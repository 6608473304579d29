import { defineGenerator } from '../define-generator';
import { formatClock } from '../format';
import type { AnswerKey, DecidingClock } from '../types';

type Case = 'dropped' | 'late-but-open' | 'within-delay';

/** The verdict alone is a coin toss: the answer also gives the watermark, and may give the window it compares with. */
function decidingValues(watermark: number, windowEnd: number): DecidingClock[] {
  return [
    { name: 'watermark', labels: ['watermark', 'wm', 'the watermark'], seconds: watermark, required: true },
    {
      name: 'window end',
      labels: ['window end', 'window ends', 'end of the window', 'end of its window', 'end of window', 'window closes', 'closes', 'ends', 'end'],
      rangeLabels: ['window'],
      seconds: windowEnd,
      required: false,
    },
  ];
}

const yesNo = (value: boolean, deciding?: DecidingClock[]): AnswerKey => ({
  kind: 'yes-no',
  value,
  yesWords: ['dropped', 'drop', 'discarded', 'ignored', 'lost', 'too late', 'not counted', 'never counted', 'left out', 'not included', 'not aggregated', 'not kept', 'filtered out'],
  noWords: ['not dropped', 'kept', 'counted', 'aggregated', 'included', 'accepted', 'processed', 'still counted', 'not too late', 'not lost', 'not discarded', 'not ignored'],
  ...(deciding ? { deciding } : {}),
});

export const lateEventWatermark = defineGenerator({
  id: 'late-event-watermark',
  topic: 'spark-streaming',
  title: 'Is a late event dropped by the watermark',
  build(rng) {
    const size = rng.pick([5, 10, 15, 30]) * 60;
    const delay = rng.pick([5, 10, 15, 20, 30, 60]) * 60;
    let maxSeen = rng.int(10, 20) * 3600 + rng.int(0, 59) * 60;
    // Keep the watermark off a window boundary so "end <= watermark" is never a tie to argue about.
    if ((maxSeen - delay) % size === 0) maxSeen += 60;
    const watermark = maxSeen - delay;
    const openStart = Math.floor(watermark / size) * size;
    const scenario: Case = rng.pick(['dropped', 'late-but-open', 'within-delay', 'late-but-open', 'dropped'] as const);
    let event: number;
    if (scenario === 'dropped') event = rng.int(Math.max(0, openStart - 3 * size) / 60, openStart / 60 - 1) * 60;
    else if (scenario === 'late-but-open') event = rng.int(openStart / 60, watermark / 60 - 1) * 60;
    else event = rng.int(watermark / 60, maxSeen / 60) * 60;
    const windowStart = Math.floor(event / size) * size;
    const windowEnd = windowStart + size;
    const dropped = windowEnd <= watermark;
    const window = `${formatClock(windowStart)}-${formatClock(windowEnd)}`;
    const prompt = [
      `A Structured Streaming query counts orders per ${size / 60}-minute tumbling window of \`event_time\`, with \`withWatermark("event_time", "${delay / 60} minutes")\`, and writes in **append** mode.`,
      '',
      `Before the current micro-batch, the largest event time the query has seen is **${formatClock(maxSeen)}**. The micro-batch contains an order with event time **${formatClock(event)}**.`,
      '',
      'Is this order dropped (left out of every count)? Answer yes or no, and give the watermark this micro-batch compares against, for example `no, watermark HH:MM` (you may add the window it compares with).',
    ].join('\n');
    const because =
      scenario === 'dropped'
        ? `Its window ${window} ended at or before the watermark, so that window's count has already been emitted and its state removed: the order is dropped.`
        : scenario === 'late-but-open'
          ? `The order is older than the watermark, but its window ${window} ends after ${formatClock(watermark)}, so the window is still open in the state store and the order is counted. Comparing the event time itself with the watermark is the common slip.`
          : `The event time is not older than the watermark, so it is within the allowed lateness and is counted in ${window}.`;
    const explanation = [
      `The watermark is the largest event time seen minus the delay: ${formatClock(maxSeen)} - ${delay / 60} min = ${formatClock(watermark)} (Spark updates it at the end of each micro-batch, so this batch uses the value from before it).`,
      `For a windowed aggregation, a window stays open until the watermark passes its end; in append mode its row is written only then, and from then on new rows for it are ignored.`,
      because,
      'Spark only promises one direction: events less late than the delay are always counted; older ones are dropped once their window is finalised.',
      'Source: Spark Structured Streaming Programming Guide, "Handling Late Data and Watermarking" (withWatermark(eventTime, delayThreshold): the watermark is the max event time seen minus the threshold, and a window\'s state is kept until the watermark passes the window end) and "Output Modes" (append emits a window only once it is finalised).',
    ].join(' ');
    const hint =
      scenario === 'late-but-open'
        ? `What decides is the window end (${formatClock(windowEnd)}) against the watermark (${formatClock(watermark)}), not the event time.`
        : scenario === 'dropped'
          ? `Lateness is measured against the watermark (${formatClock(watermark)}), and the order's window ended at ${formatClock(windowEnd)}, before it.`
          : `The watermark is ${formatClock(watermark)}; the order is newer than that.`;
    return {
      prompt,
      solution: dropped
        ? `Yes: dropped; watermark ${formatClock(watermark)}, and its window ${window} ended at or before it`
        : `No: counted; watermark ${formatClock(watermark)}, and its window ${window} is still open`,
      explanation,
      key: yesNo(dropped, decidingValues(watermark, windowEnd)),
      mistakes: [{ key: yesNo(!dropped), hint }],
    };
  },
});
