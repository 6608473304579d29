import { describe, expect, it } from 'vitest';
import { arrow, bind, ellipse, frame, line, rect, text } from './scene-builders';
import { flows, labelledBox, path } from './edge-drawing';

/*
 * A second set of drawings per connector kind, in other cases and layouts, written after the first
 * set and checked only once the rules were in: the kinds must hold beyond the drawings they were
 * built on.
 */

type Json = Record<string, unknown>;

function box(id: string, x: number, y: number, label: string, w = 180, h = 70): Json[] {
  return labelledBox(id, x, y, label, w, h);
}

describe('markers, heads and lines in a healthcare drawing', () => {
  it('an ER line with crow feet between two tables has no direction', () => {
    expect(
      flows([...box('p', 0, 0, 'patients'), ...box('e', 0, 300, 'encounters'), arrow('r', [90, 74], [90, 296], { startArrowhead: 'crowfoot_one', endArrowhead: 'crowfoot_many' })]),
    ).toEqual(['patients -- encounters']);
  });

  it('a circle at the start of a feed arrow does not make it two-way', () => {
    expect(flows([...box('g', 0, 0, 'HL7 interface'), ...box('m', 400, 0, 'Mirth Connect'), arrow('a', [184, 35], [396, 35], { startArrowhead: 'circle' })])).toEqual([
      'HL7 interface -> Mirth Connect',
    ]);
  });

  it('a bar at the end and a head at the start reads end to start', () => {
    expect(flows([...box('a', 0, 0, 'Clinician portal'), ...box('b', 0, 250, 'FHIR API'), arrow('x', [90, 74], [90, 246], { startArrowhead: 'triangle', endArrowhead: 'bar' })])).toEqual([
      'FHIR API -> Clinician portal',
    ]);
  });

  it('an elbow drawn with the line tool and a head, stopping 25 px short', () => {
    expect(
      flows([...box('a', 0, 0, 'Event Hubs'), ...box('b', 300, 250, 'Stream Analytics'), line('x', [184, 35], [390, 225], { points: [[0, 0], [206, 0], [206, 190]], endArrowhead: 'arrow' })]),
    ).toEqual(['Event Hubs -> Stream Analytics']);
  });
});

describe('tips that stop short in a ride-hailing drawing', () => {
  it('a diagonal arrow that ends 50 px short of the box it heads for', () => {
    // From (184, 70) towards (500, 300); the box starts at x 520, y 300: the tip at (464, 274) is ~57 px off its corner.
    expect(flows([...box('a', 0, 0, 'Driver app'), ...box('b', 520, 300, 'Location service'), arrow('x', [184, 70], [464, 274])])).toEqual(['Driver app -> Location service']);
  });

  it('an arrow up into a caption-less text node, 50 px short', () => {
    expect(flows([text('riders', 0, 0, 'Riders'), ...box('b', -40, 250, 'Rider app'), arrow('x', [20, 246], [20, 75])])).toEqual(['Rider app -> Riders']);
  });

  it('an arrow stopping 45 px before a frame titled with a kind means the frame', () => {
    const members = [...box('b1', 420, 40, 'broker-1'), ...box('b2', 420, 140, 'broker-2')].map((e) => ({ ...e, frameId: 'k' }));
    expect(flows([...box('a', 0, 80, 'Trip service'), frame('k', 400, 0, 260, 240, 'Kafka cluster'), ...members, arrow('x', [184, 120], [355, 120])])).toEqual([
      'Trip service -> Kafka cluster',
    ]);
  });

  it('an arrow stopping 60 px short of a box it does not point at reaches nothing', () => {
    expect(flows([...box('a', 0, 0, 'Pricing'), ...box('b', 300, 140, 'Surge model'), arrow('x', [184, 35], [420, 35])])).toEqual([]);
  });
});

describe('splits and merges in IoT and payments drawings', () => {
  it('two feeds merge with lines into one arrow into the integration engine', () => {
    expect(
      flows([
        ...box('h', 0, 0, 'HL7 feed'),
        ...box('f', 0, 240, 'FHIR API'),
        ...box('i', 700, 120, 'Integration engine'),
        path('lh', [[184, 35], [400, 35], [400, 155]], { type: 'line', endArrowhead: null }),
        path('lf', [[184, 275], [400, 275], [400, 155]], { type: 'line', endArrowhead: null }),
        arrow('t', [400, 155], [696, 155]),
      ]),
    ).toEqual(['FHIR API -> Integration engine', 'HL7 feed -> Integration engine']);
  });

  it('a topic splits at a dot into three consumers', () => {
    expect(
      flows([
        ...box('t', 0, 200, 'Trip events'),
        ...box('s', 600, 0, 'Surge pricing'),
        ...box('e', 600, 200, 'ETA model'),
        ...box('a', 600, 400, 'S3 archive'),
        ellipse('j', 396, 231, 8, 8),
        arrow('in', [184, 235], [396, 235], { endBinding: bind('j'), endArrowhead: null }),
        arrow('o1', [404, 233], [596, 35], { startBinding: bind('j') }),
        arrow('o2', [404, 235], [596, 235], { startBinding: bind('j') }),
        arrow('o3', [404, 237], [596, 435], { startBinding: bind('j') }),
      ]),
    ).toEqual(['Trip events -> ETA model', 'Trip events -> S3 archive', 'Trip events -> Surge pricing']);
  });

  it('a branch arrow drawn from the middle of a bound arrow down to cold storage', () => {
    expect(
      flows([
        ...box('m', 0, 0, 'MQTT broker'),
        ...box('r', 700, 0, 'Rules engine'),
        ...box('c', 350, 300, 'Cold storage'),
        arrow('t', [184, 35], [696, 35], { startBinding: bind('m'), endBinding: bind('r') }),
        arrow('b', [440, 37], [440, 296]),
      ]),
    ).toEqual(['MQTT broker -> Cold storage', 'MQTT broker -> Rules engine']);
  });

  it('an arrow whose tip is near a box stays on the box even where it ends on another arrow', () => {
    expect(
      flows([
        ...box('a', 0, 0, 'Card network'),
        ...box('b', 600, 0, 'Authorizer'),
        ...box('c', 300, -60, 'Fraud rules'),
        ...box('d', 300, 300, 'Rules admin'),
        arrow('t', [184, 30], [596, 30], { startBinding: bind('a'), endBinding: bind('b') }),
        arrow('x', [390, 296], [390, 30]),
      ]),
    ).toEqual(['Card network -> Authorizer', 'Rules admin -> Fraud rules']);
  });
});

describe('arrows grouped with an icon in other drawings', () => {
  const icon = (group: string, x: number, y: number, caption: string): Json[] => [
    rect(`${group}-a`, x, y, 70, 70, { groupIds: [group] }),
    ellipse(`${group}-b`, x + 15, y + 15, 40, 40, { groupIds: [group] }),
    text(`${group}-c`, x - 5, y + 76, caption, { groupIds: [group] }),
  ];

  it('an arrow grouped with a Kinesis icon, out to a Lambda box', () => {
    expect(flows([...icon('k', 0, 0, 'Kinesis'), ...box('l', 300, 0, 'Lambda'), arrow('x', [74, 35], [296, 35], { groupIds: ['k'] })])).toEqual(['Kinesis -> Lambda']);
  });

  it('an arrow grouped with a warehouse icon, coming in from a loader below', () => {
    expect(flows([...icon('w', 400, 0, 'Redshift'), ...box('l', 345, 300, 'COPY loader'), arrow('x', [435, 296], [435, 106], { groupIds: ['w'] })])).toEqual(['COPY loader -> Redshift']);
  });

  it('two arrows drawn inside a sync icon are part of the icon', () => {
    expect(
      flows([
        ...icon('s', 0, 0, 'Replicator'),
        ...box('d', 200, 0, 'Standby DB'),
        arrow('x1', [10, 20], [60, 20], { groupIds: ['s'] }),
        arrow('x2', [60, 50], [10, 50], { groupIds: ['s'] }),
      ]),
    ).toEqual([]);
  });
});
