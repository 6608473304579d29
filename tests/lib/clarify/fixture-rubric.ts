import { rubricSchema } from '../../../lib/content/rubric-schema';
import type { Rubric } from '../../../lib/content/rubric-schema';

/** A small e-commerce case written for these tests, independent of the content in content/cases. */
export function fixtureRubric(overrides: { topicWeights?: Record<string, number> } = {}): Rubric {
  return rubricSchema.parse({
    version: 1,
    steps: {
      clarify: {
        facts: [
          {
            id: 'reference-product',
            topic: 'scope_reference',
            answer: 'Think of a mid-sized online retailer, not Amazon. We want the analytics data platform; the storefront itself is out of scope.',
            keywords: ['storefront'],
          },
          {
            id: 'analytical',
            topic: 'oltp_vs_olap',
            answer: 'Analytical. The shop already has its own transactional database; we need aggregations and ad-hoc queries over history.',
          },
          {
            id: 'consumers',
            topic: 'consumers',
            answer: 'Business analysts use BI dashboards, the data science team trains recommendation models, and finance gets a daily revenue report.',
          },
          {
            id: 'daily-volume',
            topic: 'scale_now',
            answer: 'About 200 GB of new data per day, mostly clickstream events, from around 2 million daily active users.',
            keywords: ['clickstream volume'],
            values: { daily_ingest: '200 GB/day' },
          },
          {
            id: 'order-rate',
            topic: 'scale_now',
            answer: 'Roughly 50,000 orders per day, about 1 order per second on average.',
            keywords: ['orders per day', 'order rate'],
            values: { orders_per_day: '50000 events/day' },
          },
          {
            id: 'growth',
            topic: 'scale_growth',
            answer: 'Traffic grows about 50% a year, and the big sale days bring 10 times the normal load for a few hours.',
            values: { yearly_growth: '1.5' },
          },
          {
            id: 'existing',
            topic: 'existing_systems',
            answer: 'Orders live in PostgreSQL, clicks are sent to Kafka, and everything runs on AWS. There is no warehouse yet.',
          },
          {
            id: 'mvp',
            topic: 'priority_feature',
            answer: 'Start with the sales dashboard: daily revenue and orders by category.',
          },
          {
            id: 'entities',
            topic: 'entities',
            answer: 'Customers, products, categories, orders with their order items, payments, and clickstream events.',
          },
          {
            id: 'freshness',
            topic: 'latency_sla',
            answer: 'Dashboards may be an hour behind; the daily finance report must be ready by 8 am.',
          },
          {
            id: 'uptime',
            topic: 'availability',
            answer: 'It is a tier-2 pipeline: a few hours of delay are acceptable, but no data may be lost.',
          },
          {
            id: 'retention',
            topic: 'retention',
            answer: 'Keep 3 years of data queryable, archive older data to cold storage, and purge raw clickstream after 1 year.',
          },
          {
            id: 'formats',
            topic: 'data_format',
            answer: 'Clickstream arrives as JSON events whose schema changes every few weeks; orders come from relational tables.',
          },
          {
            id: 'pii',
            topic: 'pii_security',
            answer: 'Customer names, emails and addresses are personal data under GDPR; card numbers never reach the platform.',
          },
        ],
        entities: [
          { id: 'customer', label: 'Customer', synonyms: ['user', 'buyer', 'shopper', 'client'] },
          { id: 'product', label: 'Product', synonyms: ['item', 'sku', 'catalog item'] },
          { id: 'category', label: 'Category', synonyms: ['product category'], core: false },
          { id: 'order', label: 'Order', synonyms: ['purchase'] },
          { id: 'order-item', label: 'Order item', synonyms: ['line item', 'order line', 'orderItem'] },
          { id: 'payment', label: 'Payment', synonyms: ['transaction'] },
          { id: 'review', label: 'Review', synonyms: ['rating'], core: false },
        ],
        topicWeights: overrides.topicWeights ?? { scope_reference: 2, scale_now: 2 },
      },
    },
  });
}
