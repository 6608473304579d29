import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import type { DesignAnswer } from '@/lib/design/design-answer-schema';
import { scoreDesign } from '@/lib/design/score-design';
import { DESIGN_DEPTH, designProse } from '@/lib/design/score-depth';
import { readDepth } from '@/lib/text/depth';
import { readText } from '@/lib/text/read-text';
import { parseAnswer as answer } from './fixtures';

// Model designs written for this test (interviewer's grade first): each says why its paths hold, walks through a
// failure and weighs an alternative, so an interviewer signs 95-100 and the engine must give 100. The same designs
// with those sentences cut are complete but plain: the 84-90 interviewers sign (golden set, rounds 0-13).
type Model = { slug: string; design: DesignAnswer; plainReason: string };

const MODELS: Model[] = [
  {
    slug: 'ecommerce-data-platform',
    design: answer({
      inputs: [
        { name: 'Orders, payments and inventory from PostgreSQL via Debezium CDC', mode: 'stream', format: 'Avro change events', rate: 'about 50 changes/s, 10x in a sale' },
        { name: 'Clickstream events from the web and mobile apps', mode: 'stream', format: 'JSON', rate: '580 events/s, 5,800 at peak' },
        { name: 'Partner CSV files over SFTP', mode: 'batch', format: 'CSV', rate: 'one drop a night' },
      ],
      useCase: 'Daily sales and revenue by category and country for leadership, and inventory levels during sale events so operations can pull sold-out products from promotions.',
      sla: 'Inventory metrics within 5 minutes during sales; sales dashboards complete by 06:00 each day.',
      outputs: [
        { consumer: 'Leadership sales dashboards', store: 'warehouse gold tables in Snowflake' },
        { consumer: 'Operations inventory metrics', store: 'Redis table the stream job keeps current' },
        { consumer: 'Data scientists', store: 'Parquet datasets in the lake' },
      ],
      processingStyle: 'both',
      reason:
        'Stock must be at most 5 minutes old, so the CDC and click streams feed a streaming job; revenue is reconciled once the day closes, so a nightly batch builds it from the lake. If the stream job restarts it resumes from its Kafka offsets, and the nightly job overwrites its partition, so a re-run never counts an order twice. Micro-batches every few minutes instead of a stream would cost less but overlap at sale peaks.',
    }),
    plainReason: 'Stock needs 5-minute freshness and comes from the CDC and click streams; revenue is daily from the lake with the partner files.',
  },
  {
    slug: 'ride-hailing',
    design: answer({
      inputs: [
        { name: 'Driver GPS pings from the driver app', mode: 'stream', format: 'JSON events', rate: 'one every 4 s per driver, about 25,000/s at peak' },
        { name: 'Ride requests and price quotes from the rider app', mode: 'stream', format: 'JSON events', rate: 'about 300/s at peak' },
        { name: 'Trips from the trip service PostgreSQL via CDC', mode: 'stream', format: 'Avro change events', rate: 'about 100 changes/s' },
        { name: 'Payment settlement files from the provider', mode: 'batch', format: 'CSV', rate: 'one file a day' },
      ],
      useCase: 'Real-time surge pricing per zone from supply and demand, and daily trips, fares and driver earnings for finance and operations.',
      sla: 'Surge multipliers within 30 seconds; the live map within a minute; earnings dashboards by 07:00 each day.',
      outputs: [
        { consumer: 'Pricing service reading surge multipliers', store: 'Redis keyed by zone' },
        { consumer: 'Operations live supply and demand map', store: 'Redis with a websocket feed' },
        { consumer: 'Finance trips and earnings dashboards', store: 'warehouse tables' },
        { consumer: 'Data scientists', store: 'historical datasets in the lake' },
      ],
      processingStyle: 'both',
      reason:
        'Surge must follow demand within 30 seconds, so pings and requests stream through Flink into Redis; earnings close once the settlement file lands, so a daily batch computes them. When pings arrive late the window waits 10 seconds, then drops them, because a stale ping should not move the price. Recomputing surge from the warehouse every few minutes would be simpler than a stream but far too slow.',
    }),
    plainReason: 'Surge needs 30-second freshness from the pings and requests; earnings are daily from the trips and the settlement file.',
  },
  {
    slug: 'card-payments',
    design: answer({
      inputs: [
        { name: 'Authorisation events from the switch', mode: 'stream', format: 'Avro events', rate: '870/s average, 3,000/s at peak' },
        { name: 'Ledger entries from the ledger database via CDC', mode: 'stream', format: 'Avro change events', rate: 'about 2,000 postings/s' },
        { name: 'Network clearing and chargeback files from Visa and Mastercard', mode: 'batch', format: 'fixed-width files', rate: 'daily' },
      ],
      useCase: 'Fraud detection within seconds on every authorisation, with alerts to analysts, and the daily reconciliation of the ledger with the networks for finance and compliance.',
      sla: 'Fraud features at most 5 seconds behind and a score inside 100 ms; reconciliation by 09:00 each day.',
      outputs: [
        { consumer: 'Switch reading fraud scores', store: 'feature store in Redis behind the scoring API' },
        { consumer: 'Fraud analysts', store: 'alert queue and case tool' },
        { consumer: 'Finance reconciliation reports', store: 'warehouse tables' },
        { consumer: 'Compliance audit trail', store: 'immutable object storage kept seven years' },
        { consumer: 'Data scientists training the fraud model', store: 'lake datasets' },
      ],
      processingStyle: 'both',
      reason:
        'Features must be seconds fresh, so authorisations stream into Flink, which keeps the features in Redis next to the scoring API; reconciliation needs complete days, so it is a batch job after the clearing files land. If the switch resends an authorisation, the job deduplicates on the network reference, so a retry is never counted twice. Scoring from features computed each night instead would be cheaper but miss a card tested in a burst.',
    }),
    plainReason: 'Fraud needs seconds from the authorisation and ledger streams; reconciliation is daily with the clearing files.',
  },
  {
    slug: 'iot-telemetry',
    design: answer({
      inputs: [
        { name: 'Sensor readings from the edge gateways over MQTT', mode: 'stream', format: 'JSON', rate: 'about 50,000 readings/s' },
        { name: 'Production orders and part counts from the MES', mode: 'batch', format: 'SQL extract', rate: 'every 15 minutes' },
        { name: 'Asset registry of machines and sensors', mode: 'batch', format: 'CSV', rate: 'nightly' },
      ],
      useCase: 'Anomaly alerts on critical machines for technicians, a live machine status view, and OEE per plant and line for plant managers.',
      sla: 'Alerts within 10 seconds; OEE hourly, with the day final by 06:00.',
      outputs: [
        { consumer: 'Technicians receiving anomaly alerts', store: 'pager and mobile push' },
        { consumer: 'Live machine status view', store: 'time-series database' },
        { consumer: 'Plant managers OEE dashboards', store: 'warehouse tables' },
        { consumer: 'Engineers and data science history', store: 'Parquet in object storage, tiered after 90 days' },
      ],
      processingStyle: 'both',
      reason:
        'Alerts must fire within 10 seconds, so readings stream through a Flink job that scores them as they arrive; OEE needs the MES counts, which arrive in batches, so an hourly batch computes it. When a gateway reconnects after an outage and sends an hour of late readings, the job keeps them out of the alerts but the OEE batch recomputes the hour. Alerting from the database every minute instead would be simpler but too slow.',
    }),
    plainReason: 'Alerts need 10 seconds from the sensor stream; OEE is hourly from the MES and registry batches.',
  },
  {
    slug: 'healthcare-records',
    design: answer({
      inputs: [
        { name: 'HL7 v2 feeds copied from the interface engine', mode: 'stream', format: 'HL7 v2 messages', rate: 'about 200 messages/s at the morning peak' },
        { name: 'FHIR bulk exports from the newer systems', mode: 'batch', format: 'NDJSON', rate: 'nightly' },
        { name: 'Claims files from payers', mode: 'batch', format: 'X12 files', rate: 'daily' },
        { name: 'EHR access logs', mode: 'batch', format: 'CSV', rate: 'hourly files' },
      ],
      useCase: 'Live bed census and emergency department flow for bed managers, and monthly quality measures that absorb corrections for the quality team.',
      sla: 'Census within 2 minutes; quality measures by 07:00 each day.',
      outputs: [
        { consumer: 'Bed managers live census view', store: 'Postgres read model the stream job updates' },
        { consumer: 'Clinical quality dashboards', store: 'warehouse marts' },
        { consumer: 'Privacy office access reports', store: 'warehouse tables over the access logs' },
        { consumer: 'Researchers', store: 'de-identified research extracts in the lake' },
      ],
      processingStyle: 'both',
      reason:
        'The census must be at most 2 minutes old, so ADT messages stream into a job that keeps the bed state; quality measures must absorb corrections, so a nightly batch recomputes them from the stored raw data. If a corrected message arrives days later, the batch reprocesses that month, because the stream alone would keep the wrong count. A nightly batch for the census instead would be cheaper but hours late.',
    }),
    plainReason: 'The census needs 2-minute freshness from the HL7 stream; quality measures are daily from the exports, claims and logs.',
  },
];

describe('design depth: the last points are for an exemplary design', () => {
  for (const model of MODELS) {
    const rubric = loadCase(model.slug).rubric;

    it(`${model.slug}: a model design that argues, walks through a failure and weighs an alternative scores 100`, () => {
      expect(readDepth(readText(designProse(model.design)), DESIGN_DEPTH).exemplary).toBe(true);
      const result = scoreDesign(model.design, rubric);
      expect(result.findings.filter((finding) => finding.severity !== 'good' && finding.severity !== 'hint')).toEqual([]);
      expect(result.score).toBe(100);
    });

    it(`${model.slug}: the same design with a plain reason is complete but not exemplary (84-90), and says what would make it so`, () => {
      const result = scoreDesign({ ...model.design, reason: model.plainReason }, rubric);
      expect(result.score).toBeGreaterThanOrEqual(84);
      expect(result.score).toBeLessThanOrEqual(90);
      const depth = result.findings.find((finding) => finding.code === 'design.depth');
      expect(depth?.severity).toBe('missing');
      expect(depth?.message).toMatch(/failure/);
    });
  }

  it('leaves a half-built design to its missing parts: no depth charge below 85% of the points', () => {
    const model = MODELS[0]!;
    const half = { ...model.design, inputs: model.design.inputs.slice(0, 1), outputs: model.design.outputs.slice(0, 1), reason: 'Stock needs freshness.' };
    const result = scoreDesign(half, loadCase(model.slug).rubric);
    expect(result.score).toBeLessThan(70);
    expect(result.findings.some((finding) => finding.code === 'design.depth')).toBe(false);
  });

  it('does not take dashboards and alerts a design serves for monitoring it weighs', () => {
    const served = readDepth(readText('Alerts to technicians. Dashboards for plant managers. Metrics for engineers.'), DESIGN_DEPTH);
    expect(served.alternative).toBe(0);
    expect(readDepth(readText('Alerts to technicians. Dashboards for plant managers.')).alternative).toBeGreaterThan(0);
  });
});
