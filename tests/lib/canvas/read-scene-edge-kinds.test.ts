import { describe, expect, it } from 'vitest';
import { arrow, bind, ellipse, frame, line, rect, text } from './scene-builders';
import { flows, labelledBox, path } from './edge-drawing';

/*
 * How people really draw connectors, one kind per block, several drawings per kind (our own scenes;
 * the expected edges were written from the drawing before the reader was run).
 */

type Json = Record<string, unknown>;

function box(id: string, x: number, y: number, label: string, w = 160, h = 60): Json[] {
  return labelledBox(id, x, y, label, w, h);
}

describe('an arrow grouped with an icon joins the icon to what its other end reaches', () => {
  /** An icon of two shapes and its caption, grouped as `group`, at x..x+80, y..y+80. */
  const icon = (group: string, x: number, y: number, caption: string): Json[] => [
    ellipse(`${group}-o`, x, y, 80, 60, { groupIds: [group] }),
    rect(`${group}-r`, x + 20, y + 15, 40, 30, { groupIds: [group] }),
    text(`${group}-c`, x, y + 64, caption, { groupIds: [group] }),
  ];

  it('an arrow from a box below into the icon, grouped with the icon', () => {
    expect(flows([...icon('spark', 400, 0, 'Spark'), ...box('py', 360, 220, 'Python extractor'), arrow('a', [440, 216], [440, 95], { groupIds: ['spark'] })])).toEqual([
      'Python extractor -> Spark',
    ]);
  });

  it('an arrow out of the icon to a box on its right, grouped with the icon', () => {
    expect(flows([...icon('bus', 0, 0, 'Kafka'), ...box('lake', 300, 0, 'Data lake'), arrow('a', [84, 30], [296, 30], { groupIds: ['bus'] })])).toEqual(['Kafka -> Data lake']);
  });

  it('an arrow that is part of the picture (both ends inside the icon) stays out, even beside a box', () => {
    expect(flows([...icon('sync', 0, 0, 'Scheduler'), ...box('db', 110, 0, 'Postgres'), arrow('a', [10, 30], [70, 30], { groupIds: ['sync'] })])).toEqual([]);
  });
});

describe('arrowhead markers that are not heads (dot, bar, circle, diamond, crow feet) give no direction', () => {
  it.each([
    ['dot', 'arrow'],
    ['bar', 'triangle'],
    ['circle_outline', 'triangle_outline'],
    ['diamond', 'arrow'],
  ])('start %s, end %s: one edge, start to end', (start, end) => {
    expect(flows([...box('a', 0, 0, 'Orders API'), ...box('b', 400, 0, 'Kafka'), arrow('x', [164, 30], [396, 30], { startArrowhead: start, endArrowhead: end })])).toEqual([
      'Orders API -> Kafka',
    ]);
  });

  it('a head at the start and a circle at the end: end to start', () => {
    expect(flows([...box('a', 0, 0, 'Dashboard'), ...box('b', 400, 0, 'Warehouse'), arrow('x', [164, 30], [396, 30], { startArrowhead: 'arrow', endArrowhead: 'circle' })])).toEqual([
      'Warehouse -> Dashboard',
    ]);
  });

  it.each([
    ['dot', 'dot'],
    ['crowfoot_many', 'crowfoot_one'],
    ['bar', 'crowfoot_one_or_many'],
  ])('markers at both ends (%s, %s): one edge with no direction', (start, end) => {
    expect(flows([...box('a', 0, 0, 'orders'), ...box('b', 400, 0, 'customers'), arrow('x', [164, 30], [396, 30], { startArrowhead: start, endArrowhead: end })])).toEqual([
      'orders -- customers',
    ]);
  });

  it('heads at both ends: one two-way link with no direction of flow', () => {
    expect(flows([...box('a', 0, 0, 'Game server'), ...box('b', 400, 0, 'Bots'), arrow('x', [164, 30], [396, 30], { startArrowhead: 'triangle', endArrowhead: 'arrow' })])).toEqual([
      'Game server -- Bots',
    ]);
  });
});

describe('a line with an arrowhead is an arrow', () => {
  it('stops 30 px short of its target, like an arrow may', () => {
    expect(flows([...box('a', 0, 0, 'Fivetran'), ...box('b', 400, 0, 'Snowflake'), line('x', [164, 30], [370, 30], { endArrowhead: 'arrow' })])).toEqual(['Fivetran -> Snowflake']);
  });

  it('a three-point line with its head at the start', () => {
    expect(
      flows([...box('a', 0, 0, 'Grafana'), ...box('b', 300, 200, 'Prometheus'), line('x', [80, 64], [80, 230], { points: [[0, 0], [0, 166], [185, 166]], startArrowhead: 'triangle' })]),
    ).toEqual(['Prometheus -> Grafana']);
  });

  it('a plain line 30 px short of a box is still a separator, not a connection', () => {
    expect(flows([...box('a', 0, 0, 'Redis'), ...box('b', 400, 0, 'Postgres'), line('x', [164, 30], [370, 30])])).toEqual([]);
  });
});

describe('an unbound tip that stops short but points straight at a box means that box', () => {
  it('a horizontal arrow ending 70 px before the box it points at', () => {
    expect(flows([...box('a', 0, 0, 'Ingest API'), ...box('b', 420, 0, 'Kafka'), arrow('x', [164, 30], [350, 30])])).toEqual(['Ingest API -> Kafka']);
  });

  it('a vertical arrow ending 60 px above a bucket', () => {
    expect(flows([...box('a', 0, 0, 'Spark job'), ...box('b', 0, 300, 'S3 bucket'), arrow('x', [80, 64], [80, 240])])).toEqual(['Spark job -> S3 bucket']);
  });

  it('an elbow arrow whose last leg points at the box, 55 px short', () => {
    expect(flows([...box('a', 0, 0, 'Airflow'), ...box('b', 400, 300, 'dbt'), path('x', [[164, 30], [480, 30], [480, 245]], { elbowed: true })])).toEqual(['Airflow -> dbt']);
  });

  it('a start 60 px past the source, pointing back at it', () => {
    expect(flows([...box('a', 0, 0, 'Sensors'), ...box('b', 500, 0, 'IoT Hub'), arrow('x', [220, 30], [496, 30])])).toEqual(['Sensors -> IoT Hub']);
  });

  it('prefers the box it points at over one beside the tip', () => {
    // The tip stops 30 px short of the warehouse; the cache's top edge is 25 px under the tip.
    expect(flows([...box('a', 0, 0, 'Loader'), ...box('w', 500, 0, 'Warehouse'), ...box('c', 440, 55, 'Cache', 40, 60), arrow('x', [164, 30], [470, 30])])).toEqual([
      'Loader -> Warehouse',
    ]);
  });

  it('an arrow that ends beside a box, pointing past it, reaches nothing', () => {
    expect(flows([...box('a', 0, 0, 'Producer'), ...box('b', 300, 120, 'Consumer'), arrow('x', [164, 30], [400, 30])])).toEqual([]);
  });

  it('an arrow that stops far short (300 px) reaches nothing', () => {
    expect(flows([...box('a', 0, 0, 'Producer'), ...box('b', 800, 0, 'Consumer'), arrow('x', [164, 30], [500, 30])])).toEqual([]);
  });
});

describe('connectors chained through a junction carry the flow across it', () => {
  it('a line to an empty spot, then an arrow from there on', () => {
    expect(flows([...box('a', 0, 0, 'CDC'), ...box('b', 500, 200, 'Kafka'), line('l', [164, 30], [580, 30]), arrow('x', [580, 30], [580, 196])])).toEqual(['CDC -> Kafka']);
  });

  it('two sources merge into a trunk that ends on the sink', () => {
    expect(
      flows([
        ...box('a', 0, 0, 'Web events'),
        ...box('b', 0, 200, 'Mobile events'),
        ...box('c', 600, 100, 'Collector'),
        line('la', [164, 30], [350, 130]),
        line('lb', [164, 230], [350, 130]),
        arrow('t', [350, 130], [596, 130]),
      ]),
    ).toEqual(['Mobile events -> Collector', 'Web events -> Collector']);
  });

  it('a trunk that fans out through a dot into two sinks', () => {
    expect(
      flows([
        ...box('a', 0, 100, 'Orders topic'),
        ...box('b', 600, 0, 'Fraud scorer'),
        ...box('c', 600, 200, 'Ledger writer'),
        ellipse('dot', 345, 125, 10, 10, { backgroundColor: '#000' }),
        line('t', [164, 130], [345, 130], { endBinding: bind('dot') }),
        arrow('x', [355, 128], [596, 30], { startBinding: bind('dot') }),
        arrow('y', [355, 132], [596, 230], { startBinding: bind('dot') }),
      ]),
    ).toEqual(['Orders topic -> Fraud scorer', 'Orders topic -> Ledger writer']);
  });

  it('an arrow that branches off the side of another arrow', () => {
    expect(
      flows([
        ...box('a', 0, 0, 'Ride events'),
        ...box('b', 600, 0, 'Flink'),
        ...box('c', 300, 250, 'Archive'),
        arrow('t', [164, 30], [596, 30], { startBinding: bind('a'), endBinding: bind('b') }),
        arrow('x', [380, 30], [380, 246]),
      ]),
    ).toEqual(['Ride events -> Archive', 'Ride events -> Flink']);
  });

  it('two arrows that only cross are two edges, not one network', () => {
    expect(
      flows([
        ...box('a', 0, 0, 'Billing'),
        ...box('b', 600, 300, 'Ledger'),
        ...box('c', 0, 300, 'Payouts'),
        ...box('d', 600, 0, 'Audit'),
        arrow('x', [164, 30], [596, 330]),
        arrow('y', [164, 330], [596, 30]),
      ]),
    ).toEqual(['Billing -> Ledger', 'Payouts -> Audit']);
  });

  it('a line between two boxes with no heads anywhere stays one undirected edge', () => {
    expect(flows([...box('a', 0, 0, 'App'), ...box('b', 500, 200, 'Cache'), line('l', [164, 30], [580, 30]), line('m', [580, 30], [580, 196])])).toEqual(['App -- Cache']);
  });
});

describe('what a tip lands on inside or around a box', () => {
  it('a tip bound to the caption under a box means the box', () => {
    const r = rect('ch', 400, 0, 120, 80);
    expect(flows([...box('a', 0, 0, 'Kafka'), r, text('cap', 410, 86, 'ClickHouse'), arrow('x', [164, 30], [430, 96], { endBinding: bind('cap') })])).toEqual([
      'Kafka -> ClickHouse',
    ]);
  });

  it('a tip that crosses a frame border to a member 10 px inside it', () => {
    const member = box('conn', 450, 60, 'Kafka Connect').map((e) => ({ ...e, frameId: 'f' }));
    expect(flows([...box('a', 0, 60, 'MariaDB'), frame('f', 400, 0, 400, 200, 'Ingestion'), ...member, arrow('x', [164, 90], [440, 90])])).toEqual(['MariaDB -> Kafka Connect']);
  });
});
