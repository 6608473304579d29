import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { KIND_VOCABULARY } from '@/lib/canvas/vocabulary/kind-vocabulary';
import { loadCase } from '@/lib/content/load-cases';
import { gradeScene } from '@/lib/diagram/grade-scene';
import { kindChoices, withLearnerKind } from '@/lib/diagram/unknown-components';
import { arrow, bind, boundText, rect } from './scene-builders';

type Json = Record<string, unknown>;

function box(id: string, x: number, label: string, customData?: Record<string, unknown>): Json[] {
  const r = rect(id, x, 0, 160, 60, customData ? { customData } : {});
  return [r, boundText(`${id}-t`, r, label, customData ? { customData } : {})];
}

/** Boxes in a row, each sending to the next with a bound arrow. */
function chain(boxes: Json[][]): Json[] {
  const out = boxes.flat();
  for (let i = 0; i + 1 < boxes.length; i++) {
    const from = boxes[i]![0]!;
    const to = boxes[i + 1]![0]!;
    out.push(arrow(`e${i}`, [(from.x as number) + 162, 30], [(to.x as number) - 2, 30], { startBinding: bind(from.id as string), endBinding: bind(to.id as string) }));
  }
  return out;
}

describe('"What is this?" offers every kind the reader knows', () => {
  it('lists every kind the vocabulary reads labels as, the newest included', () => {
    const offered = new Set(kindChoices().map((choice) => choice.kind));
    const named = new Set(KIND_VOCABULARY.map((entry) => entry.kind));
    expect([...named].filter((kind) => !offered.has(kind as never))).toEqual([]);
    for (const kind of ['realtime_olap', 'timeseries_database', 'event_router', 'data_catalog', 'access_control', 'coordination'] as const) expect(offered.has(kind)).toBe(true);
  });

  it('reads an answered box as the chosen kind, for every choice', () => {
    for (const { kind } of kindChoices()) {
      const graph = readScene(chain([box('src', 0, 'Order service'), box('m', 400, 'Zorblax relay', withLearnerKind(null, kind))]));
      expect(graph.components.find((c) => c.id === 'm'), kind).toMatchObject({ kind, kindSource: 'learner' });
    }
  });
});

describe('an answer regrades at once', () => {
  it.each([
    ['ecommerce-data-platform', 'Checkout service', 'Blorp'],
    ['iot-telemetry', 'IoT devices', 'Thingamajig'],
    ['card-payments', 'Authorization switch', 'The pipe'],
  ] as const)('%s: answering what "%s -> %s" sends through is Kafka credits the box and drops the question', (slug, source, label) => {
    const { rubric } = loadCase(slug);
    const scene = (answer?: Record<string, unknown>) => chain([box('src', 0, source), box('m', 400, label, answer), box('job', 800, 'Flink'), box('lake', 1200, 'S3 data lake')]);
    const before = gradeScene(scene(), rubric);
    const after = gradeScene(scene(withLearnerKind(null, 'kafka')), rubric);
    expect(before.unknown.map((u) => u.label)).toEqual([label]);
    expect(before.result.findings.some((f) => f.code === 'diagram.unrecognised')).toBe(true);
    expect(after.unknown).toEqual([]);
    expect(after.result.findings.some((f) => f.code === 'diagram.unrecognised')).toBe(false);
    expect(after.result.findings.some((f) => f.severity === 'good' && f.message.includes(`"${label}"`))).toBe(true);
    // The card-payments case then asks for schema management around the stream: the answer is graded, not just accepted.
    if (slug === 'card-payments') expect(after.result.findings.some((f) => f.code === 'diagram.antipattern.no-schema-management')).toBe(true);
    else expect(after.result.score).toBeGreaterThan(before.result.score);
  });
});
