import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { loadCase } from '@/lib/content/load-cases';
import { gradeScene } from '@/lib/diagram/grade-scene';
import { scoreDiagram } from '@/lib/diagram/score-diagram';
import { unknownComponents } from '@/lib/diagram/unknown-components';
import { busyScene } from '../canvas/busy-scene';

describe('gradeScene', () => {
  const { rubric } = loadCase('ecommerce-data-platform');

  it('grades exactly as the engine does, and survives a structured clone (the worker hop)', () => {
    const elements = (busyScene() as { elements: unknown[] }).elements;
    const graph = readScene(elements);
    const expected = { result: scoreDiagram(graph, rubric), unknown: unknownComponents(graph) };
    expect(gradeScene(elements, rubric)).toEqual(expected);
    expect(gradeScene(structuredClone(elements), structuredClone({ steps: { diagram: rubric.steps.diagram } }))).toEqual(structuredClone(expected));
  });

  it('names the boxes it cannot place and grades an empty or hostile scene without throwing', () => {
    const mystery = [{ id: 'm', type: 'rectangle', x: 0, y: 0, width: 100, height: 50 }, { id: 'mt', type: 'text', x: 5, y: 5, width: 80, height: 20, text: 'Frobnicator', containerId: 'm' }];
    expect(gradeScene(mystery, rubric).unknown.map((box) => box.label)).toEqual(['Frobnicator']);
    expect(gradeScene([], rubric).result.score).toBe(0);
    for (const hostile of [null, 'x', [{ id: 1, type: 'rectangle', x: Number.NaN }], [{ __proto__: { polluted: true } }]]) {
      expect(() => gradeScene(hostile, rubric), JSON.stringify(hostile)).not.toThrow();
    }
  });
});
