import { createRoomState } from '@/lib/rooms/create-room-state';
import type { Ratings } from '@/lib/rooms/rating-schema';
import type { RoomEvent } from '@/lib/rooms/room-messages';
import { applyRoomEvent } from '@/lib/rooms/room-reducer';
import type { RoomElement, RoomState } from '@/lib/rooms/room-state-schema';
import type { RoomHistory, StoredRoomEvent } from '@/lib/rooms/room-store';
import type { StepId } from '@/lib/steps/steps';
import { arrow, boundText, rect } from '../canvas/scene-builders';

export const LOG_ROOM_ID = 'replayroomreplayroom01';
export const LOG_START = new Date('2026-11-30T09:00:00.000Z');
const MINUTE = 60_000;

const NAMES = ['Kafka', 'Spark Structured Streaming', 'S3 data lake', 'Postgres orders DB', 'Debezium CDC', 'Airflow', 'Snowflake', 'dbt', 'Grafana', 'Redis'];

type LogOptions = { edits?: number; minutes?: number; roomId?: string; released?: boolean; ratings?: Ratings | null; ended?: boolean };

/**
 * A generated, realistic room log (our own, for the replay tests and the room-replay-scrub bench): a
 * 45-minute interview by default with `edits` canvas edits (up to 60 labelled boxes and 80 arrows,
 * the rest moves of earlier boxes), the five steps in order, ten questions with replies, a worksheet and a
 * design filled in as it goes, one pause, the curveball, interviewer notes, ratings (`ratings`, null
 * for none), the end (unless `ended` is false) and (optionally) the release. Deterministic.
 */
export function generateRoomHistory(options: LogOptions = {}): RoomHistory {
  const edits = options.edits ?? 2_000;
  const minutes = options.minutes ?? 45;
  const initial = createRoomState({ id: options.roomId ?? LOG_ROOM_ID, caseSlug: 'ecommerce-data-platform', lengthMinutes: 45, now: LOG_START, ttlDays: 14 });
  const events: StoredRoomEvent[] = [];
  let state: RoomState = initial;
  let seq = 0;
  const span = minutes * MINUTE;
  const startAt = LOG_START.getTime() + MINUTE;
  let lastTime = 0;
  // Events keep wall-clock order: one asked for before the previous one's instant comes 10 ms after it.
  const push = (offsetMs: number, make: (at: string) => RoomEvent) => {
    lastTime = Math.max(startAt + offsetMs, lastTime + 10);
    const at = new Date(lastTime).toISOString();
    const event = make(at);
    seq += 1;
    events.push({ seq, at, event });
    state = applyRoomEvent(state, event);
  };
  push(0, (at) => ({ type: 'clock:started', at }));
  const steps: StepId[] = ['clarify', 'estimate', 'design', 'diagram', 'deep-dive'];
  const versions = new Map<string, RoomElement>();
  let boxes = 0;
  let arrows = 0;
  /** Wall time added by the pause, so later events come after the resume. */
  let shift = 0;
  let nonce = 1;
  const element = (base: Record<string, unknown>, index: number): RoomElement => ({ ...base, version: 1, versionNonce: nonce++, index: `a${String(index).padStart(6, '0')}` }) as RoomElement;
  for (let edit = 0; edit < edits; edit += 1) {
    const offset = Math.round(((edit + 1) / (edits + 1)) * span) + shift;
    const step = steps[Math.min(steps.length - 1, Math.floor((edit / edits) * steps.length))] ?? 'clarify';
    if (step !== state.work.currentStep) push(offset, (at) => ({ type: 'step:went', at, step }));
    if (edit % 200 === 5) {
      const number = Math.floor(edit / 200) + 1;
      push(offset, (at) => ({ type: 'question:asked', at, question: { id: `q${number}`, text: `How many orders a day do we expect, part ${number}?`, askedAt: at, suggested: { answer: 'About 2 million.', topicId: 'scale' } } }));
      push(offset + 5_000, (at) => ({ type: 'question:replied', at, questionId: `q${number}`, reply: { text: 'About 2 million orders a day.', sentAt: at, how: 'as-suggested' } }));
    }
    if (edit % 100 === 50) {
      const rows = Array.from({ length: 1 + Math.min(19, Math.floor(edit / 100)) }, (_, index) => ({ id: `r${index}`, name: `row_${index}`, expr: index === 0 ? '2 million * 1 KB' : `row_${index - 1} * 2` }));
      push(offset, (at) => ({ type: 'work:set', at, set: { field: 'estimate', value: { rows } } }));
      push(offset + 1_000, (at) => ({
        type: 'work:set',
        at,
        set: { field: 'design', value: { inputs: [{ name: 'orders DB via Debezium CDC', mode: 'stream', format: 'Avro', rate: '2k/s' }], useCase: `Sales dashboards, revision ${edit}`, sla: '5 minutes', outputs: [{ consumer: 'analysts', store: 'Snowflake' }], processingStyle: 'streaming', reason: 'fresh dashboards' } },
      }));
    }
    if (edit === Math.floor(edits * 0.4)) {
      push(offset, (at) => ({ type: 'clock:paused', at }));
      push(offset + 2 * MINUTE, (at) => ({ type: 'clock:resumed', at }));
      shift += 2 * MINUTE + 1_000;
    }
    if (edit === Math.floor(edits * 0.6)) push(offset, (at) => ({ type: 'curveball:announced', at, baseline: { textKeywords: [], diagramKeywords: [], kindCount: 0 } }));
    if (edit % 500 === 250) push(offset, (at) => ({ type: 'note:added', at, note: { id: `n${edit}`, at, text: `Note at edit ${edit}: weak on partitioning.` } }));
    // One edit in ten adds a labelled box (up to 60), one in ten an arrow (up to 80); the rest move boxes.
    let changed: RoomElement[];
    const addBox = edit % 10 === 0 && boxes < 60;
    const addArrow = edit % 10 === 5 && arrows < 80 && boxes > 1;
    if (!addBox && !addArrow && boxes > 0) {
      const id = `box${(edit * 7) % boxes}`;
      const previous = versions.get(id);
      changed = previous ? [{ ...previous, x: (previous.x as number) + 10, version: previous.version + 1, versionNonce: nonce++ }] : [];
    } else if (addArrow) {
      arrows += 1;
      const from = edit % boxes;
      const to = (edit + 1) % boxes;
      changed = [element(arrow(`arrow${edit}`, [from * 200 + 160, 40], [to * 200, 40], { startBinding: { elementId: `box${from}`, focus: 0, gap: 1 }, endBinding: { elementId: `box${to}`, focus: 0, gap: 1 } }), edit)];
    } else {
      const box = rect(`box${boxes}`, boxes * 200, (boxes % 5) * 120, 160, 80);
      changed = [element(box, edit), element(boundText(`label${boxes}`, box, NAMES[boxes % NAMES.length] ?? 'Box'), edit)];
      boxes += 1;
    }
    for (const item of changed) versions.set(item.id, item);
    if (changed.length > 0) push(offset + 500, (at) => ({ type: 'scene:updated', at, elements: changed }));
  }
  const ratings: Ratings | null = options.ratings === undefined ? { steps: { clarify: 3, estimate: 2, design: 3, diagram: 4, 'deep-dive': 2 }, dimensions: {}, comments: 'Solid.' } : options.ratings;
  if (ratings) push(span + shift + 30_000, (at) => ({ type: 'ratings:set', at, ratings }));
  if (options.ended === false) return { initial, events, latest: { seq, state } };
  push(span + shift + 60_000, (at) => ({ type: 'room:ended', at }));
  if (options.released) push(span + shift + 90_000, (at) => ({ type: 'room:released', at }));
  return { initial, events, latest: { seq, state } };
}
