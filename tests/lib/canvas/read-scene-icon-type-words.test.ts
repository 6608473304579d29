import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { arrow, boundText, ellipse, rect, scene, text } from './scene-builders';

// A drawn icon with its type written on it ("SQL" on a cylinder, "KAFKA" on a logo) and the system's
// own name written under it, all one group: the name is the label, the type word says what it is when
// the name says nothing (how people draw database icons in the corpus: "SQL" over "Hosvital_QA").
// Kinds decided before the reader was changed.

const g = ['icon'];
function icon(typeWord: string, name: string) {
  return [
    ellipse('top', 0, 0, 100, 24, { groupIds: g }),
    rect('body', 0, 12, 100, 80, { groupIds: g }),
    text('type', 25, 40, typeWord, { groupIds: g }),
    text('name', 0, 100, name, { groupIds: g }),
  ];
}
function withJob(elements: Record<string, unknown>[]) {
  const job = rect('job', 300, 20, 160, 80);
  return scene([...elements, job, boundText('job-label', job, 'Spark job'), arrow('a1', [104, 50], [296, 60])]);
}
const iconComponent = (elements: Record<string, unknown>[]) => readScene(withJob(elements)).components.find((c) => c.id !== 'job')!;

describe('readScene: a type word written on a drawn icon', () => {
  it('"SQL" on a cylinder over an unknown name: the name is the label, the kind is a database', () => {
    const c = iconComponent(icon('SQL', 'orders_qa'));
    expect(c.label).toBe('orders_qa');
    expect(c.kind).toBe('oltp_database');
  });

  it('"KAFKA" on a logo over a cluster name reads as Kafka', () => {
    const c = iconComponent(icon('KAFKA', 'events-prod'));
    expect(c.label).toBe('events-prod');
    expect(c.kind).toBe('kafka');
  });

  it('a name that says what it is keeps its own kind', () => {
    const c = iconComponent(icon('SQL', 'Redis cache'));
    expect(c.label).toBe('Redis cache');
    expect(c.kind).toBe('cache');
  });
});
