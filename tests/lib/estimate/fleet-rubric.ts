import { rubricSchema } from '@/lib/content/rubric-schema';
import type { Rubric } from '@/lib/content/rubric-schema';

/**
 * A fleet-telematics case for the round-21 estimate tests: 12,000 trucks pinging GPS every 5 seconds
 * (2,400 pings/s) at 250 bytes, raw pings kept 14 days and one hourly summary of 1 KB per truck kept 5 years;
 * 3 million deliveries a day with a 2.5x afternoon peak; growth `growth` a year (1.4 unless given); 99.9%.
 * Figures: ping_rate 2,400 events/s; raw_per_day ~51.8 GB/day; kept_storage ~0.73 + ~0.53 = ~1.25 TB;
 * peak_delivery_rate ~86.8 events/s.
 */
export function fleetRubric(growth = '1.4'): Rubric {
  return rubricSchema.parse({
    version: 1,
    steps: {
      clarify: {
        facts: [
          { id: 'fleet', topic: 'scale_now', answer: '12,000 trucks, each sends a GPS ping every 5 seconds, about 250 bytes.', values: { trucks: '12000', gps_rate: '0.2 events/s', ping_size: '250 B/event' } },
          { id: 'deliveries', topic: 'scale_now', answer: 'About 3 million deliveries a day, 2.5x the average in the afternoon.', values: { deliveries_daily: '3e6 events/day', delivery_peak: '2.5' } },
          { id: 'retention', topic: 'retention', answer: 'Raw pings 14 days; one hourly summary of 1 KB per truck kept 5 years.', values: { raw_retention: '14 day', summary_rate: '1 events/hour', summary_size: '1 KB/event', summary_retention: '5 years' } },
          { id: 'growth', topic: 'scale_growth', answer: 'The fleet grows each year.', values: { fleet_growth: growth } },
          { id: 'availability', topic: 'availability', answer: '99.9%.', values: { target_availability: '99.9%' } },
        ],
      },
      estimate: {
        growth: 'fleet_growth',
        quantities: [
          { id: 'ping_rate', title: 'GPS pings per second', dimension: 'event_rate', unit: 'events/s', reference: 'trucks * gps_rate', builtFrom: { facts: ['trucks', 'gps_rate'] } },
          { id: 'raw_per_day', title: 'Raw pings written per day', dimension: 'data_rate', unit: 'GB/day', reference: 'trucks * gps_rate * ping_size', builtFrom: { facts: ['trucks', 'gps_rate', 'ping_size'] } },
          {
            id: 'kept_storage',
            title: 'Storage for raw pings and hourly summaries',
            dimension: 'data_size',
            unit: 'TB',
            reference: 'trucks * (gps_rate * ping_size * raw_retention + summary_rate * summary_size * summary_retention)',
            builtFrom: {
              facts: ['trucks', 'ping_size', 'raw_retention', 'summary_size', 'summary_retention'],
              parts: [
                { label: 'the raw pings (14 days)', facts: ['raw_retention'] },
                { label: 'the hourly summaries (5 years)', facts: ['summary_retention'] },
              ],
            },
          },
          { id: 'peak_delivery_rate', title: 'Deliveries per second at the afternoon peak', dimension: 'event_rate', unit: 'events/s', reference: 'deliveries_daily * delivery_peak', builtFrom: { facts: ['deliveries_daily', 'delivery_peak'] } },
          { id: 'availability_target', title: 'Availability target', dimension: 'ratio', unit: '', reference: 'target_availability', builtFrom: { facts: ['target_availability'] } },
        ],
      },
    },
  });
}

/** A worksheet from [name, expression] pairs, with optional notes. */
export const fleetSheet = (rows: [string, string][], notes = '') => ({ rows: rows.map(([name, expr]) => ({ name, expr })), notes });

/** Every row of the case right, worked from its facts, with today's figures only. */
export const FLEET_RIGHT: [string, string][] = [
  ['ping_rate', '12000 * 0.2 events/s'],
  ['raw_per_day', 'ping_rate * 250 B/event to GB/day'],
  ['raw_tier', 'raw_per_day * 14 day to TB'],
  ['summary_tier', '12000 * 24 events/day * 1 KB/event * 1826 day to TB'],
  ['kept_storage', 'raw_tier + summary_tier'],
  ['peak_delivery_rate', '3e6 events/day * 2.5 to events/s'],
  ['availability_target', '99.9%'],
];
