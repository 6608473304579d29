import { describe, expect, it } from 'vitest';
import { findGenerator, DRILL_GENERATORS } from '@/lib/drills/registry';
import type { Drill } from '@/lib/drills/types';

const SEEDS = 1000;

function drills(id: string): Drill[] {
  const generator = findGenerator(id);
  if (!generator) throw new Error(`no generator ${id}`);
  return Array.from({ length: SEEDS }, (_, seed) => generator.generate(seed));
}

function clock(text: string): number {
  const [hours = 0, minutes = 0] = text.split(':').map(Number);
  return hours * 3600 + minutes * 60;
}

describe('premises agree with the documented behaviour the keys rely on', () => {
  it('acks-durability: the key follows from what the prompt states, per the Kafka acks and min.insync.replicas docs', () => {
    for (const drill of drills('acks-durability')) {
      const rf = Number(/replication factor (\d+)/.exec(drill.prompt)?.[1]);
      const minIsr = Number(/min\.insync\.replicas=(\d+)/.exec(drill.prompt)?.[1]);
      const acks = /acks=(all|1)/.exec(drill.prompt)?.[1];
      const durable = /acknowledged write may ever be lost/.test(drill.prompt);
      const allInSync = /all replicas are in sync/.test(drill.prompt);
      if (drill.key.kind !== 'integer') throw new Error('expected an integer key');
      // A full in-sync set would make RF - 1 the durable answer; the durable question must not claim one.
      if (durable && allInSync) throw new Error(`seed ${drill.seed}: durable question with a full-ISR premise`);
      if (durable && !/replica\.lag\.time\.max\.ms/.test(drill.prompt)) throw new Error(`seed ${drill.seed}: durable question does not say the ISR may shrink`);
      const expected = durable ? (acks === 'all' ? minIsr - 1 : 0) : acks === 'all' ? rf - minIsr : rf - 1;
      if (drill.key.value !== expected) throw new Error(`seed ${drill.seed}: key ${drill.key.value}, documented rule gives ${expected}: ${drill.prompt}`);
    }
  });

  it('late-event-watermark: the watermark is max event time minus the delay, and the order is dropped only when its window ended by then', () => {
    for (const drill of drills('late-event-watermark')) {
      const size = Number(/per (\d+)-minute tumbling window/.exec(drill.prompt)?.[1]) * 60;
      const delay = Number(/withWatermark\("event_time", "(\d+) minutes"\)/.exec(drill.prompt)?.[1]) * 60;
      const [maxSeen = '', event = ''] = [...drill.prompt.matchAll(/\*\*(\d{2}:\d{2})\*\*/g)].map((match) => match[1] ?? '');
      const watermark = clock(maxSeen) - delay;
      const windowEnd = Math.floor(clock(event) / size) * size + size;
      if (drill.key.kind !== 'yes-no') throw new Error('expected a yes-no key');
      expect(drill.key.deciding?.find((value) => value.name === 'watermark')?.seconds).toBe(watermark);
      expect(drill.key.deciding?.find((value) => value.name === 'window end')?.seconds).toBe(windowEnd);
      if (drill.key.value !== windowEnd <= watermark) throw new Error(`seed ${drill.seed}: verdict disagrees with the window-end rule`);
    }
  });

  it('small-files: the prompt says why each task writes one file (a shuffle before the write, an unpartitioned table)', () => {
    for (const drill of drills('small-files').slice(0, 100)) {
      expect(drill.prompt).toMatch(/repartition\("customer_id"\)/);
      expect(drill.prompt).toMatch(/unpartitioned Parquet table/);
    }
  });

  it('restart-offsets: startingOffsets decides only without a checkpoint, per the Spark Kafka integration guide', () => {
    for (const drill of drills('restart-offsets')) {
      if (drill.key.kind !== 'offsets') throw new Error('expected an offsets key');
      const checkpoint = /ended at ([^(]+) \(the next offset/.exec(drill.prompt)?.[1];
      if (!checkpoint) continue;
      const saved = [...checkpoint.matchAll(/p\d+: (\d+)/g)].map((match) => Number(match[1]));
      const earliest = drill.key.earliest ?? [];
      const expected = saved.map((offset, partition) => Math.max(offset, earliest[partition] ?? 0));
      expect(drill.key.values).toEqual(expected);
    }
  });

  it.each(DRILL_GENERATORS.map((generator) => [generator.id] as const))('%s names the documentation its explanation relies on', (id) => {
    for (const drill of drills(id).slice(0, 50)) expect(drill.explanation).toMatch(/Source: .*(docs|documentation|Guide|guide|blog|Framework|Kimball|Kent)/);
  });
});
