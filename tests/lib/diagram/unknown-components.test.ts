import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { COMPONENT_KINDS } from '@/lib/diagram/component-kinds';
import { isChoosableKind, kindChoiceGroups, kindChoices, unknownComponents, withLearnerKind } from '@/lib/diagram/unknown-components';
import { boundText, rect } from '../canvas/scene-builders';

describe('unknownComponents', () => {
  it('lists only the boxes the reader could not place, with their own words', () => {
    const kafka = rect('k', 0, 0);
    const mystery = rect('m', 400, 0);
    const other = rect('o', 800, 0);
    const graph = readScene([kafka, boundText('kt', kafka, 'Kafka'), mystery, boundText('mt', mystery, 'Zorblax relay'), other, boundText('ot', other, 'Quux buffer')]);
    const unknown = unknownComponents(graph);
    expect(unknown.map((component) => component.label)).toEqual(['Zorblax relay', 'Quux buffer']);
    expect(unknown[0]!.elementIds).toEqual(expect.arrayContaining(['m', 'mt']));
  });

  it('asks about a palette box relabelled with words that name no component', () => {
    const box = rect('p', 0, 0, 160, 80, { customData: { kind: 'bi_dashboard' } });
    expect(unknownComponents(readScene([box, boundText('pt', box, 'Monthly email')])).map((component) => component.id)).toEqual(['p']);
  });

  it('is empty when every box is recognised or there are none', () => {
    const box = rect('k', 0, 0);
    expect(unknownComponents(readScene([box, boundText('kt', box, 'Airflow')]))).toEqual([]);
    expect(unknownComponents(readScene([]))).toEqual([]);
  });

  it('takes a learner answer stored on the box: the box is no longer unknown', () => {
    const box = rect('m', 0, 0, 160, 80, { customData: withLearnerKind(null, 'kafka') });
    expect(unknownComponents(readScene([box, boundText('mt', box, 'Zorblax relay')]))).toEqual([]);
  });
});

describe('kindChoices', () => {
  it('offers every kind but unknown, once, sources first', () => {
    const choices = kindChoices();
    expect(choices.map((choice) => choice.kind).sort()).toEqual(COMPONENT_KINDS.filter((kind) => kind !== 'unknown').sort());
    expect(choices[0]!.category).toBe('source');
    expect(choices.every((choice) => choice.label.length > 0)).toBe(true);
  });

  it('groups every choice once under a layer title', () => {
    const groups = kindChoiceGroups();
    expect(groups[0]!.title).toBe('Sources');
    expect(groups.flatMap((group) => group.choices).length).toBe(kindChoices().length);
  });

  it('offers the kinds outside the data path (catalogs, access control) in a group of their own', () => {
    const control = kindChoiceGroups().find((group) => group.title === 'Outside the data path');
    expect(control?.choices.map((choice) => choice.kind)).toContain('data_catalog');
  });

  it('guards what a select may store', () => {
    expect(isChoosableKind('kafka')).toBe(true);
    expect(isChoosableKind('unknown')).toBe(false);
    expect(isChoosableKind('kafka; drop table')).toBe(false);
  });
});

describe('withLearnerKind', () => {
  it('keeps what the element held and marks the answer as the learner own', () => {
    expect(withLearnerKind({ note: 'mine', kind: 'cache' }, 'warehouse')).toEqual({ note: 'mine', kind: 'warehouse', kindSource: 'learner' });
    expect(withLearnerKind(undefined, 'dbt')).toEqual({ kind: 'dbt', kindSource: 'learner' });
  });
});
