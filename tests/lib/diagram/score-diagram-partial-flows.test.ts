import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import type { ComponentKind } from '../../../lib/diagram/component-kinds';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';
import { graph } from './fixtures';

// The seed case's stream path: source -> Kafka -> stream processor -> lake (8 of its flow points), and
// its CDC path: OLTP -> CDC -> Kafka.
const { rubric } = loadCase('ecommerce-data-platform');

function component(id: string, kind: ComponentKind, label = id): DiagramComponent {
  return { id, label, kind, kinds: [kind], elementIds: [id], bounds: { x: 0, y: 0, width: 100, height: 50 } };
}
const edge = (from: string, to: string, extra: Partial<DiagramEdge> = {}): DiagramEdge => ({ from, to, label: '', elementIds: [`${from}->${to}`], ...extra });
const flow = (g: DiagramGraph, id: string) => scoreDiagram(g, rubric).findings.find((f) => f.code === `diagram.flow.${id}`)!;

const clicks = component('clicks', 'clickstream', 'Web clicks');
const kafka = component('kafka', 'kafka', 'Kafka');
const flink = component('flink', 'flink', 'Flink job');
const lake = component('lake', 'object_store', 'S3 lake');
const full = flow(graph([clicks, kafka, flink, lake], [edge('clicks', 'kafka'), edge('kafka', 'flink'), edge('flink', 'lake')]), 'stream-path');

describe('a flow with one gap earns most of its points for the drawn arrows on both sides of it', () => {
  it('earns the whole flow when every link is drawn (the reference point)', () => {
    expect(full.severity).toBe('good');
  });

  it.each([
    ['the last link', [edge('clicks', 'kafka'), edge('kafka', 'flink')], 'nothing carries data from "Flink job" to "S3 lake"'],
    ['the middle link', [edge('clicks', 'kafka'), edge('flink', 'lake')], 'nothing carries data from "Kafka" to "Flink job"'],
    ['the first link', [edge('kafka', 'flink'), edge('flink', 'lake')], 'nothing carries data from "Web clicks" to "Kafka"'],
  ])('missing %s: most of the points (2 of 3 arrows drawn), a finding naming the gap and pointing at both sides', (_name, edges, says) => {
    const finding = flow(graph([clicks, kafka, flink, lake], edges), 'stream-path');
    expect(finding.severity).toBe('missing');
    expect(finding.message).toContain(says);
    const earned = full.points - finding.points;
    expect(earned).toBeGreaterThan(full.points / 2);
    expect(earned).toBeLessThan(full.points);
    for (const id of ['clicks', 'kafka', 'flink', 'lake']) expect(finding.refs).toContain(id);
  });

  it('names a skipped hop when the arrows go around it (Kafka straight into the lake, no stream processor)', () => {
    const finding = flow(graph([clicks, kafka, lake], [edge('clicks', 'kafka'), edge('kafka', 'lake')]), 'stream-path');
    expect(finding.severity).toBe('missing');
    expect(finding.message).toMatch(/there is no Spark Structured Streaming or Flink between "Kafka" and "S3 lake"/);
    expect(full.points - finding.points).toBeGreaterThan(0);
  });

  it('says which link points the wrong way when only that one is reversed', () => {
    const finding = flow(graph([clicks, kafka, flink, lake], [edge('clicks', 'kafka'), edge('flink', 'kafka'), edge('flink', 'lake')]), 'stream-path');
    expect(finding.message).toContain('point the wrong way');
    expect(full.points - finding.points).toBeGreaterThan(0);
  });

  it('gives the CDC path part when the database feeds Debezium but Debezium draws no arrow into Kafka', () => {
    const pg = component('pg', 'oltp_database', 'Orders DB');
    const cdc = component('cdc', 'cdc', 'Debezium');
    const finding = flow(graph([pg, cdc, kafka], [edge('pg', 'cdc')]), 'cdc-path');
    expect(finding.message).toContain('nothing carries data from "Debezium" to "Kafka"');
    expect(finding.points).toBeGreaterThan(0);
  });

  it('earns nothing for two gaps, for boxes with no arrows, or for a flow with no named hop', () => {
    expect(flow(graph([clicks, kafka, flink, lake], [edge('clicks', 'kafka')]), 'stream-path').message).toMatch(/^No path of arrows/);
    expect(flow(graph([clicks, kafka, flink, lake], []), 'stream-path').message).toMatch(/^No path of arrows/);
    // Dashboards read curated data: one link only, so there is no connected part to pay.
    const looker = component('looker', 'bi_dashboard', 'Looker');
    expect(flow(graph([lake, looker], []), 'serving-path').message).toMatch(/^No path of arrows/);
  });

  it('still names a flow drawn wholly backwards as backwards, with no part paid', () => {
    const finding = flow(graph([clicks, kafka, flink, lake], [edge('kafka', 'clicks'), edge('flink', 'kafka'), edge('lake', 'flink')]), 'stream-path');
    expect(finding.severity).toBe('wrong');
    expect(finding.message).toContain('drawn backwards');
  });

  it.each([
    ['a skipped hop', [clicks, kafka, lake], [edge('clicks', 'kafka'), edge('kafka', 'lake')], 'a step is missing between "Kafka" and "S3 lake"'],
    ['a reversed link', [clicks, kafka, flink, lake], [edge('clicks', 'kafka'), edge('flink', 'kafka'), edge('flink', 'lake')], 'one link of the flow points the wrong way'],
    ['a missing link', [clicks, kafka, flink, lake], [edge('clicks', 'kafka'), edge('kafka', 'flink')], 'nothing carries data from "Flink job" to "S3 lake"'],
  ])('with the answer hidden, %s is described without naming the kinds the case expects', (_name, components, edges, says) => {
    const finding = flow(graph(components, edges), 'stream-path');
    expect(finding.neutral).toContain(says);
    expect(finding.neutral).toMatch(/\(it earns [\d.]+ of [\d.]+\)\.$/);
    expect(finding.neutral).not.toMatch(/Spark Structured Streaming|stream processor|Flink or/);
    expect(finding.neutral).not.toContain('Raw events must land');
  });

  it('words a headless route and a one-gap route alike (one builder): "<label>: <drawn> ... (it earns x of y). <advice>"', () => {
    const headless = flow(graph([clicks, kafka, flink, lake], [edge('clicks', 'kafka', { undirected: true }), edge('kafka', 'flink', { undirected: true }), edge('flink', 'lake', { undirected: true })]), 'stream-path');
    const gap = flow(graph([clicks, kafka, flink, lake], [edge('clicks', 'kafka'), edge('kafka', 'flink')]), 'stream-path');
    for (const finding of [headless, gap]) {
      expect(finding.severity).toBe('missing');
      expect(finding.message).toMatch(/^[^:]+: Web clicks → Kafka.* \(it earns [\d.]+ of [\d.]+\)\. \S/);
    }
    expect(headless.neutral).toMatch(/^Web clicks → Kafka → Flink job → S3 lake is connected, but by lines without arrowheads/);
  });
});
