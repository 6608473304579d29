import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { arrow, bind, boundText, rect } from './scene-builders';

/** A Kafka box feeding a Spark box, every element at Excalidraw `version` 1 (as the canvas hands them over). */
function versioned(): Record<string, unknown>[] {
  const kafka = rect('k', 0, 0, 160, 60);
  const spark = rect('s', 400, 0, 160, 60);
  return [kafka, boundText('kt', kafka, 'Kafka'), spark, boundText('st', spark, 'Spark'), arrow('a', [160, 30], [400, 30], { startBinding: bind('k'), endBinding: bind('s') })].map((element) => ({
    ...element,
    version: 1,
  }));
}

const labels = (elements: unknown[]) => readScene(elements).components.map((component) => component.label);

describe('readScene on a scene whose elements it has read before', () => {
  it('reads an element Excalidraw edited in place (same object, next version) afresh', () => {
    const elements = versioned();
    expect(labels(elements)).toEqual(['Kafka', 'Spark']);
    const caption = elements[3]!;
    caption.text = 'Flink';
    caption.originalText = 'Flink';
    caption.version = 2;
    expect(labels(elements)).toEqual(['Kafka', 'Flink']);
  });

  it('reads the same scene the same way when nothing changed, and when an element moved in the array', () => {
    const elements = versioned();
    const first = readScene(elements);
    expect(readScene(elements)).toEqual(first);
    const reordered = [elements[2]!, elements[3]!, elements[0]!, elements[1]!, elements[4]!];
    const fresh = readScene(reordered.map((element) => ({ ...element })));
    expect(readScene(reordered)).toEqual(fresh);
  });

  it('reads an element without a version afresh even when the same object changed', () => {
    const elements = versioned().map(({ version: _version, ...element }) => element);
    expect(labels(elements)).toEqual(['Kafka', 'Spark']);
    elements[1]!.text = 'Kinesis';
    elements[1]!.originalText = 'Kinesis';
    expect(labels(elements)).toEqual(['Kinesis', 'Spark']);
  });

  it('checks an element again once its version changes: a broken edit reads as it would in a fresh scene', () => {
    const elements = versioned();
    const before = readScene(elements);
    elements[2]!.x = Number.NaN;
    elements[2]!.version = 2;
    const after = readScene(elements);
    expect(after).toEqual(readScene(elements.map((element) => ({ ...element }))));
    expect(after).not.toEqual(before);
  });
});
