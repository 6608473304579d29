import { describe, expect, it } from 'vitest';
import { KIND_VOCABULARY } from '@/lib/canvas/vocabulary/kind-vocabulary';
import { loadCase } from '@/lib/content/load-cases';
import { readCaseFit } from '@/lib/text/case-fit';
import { isVendorName, vendorWordFlags } from '@/lib/text/vendor-names';

describe('vendor names', () => {
  it('holds every product of the component vocabulary', () => {
    const missing = KIND_VOCABULARY.flatMap((entry) => entry.products ?? []).filter((name) => !isVendorName(name));
    expect(missing).toEqual([]);
  });

  it.each([
    ['AWS', ['Amazon MSK', 'MWAA', 'AWS Transfer Family', 'Kinesis Data Firehose', 'Glue', 'EMR Serverless', 'Athena', 'DynamoDB', 'MemoryDB', 'QuickSight', 'CloudWatch', 'Step Functions', 'Lake Formation', 'DMS', 'SQS', 'EventBridge']],
    ['Google Cloud', ['Pub/Sub', 'Dataflow', 'Dataproc', 'BigQuery', 'Bigtable', 'Memorystore', 'Cloud Composer', 'Datastream', 'Cloud Data Fusion', 'Dataform', 'Looker', 'Cloud Monitoring', 'Cloud Run']],
    ['Azure', ['Event Hubs', 'Stream Analytics', 'Azure Data Factory', 'Synapse', 'ADLS Gen2', 'Cosmos DB', 'Azure Data Explorer', 'HDInsight', 'Log Analytics', 'Azure Monitor', 'Purview', 'Power BI']],
    ['Confluent', ['Confluent Cloud', 'ksqlDB', 'Kafka Connect', 'Confluent Schema Registry', 'Tableflow', 'Cluster Linking']],
    ['Databricks', ['Delta Live Tables', 'Unity Catalog', 'Auto Loader', 'Databricks SQL', 'Databricks Workflows', 'Lakeflow Connect', 'MLflow', 'Delta Sharing']],
    ['Snowflake', ['Snowpipe', 'Snowpipe Streaming', 'Snowpark', 'Dynamic Tables', 'Snowflake Tasks', 'Openflow']],
  ])('covers the managed services of %s', (_vendor, names) => {
    expect(names.filter((name) => !isVendorName(name))).toEqual([]);
  });

  it('marks the words of the longest name at each place', () => {
    expect(vendorWordFlags(['AWS', 'Transfer', 'Family', 'for', 'partner', 'files'])).toEqual([true, true, true, false, false, false]);
    expect(vendorWordFlags(['Pub', 'Sub', 'topic'])).toEqual([true, true, false]);
    expect(vendorWordFlags(['driver', 'earnings'])).toEqual([false, false]);
  });

  it('leaves out everyday words that name a product too, so a business noun stays one', () => {
    expect(isVendorName('Census')).toBe(false);
    expect(isVendorName('Mode')).toBe(false);
  });
});

describe('case fit reads product names as how a part is built', () => {
  it('a design written only in product names is not another case\'s (e-commerce, written for this test)', () => {
    const fit = readCaseFit(['Amazon MSK', 'MWAA', 'Datadog', 'AWS Transfer Family', 'Memorystore', 'Dataproc', 'Cloud Composer', 'HDInsight'], loadCase('ecommerce-data-platform').rubric);
    expect(fit.foreign).toEqual([]);
    expect(fit.offCase).toBe(false);
  });

  it('another business named next to product names is still foreign (ride-hailing nouns in the card case)', () => {
    const fit = readCaseFit(['Driver pings MSK', 'Surge per zone in MemoryDB', 'Rider trips Aurora', 'Fares and pickups in Redshift', 'Dispatch QuickSight'], loadCase('card-payments').rubric);
    expect(fit.offCase).toBe(true);
    expect(fit.foreign.map((word) => word.toLowerCase())).toEqual(expect.arrayContaining(['driver', 'surge']));
  });
});
