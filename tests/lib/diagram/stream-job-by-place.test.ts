import { describe, expect, it } from 'vitest';
import { withStreamJobsByPlace } from '@/lib/diagram/stream-job-by-place';
import { graphOf } from './fixtures';

// "Surge stream (30 s)" drawn between Kafka and Redis is the job that keeps Redis current, not a second
// broker: a box named only by a broad stream word is read by its place. Own drawings and wording.

const kindsAfter = (spec: Parameters<typeof graphOf>[0], label: string) =>
  withStreamJobsByPlace(graphOf(spec)).components.find((component) => component.label.startsWith(label))?.kinds;

describe('a box named only as a stream, between a named stream and a store', () => {
  it('is a stream job ("Surge stream (30 s)" from Kafka into Redis)', () => {
    const spec = {
      boxes: [
        { id: 'apps', label: 'Driver app', col: 0, row: 0 },
        { id: 'k', label: 'Kafka', col: 1, row: 0 },
        { id: 'surge', label: 'Surge stream (30 s)', col: 2, row: 0 },
        { id: 'redis', label: 'Redis', col: 3, row: 0 },
      ],
      arrows: [{ from: 'apps', to: 'k' }, { from: 'k', to: 'surge' }, { from: 'surge', to: 'redis' }],
    };
    expect(kindsAfter(spec, 'Surge stream')).toEqual(['stream_processor']);
    expect(kindsAfter(spec, 'Kafka')).toEqual(['kafka']);
  });

  it('stays a stream when no named stream feeds it, or it writes into no store', () => {
    const fromApps = {
      boxes: [
        { id: 'apps', label: 'Checkout app', col: 0, row: 0 },
        { id: 'ev', label: 'Order events', col: 1, row: 0 },
        { id: 'lake', label: 'S3 raw', col: 2, row: 0 },
      ],
      arrows: [{ from: 'apps', to: 'ev' }, { from: 'ev', to: 'lake' }],
    };
    expect(kindsAfter(fromApps, 'Order events')).toEqual(['kafka']);
    const intoJob = {
      boxes: [
        { id: 'k', label: 'MSK', col: 0, row: 0 },
        { id: 'ev', label: 'Clean events stream', col: 1, row: 0 },
        { id: 'job', label: 'Flink enrichment', col: 2, row: 0 },
      ],
      arrows: [{ from: 'k', to: 'ev' }, { from: 'ev', to: 'job' }],
    };
    expect(kindsAfter(intoJob, 'Clean events')).toEqual(['kafka']);
  });
});
