import { rubricSchema } from '@/lib/content/rubric-schema';
import type { Rubric } from '@/lib/content/rubric-schema';

/**
 * A food-delivery case for estimate26's tests: 4 million orders a day of 3 KB, six times the average at the
 * dinner peak, 30% growth a year, 99.9%. Expected: ~278 orders/s at the peak, 12 GB a day, ~4.4 TB a year.
 */
export function deliveryRubric(): Rubric {
  return rubricSchema.parse({
    version: 1,
    steps: {
      clarify: {
        facts: [
          { id: 'volume', topic: 'scale_now', answer: 'About 4 million orders a day, 3 KB each.', values: { daily_orders: '4e6 events/day', order_size: '3 KB/event' } },
          { id: 'peaks', topic: 'scale_growth', answer: 'Six times the average at dinner; 30% more orders next year.', values: { dinner_peak: '6', yearly_growth: '1.3' } },
          { id: 'availability', topic: 'availability', answer: '99.9%.', values: { target_availability: '99.9%' } },
        ],
      },
      estimate: {
        quantities: [
          { id: 'peak_order_rate', title: 'Orders per second at the dinner peak', dimension: 'event_rate', unit: 'events/s', reference: 'daily_orders * dinner_peak', builtFrom: { facts: ['daily_orders', 'dinner_peak'] } },
          { id: 'order_bytes_per_day', title: 'Order data written per day', dimension: 'data_rate', unit: 'GB/day', reference: 'daily_orders * order_size', builtFrom: { facts: ['daily_orders', 'order_size'] } },
          { id: 'yearly_storage', title: 'Order storage for a year', dimension: 'data_size', unit: 'TB', reference: 'daily_orders * order_size * 365 day', builtFrom: { facts: ['daily_orders', 'order_size'], factors: [{ label: 'a year', value: '1 year' }] } },
          { id: 'availability_target', title: 'Availability target', dimension: 'ratio', unit: '%', reference: 'target_availability', builtFrom: { facts: ['target_availability'] } },
        ],
      },
    },
  });
}

export const sheet = (...pairs: [string, string][]) => ({ rows: pairs.map(([name, expr]) => ({ name, expr })) });
