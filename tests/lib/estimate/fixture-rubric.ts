import { rubricSchema } from '@/lib/content/rubric-schema';
import type { Rubric } from '@/lib/content/rubric-schema';

/** A small case in the shape of the seed case, so these tests do not depend on content/ changing. */
export function fixtureRubric(): Rubric {
  return rubricSchema.parse({
    version: 1,
    steps: {
      clarify: {
        facts: [
          {
            id: 'daily-volume',
            topic: 'scale_now',
            answer: 'About 200 GB a day and 50 million events a day.',
            values: { daily_ingest: '200 GB/day', daily_events: '50e6 events/day' },
          },
          { id: 'peaks', topic: 'scale_growth', answer: 'Ten times normal at the peak.', values: { peak_factor: '10' } },
          { id: 'network', topic: 'existing_systems', answer: 'The partner link is 10 Gbps.', values: { link_speed: '10 Gb/s' } },
          { id: 'availability', topic: 'availability', answer: 'Tier 1: 99.9%.', values: { target_availability: '99.9%' } },
          { id: 'retention', topic: 'retention', answer: 'Three years hot.', values: { hot_retention: '3 years' } },
        ],
      },
      estimate: {
        quantities: [
          {
            id: 'storage_per_year',
            title: 'Raw storage for one year',
            dimension: 'data_size',
            unit: 'TB',
            reference: 'daily_ingest * 365 day',
            explanation: '200 GB a day for 365 days is 73 TB.',
            builtFrom: { facts: ['daily_ingest'] },
          },
          { id: 'peak_event_rate', title: 'Peak events per second', dimension: 'event_rate', unit: 'events/s', reference: 'daily_events * peak_factor', builtFrom: { facts: ['daily_events', 'peak_factor'] } },
          { id: 'link_per_day', title: 'What the link moves in a day', dimension: 'data_size', unit: 'TB', reference: 'link_speed * 1 day', builtFrom: { facts: ['link_speed'], factors: [{ label: 'a day', value: '1 day' }] } },
          {
            id: 'availability_target',
            title: 'Availability target',
            dimension: 'ratio',
            unit: '%',
            reference: 'target_availability',
            explanation: 'A tier-1 pipeline needs 99.9% or better.',
            builtFrom: { facts: ['target_availability'] },
          },
        ],
      },
    },
  });
}

export function rows(...pairs: [string, string][]): { rows: { name: string; expr: string }[] } {
  return { rows: pairs.map(([name, expr]) => ({ name, expr })) };
}
