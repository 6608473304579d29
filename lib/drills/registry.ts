import { acksDurability } from './generators/acks-durability';
import { availabilityDowntime } from './generators/availability-downtime';
import { catchupIntervals } from './generators/catchup-intervals';
import { consumerIdle } from './generators/consumer-idle';
import { lateEventWatermark } from './generators/late-event-watermark';
import { normalForm } from './generators/normal-form';
import { partitionCount } from './generators/partition-count';
import { partitionPruning } from './generators/partition-pruning';
import { restartOffsets } from './generators/restart-offsets';
import { retentionStorage } from './generators/retention-storage';
import { scd2Change } from './generators/scd2-change';
import { slidingWindows } from './generators/sliding-windows';
import { smallFiles } from './generators/small-files';
import type { Drill, DrillGenerator, DrillTopic, DrillView } from './types';

/** Every drill generator, grouped by deep-dive topic. */
export const DRILL_GENERATORS: readonly DrillGenerator[] = [
  consumerIdle,
  acksDurability,
  retentionStorage,
  partitionCount,
  slidingWindows,
  lateEventWatermark,
  restartOffsets,
  normalForm,
  availabilityDowntime,
  partitionPruning,
  smallFiles,
  catchupIntervals,
  scd2Change,
];

const byId = new Map(DRILL_GENERATORS.map((generator) => [generator.id, generator]));

export function findGenerator(id: string): DrillGenerator | undefined {
  return byId.get(id);
}

export function generatorsForTopic(topic: DrillTopic): DrillGenerator[] {
  return DRILL_GENERATORS.filter((generator) => generator.topic === topic);
}

/** The part of a drill a learner sees (the answer key and mistakes stay with the checker). */
export function drillView(drill: Drill): DrillView {
  return { id: drill.id, seed: drill.seed, prompt: drill.prompt, solution: drill.solution, explanation: drill.explanation };
}
