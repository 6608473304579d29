import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../lib/practice/load-lessons';
import { scoreQuestion } from '../../../lib/practice/score-question';
import type { Question } from '../../../lib/practice/question-schema';
import { readDefinition } from '../../../lib/text/definition';
import { readText } from '../../../lib/text/read-text';
import { percent, promptOf, statusOf } from './fixtures';

// Round-12 kinds (new inputs, not the golden answers): a term named with a confident wrong meaning, an outcome denied
// by its subject ("nothing is ever dropped"), a point dismissed as not mattering. The interviewer's scores and the
// expected statuses were written before the engine ran on these inputs.

function questionOf(topic: string, id: string): Question {
  const found = loadLesson(topic).questions.find((question) => question.id === id);
  if (!found) throw new Error(`no question ${id} in ${topic}`);
  return found;
}
const practice = (question: Question, text: string) => scoreQuestion(question, { text });
const practiceStatus = (question: Question, text: string, id: string) => practice(question, text).points?.find((point) => point.id === id)?.status;

const durability = promptOf('ecommerce-data-platform', 'kafka-durability');
const restart = promptOf('ecommerce-data-platform', 'streaming-restart');
const star = promptOf('ecommerce-data-platform', 'sales-star-schema');
const acks = questionOf('kafka', 'acks-explained');
const watermark = questionOf('spark-streaming', 'watermark-meaning');

describe('a definition is read where a term opens its clause', () => {
  it.each([
    ['min.insync.replicas is how many consumers must have read the message.', 'how many consumers must have read the message'],
    ['The checkpoint means a backup copy of the output table.', 'a backup copy of the output table'],
    ['acks=all refers to every broker in the cluster acknowledging.', 'every broker in the cluster acknowledging'],
  ])('%s', (text, said) => {
    const read = readText(text);
    const term = read.tokens.findIndex((token) => token.kind === 'word' && token.norm !== 'the');
    let end = term + 1;
    while (end < read.tokens.length && !['is', 'means', 'refers'].includes(read.tokens[end]?.norm ?? '')) end += 1;
    expect(readDefinition(read, term, end)?.said).toBe(said);
  });

  it.each([
    'min.insync.replicas is a must here.',
    'The checkpoint is stored in S3.',
    'We set min.insync.replicas so that writes fail when a broker is down.',
    'The watermark is then 12:20.',
  ])('not a definition: %s', (text) => {
    const read = readText(text);
    const found = read.tokens.some((_, i) => read.tokens.slice(i + 1, i + 6).some((__, k) => readDefinition(read, i, i + 1 + k) !== undefined));
    expect(found).toBe(false);
  });
});

describe('a term given a confident wrong meaning earns nothing and costs', () => {
  it('kafka practice: min ISR defined as a count of consumer groups (interviewer 5)', () => {
    const text = 'min.insync.replicas is the number of consumer groups that have to process a record before it counts as delivered. acks=all is the safest choice.';
    expect(practiceStatus(acks, text, 'min-isr')).toBe('contradicted');
    expect(practice(acks, text).score).toBeLessThanOrEqual(15);
    expect(practice(acks, text).findings.some((finding) => finding.code === 'practice.wrong-meaning')).toBe(true);
  });

  it('kafka practice: a right definition in other words still earns it (interviewer 85)', () => {
    const text = 'With acks=all the leader waits until every in-sync replica has the record before it acknowledges. min.insync.replicas is the minimum number of in-sync replicas a write needs; below it the broker refuses the write, so with 2 an acknowledged write is never on one broker alone.';
    expect(practiceStatus(acks, text, 'min-isr')).toBe('stated');
  });

  it('kafka deep dive: two points right, min ISR defined as consumers (interviewer 45)', () => {
    const text = "Replication factor 3 so every partition has copies on three brokers and survives losing one. min.insync.replicas means how many consumers must have fetched a message before it is deleted. enable.idempotence on the producer so retries don't duplicate.";
    expect(statusOf(durability, text, 'min-isr')).toBe('contradicted');
    const score = percent(durability, text);
    expect(score).toBeGreaterThanOrEqual(30);
    expect(score).toBeLessThanOrEqual(60);
  });

  it('spark deep dive: the checkpoint defined as a backup of the output (interviewer 50)', () => {
    const text = 'The checkpoint is a backup copy of the output table that we restore after a crash. Kafka still has the data, so the batch in flight is read again, and the Delta sink is transactional so nothing is double counted.';
    expect(statusOf(restart, text, 'checkpoint-wins')).toBe('contradicted');
    expect(percent(restart, text)).toBeLessThanOrEqual(60);
  });

  it('spark deep dive: the checkpoint defined rightly keeps its credit (interviewer 85)', () => {
    const text = 'The checkpoint is where Spark records the Kafka offsets of each micro-batch; on restart the query resumes from those offsets, and startingOffsets only applies to a brand-new query. The in-flight batch is replayed from Kafka, and the Delta sink is transactional so it is written once.';
    expect(statusOf(restart, text, 'checkpoint-wins')).toBe('stated');
    expect(percent(restart, text)).toBeGreaterThanOrEqual(80);
  });

  it('modelling deep dive: the grain defined as a refresh rate (interviewer 30)', () => {
    const text = 'The grain means how often the fact table is refreshed, daily here. Dimensions: dim_date, dim_customer, dim_product with category, dim_country.';
    expect(statusOf(star, text, 'grain')).toBe('contradicted');
    expect(percent(star, text)).toBeLessThanOrEqual(40);
  });
});

describe('an outcome denied by its subject is denied', () => {
  it.each(['Nothing is ever dropped, late data waits.', 'No event is ever dropped.', 'None of the late events get dropped.'])('%s (interviewer 0 for the drop point)', (text) => {
    expect(practiceStatus(watermark, text, 'late-dropped')).not.toBe('stated');
  });

  it('still earns the drop point when said plainly (interviewer 33)', () => {
    expect(practiceStatus(watermark, 'Events older than the watermark are dropped.', 'late-dropped')).toBe('stated');
  });
});

describe('a point dismissed as not mattering is not earned', () => {
  const partitioning = promptOf('ride-hailing', 'location-topic-partitioning');
  it('ordering per driver "does not really matter" (interviewer 10)', () => {
    const text = "Key by H3 zone so the surge job reads a zone from one partition. Ordering per driver doesn't really matter for surge.";
    expect(statusOf(partitioning, text, 'key-by-driver')).not.toBe('stated');
    expect(percent(partitioning, text)).toBeLessThanOrEqual(20);
  });
});

describe('a negated outcome in the reason after a term does not deny the term', () => {
  const late = promptOf('iot-telemetry', 'late-readings');
  it('"set the watermark to an hour so no reading is dropped" names the watermark (interviewer: partly, named)', () => {
    const text = 'Windows on the sensor timestamp. Set the watermark to an hour so no reading is ever dropped.';
    expect(statusOf(late, text, 'watermark')).toBe('named');
  });
  it('"the watermark does not drop late readings" still negates it', () => {
    const text = 'Windows on the sensor timestamp. The watermark does not drop late readings.';
    expect(statusOf(late, text, 'watermark')).not.toBe('stated');
  });
});

describe('exactly-once claimed on top of what breaks it', () => {
  it('card payments: "Kafka is exactly-once, consumers keep auto commit" loses the consumer point (interviewer 40)', () => {
    const prompt = promptOf('card-payments', 'exactly-once-authorisations');
    const text = 'Replication factor 3, min.insync.replicas 2 and acks=all so an acknowledged auth survives a broker failure. The producer is idempotent so retries do not duplicate, keyed by card token. Kafka is exactly-once then, and the fraud consumers keep auto-commit on.';
    expect(statusOf(prompt, text, 'transactions')).toBe('contradicted');
    expect(percent(prompt, text)).toBeLessThanOrEqual(45);
  });

  it('spark practice: "exactly-once, so any sink works" contradicts the sink point (interviewer 45)', () => {
    const question = questionOf('spark-streaming', 'end-to-end-exactly-once');
    const text = 'Kafka can be replayed and the checkpoint stores the offsets of each batch, so Spark is exactly-once and any sink works, a JDBC table or plain CSV files.';
    expect(practiceStatus(question, text, 'idempotent-sink')).toBe('contradicted');
    expect(practice(question, text).score).toBeLessThanOrEqual(55);
  });
});

describe('a property given to the other side of a comparison costs like a wrong claim', () => {
  it('databases practice: storage layouts swapped between OLTP and OLAP (interviewer 50)', () => {
    const question = questionOf('databases', 'oltp-vs-olap');
    const text = 'OLTP serves many short transactions such as a checkout, OLAP serves large analytical scans such as sales per region per year. The OLAP warehouse is a row store, while OLTP is a column store. Reports should not run on the checkout database, the heavy scans would slow the shop.';
    const result = practice(question, text);
    expect(result.points?.find((point) => point.id === 'schema-storage')?.status).toBe('contradicted');
    expect(result.score).toBeLessThanOrEqual(65);
    expect(result.findings.some((finding) => finding.code === 'practice.wrong-meaning')).toBe(true);
  });
});
