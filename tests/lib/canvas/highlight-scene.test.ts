import { describe, expect, it } from 'vitest';
import { diagramLegend, exportableScene, HIGHLIGHT_COLOURS, highlightScene } from '@/lib/canvas/highlight-scene';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import type { Finding } from '@/lib/scoring/finding';
import { arrow, bind, boundText, image, rect } from './scene-builders';

function snapshot(elements: Record<string, unknown>[], files: SceneSnapshot['files'] = {}): SceneSnapshot {
  return { elements, files };
}

const oltp = rect('db', 0, 0, 160, 80, { strokeColor: '#1e1e1e', strokeWidth: 1 });
const dashboard = rect('dash', 400, 0, 160, 80, { strokeColor: '#1e1e1e', strokeWidth: 1 });
const kafka = rect('kafka', 0, 300, 160, 80, { strokeColor: '#1e1e1e', strokeWidth: 1 });
const elements = [
  oltp,
  boundText('db-t', oltp, 'Postgres', { strokeColor: '#1e1e1e' }),
  dashboard,
  boundText('dash-t', dashboard, 'Dashboard', { strokeColor: '#1e1e1e' }),
  kafka,
  boundText('kafka-t', kafka, 'Kafka', { strokeColor: '#1e1e1e' }),
  arrow('a1', [164, 40], [396, 40], { startBinding: bind('db'), endBinding: bind('dash'), strokeColor: '#1e1e1e' }),
];

const wrong: Finding = { code: 'diagram.antipattern.dashboards-on-oltp', severity: 'wrong', points: 15, message: 'Dashboards read the OLTP database directly.', refs: ['a1', 'dash', 'dash-t', 'db', 'db-t'] };
const brokenFlow: Finding = { code: 'diagram.flow.events', severity: 'missing', points: 5, message: 'The flow from Kafka stops.', refs: ['kafka', 'kafka-t'] };
const absent: Finding = { code: 'diagram.component.registry', severity: 'missing', points: 5, message: 'No schema registry: would sit between ingestion and processing.' };
const good: Finding = { code: 'diagram.component.stream', severity: 'good', points: 10, message: 'A durable event stream: "Kafka".', refs: ['kafka'] };
const hint: Finding = { code: 'diagram.unrecognised', severity: 'hint', points: 0, message: 'One box is not recognised.', refs: ['dash'] };

const byId = (scene: { elements: Record<string, unknown>[] }, id: string) => scene.elements.find((element) => element.id === id);

describe('highlightScene', () => {
  it('draws the elements of wrong findings in red and those of missing findings in amber', () => {
    const out = highlightScene(snapshot(elements), [good, brokenFlow, wrong, hint, absent]);
    for (const id of ['db', 'dash', 'a1']) {
      expect(byId(out, id)).toMatchObject({ strokeColor: HIGHLIGHT_COLOURS.wrong, strokeStyle: 'solid' });
      expect(byId(out, id)!.strokeWidth).toBeGreaterThanOrEqual(3);
    }
    expect(byId(out, 'kafka')).toMatchObject({ strokeColor: HIGHLIGHT_COLOURS.missing, strokeStyle: 'dashed' });
    // Labels inside boxes stay readable; the box carries the colour.
    expect(byId(out, 'db-t')).toMatchObject({ strokeColor: '#1e1e1e' });
    expect(byId(out, 'kafka-t')).toMatchObject({ strokeColor: '#1e1e1e' });
  });

  it('ignores good findings and hints', () => {
    const out = highlightScene(snapshot(elements), [good, hint]);
    expect(out.elements).toEqual(elements.map((element) => ({ ...element, link: null })));
    expect(out.legend).toEqual({ marked: [], unmarked: [] });
  });

  it('lets wrong win over missing when both name an element', () => {
    const both: Finding = { ...brokenFlow, refs: ['db'] };
    const out = highlightScene(snapshot(elements), [both, wrong]);
    expect(byId(out, 'db')).toMatchObject({ strokeColor: HIGHLIGHT_COLOURS.wrong });
  });

  it('numbers the marked problems, wrong first, and lists the rest by message', () => {
    const out = highlightScene(snapshot(elements), [brokenFlow, absent, wrong]);
    expect(out.legend.marked.map((entry) => [entry.number, entry.severity, entry.message])).toEqual([
      [1, 'wrong', wrong.message],
      [2, 'missing', brokenFlow.message],
    ]);
    expect(out.legend.unmarked).toEqual([{ code: absent.code, severity: 'missing', message: absent.message }]);
    const markers = out.elements.filter((element) => (element.customData as { sdtMarker?: number } | undefined)?.sdtMarker !== undefined);
    expect(markers.filter((element) => element.type === 'text').map((element) => element.text)).toEqual(['1', '2']);
    const ids = out.elements.map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('can leave the markers out', () => {
    const out = highlightScene(snapshot(elements), [wrong], { markers: false });
    expect(out.elements).toHaveLength(elements.length);
    expect(out.legend.marked).toHaveLength(1);
  });

  it('does not change the scene it is given', () => {
    const scene = snapshot(structuredClone(elements));
    const before = structuredClone(scene);
    const findings = [structuredClone(wrong), structuredClone(brokenFlow)];
    highlightScene(scene, findings);
    expect(scene).toEqual(before);
    expect(findings).toEqual([wrong, brokenFlow]);
  });

  it('leaves deleted elements out, highlighted or not, and does not number a problem that only names them', () => {
    const scene = snapshot([...elements, rect('gone', 800, 0, 160, 80, { isDeleted: true })]);
    const onlyDeleted: Finding = { ...wrong, code: 'x', refs: ['gone'] };
    const out = highlightScene(scene, [onlyDeleted]);
    expect(byId(out, 'gone')).toBeUndefined();
    expect(out.legend.marked).toEqual([]);
    expect(out.legend.unmarked.map((entry) => entry.code)).toEqual(['x']);
  });

  it('ignores refs to elements that do not exist', () => {
    const out = highlightScene(snapshot(elements), [{ ...wrong, refs: ['nope', 'db'] }]);
    expect(out.legend.marked[0]!.elementIds).toEqual(['db']);
    expect(byId(out, 'db')).toMatchObject({ strokeColor: HIGHLIGHT_COLOURS.wrong });
    expect(byId(out, 'dash')).toMatchObject({ strokeColor: '#1e1e1e' });
  });

  it('gives an empty scene for an empty scene, with the problems still in the legend', () => {
    const out = highlightScene(snapshot([]), [wrong, absent]);
    expect(out.elements).toEqual([]);
    expect(out.files).toEqual({});
    expect(out.legend.marked).toEqual([]);
    expect(out.legend.unmarked.map((entry) => entry.code)).toEqual([wrong.code, absent.code]);
  });

  it('keeps only embedded images that are data URLs and still used', () => {
    const files: SceneSnapshot['files'] = {
      'file-logo': { id: 'file-logo', mimeType: 'image/png', dataURL: 'data:image/png;base64,AAAA' },
      'file-remote': { id: 'file-remote', mimeType: 'image/png', dataURL: 'https://example.com/x.png' },
      'file-unused': { id: 'file-unused', mimeType: 'image/png', dataURL: 'data:image/png;base64,BBBB' },
    };
    const out = highlightScene(snapshot([image('logo', 0, 0), image('remote', 100, 0)], files), []);
    expect(Object.keys(out.files)).toEqual(['file-logo']);
  });

  it('drops links so the exported picture links nowhere', () => {
    const out = exportableScene(snapshot([rect('r', 0, 0, 100, 50, { link: 'https://example.com' })]));
    expect(out.elements[0]).toMatchObject({ id: 'r', link: null });
    expect(out.appState).toMatchObject({ exportBackground: true, viewBackgroundColor: '#ffffff' });
  });
});

describe('diagramLegend', () => {
  it('numbers every problem with refs when no scene restricts them', () => {
    const legend = diagramLegend([absent, brokenFlow, wrong, good]);
    expect(legend.marked.map((entry) => entry.code)).toEqual([wrong.code, brokenFlow.code]);
    expect(legend.unmarked.map((entry) => entry.code)).toEqual([absent.code]);
  });

  it('is empty without problems', () => {
    expect(diagramLegend([])).toEqual({ marked: [], unmarked: [] });
  });
});
