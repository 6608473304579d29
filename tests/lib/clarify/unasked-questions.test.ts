import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

const rubricOf = (slug: string) => loadCase(slug).rubric;
const ecommerce = rubricOf('ecommerce-data-platform');
const rides = rubricOf('ride-hailing');
const cards = rubricOf('card-payments');
const plants = rubricOf('iot-telemetry');
const health = rubricOf('healthcare-records');
const codes = (result: ReturnType<typeof scoreClarify>) => result.findings.map((finding) => finding.code);

describe('a question that reads the brief back earns no topic', () => {
  const echoes: [string, string, typeof ecommerce][] = [
    ['ecommerce', 'So it is an e-commerce shop with orders and clickstream?', ecommerce],
    ['ecommerce', 'And the orders live in a Postgres database today?', ecommerce],
    ['ecommerce', 'ShopWave sells in three countries, correct?', ecommerce],
    ['rides', 'So Velocab operates in 40 cities in five countries, right?', rides],
    ['rides', 'The driver app sends its GPS position every few seconds?', rides],
    ['cards', 'Tallybank has 10 million cardholders in the UK and EU, correct?', cards],
    ['cards', 'And finance reconciles in spreadsheets, yes?', cards],
    ['plants', 'Two plants keep 90 days in a local historian?', plants],
    ['health', 'Most hospitals run Epic and three still run Cerner, is that right?', health],
  ];
  it.each(echoes)('%s: %s', (_, question, rubric) => {
    const match = matchQuestion(question, rubric);
    expect(match).toMatchObject({ unasked: 'echo', topic: null, factId: null });
    expect(match.answer).toMatch(/brief/);
  });

  const asks: [string, string, typeof ecommerce][] = [
    ['rides', 'Is the 40 cities number expected to grow this year?', rides],
    ['rides', 'How often does the driver app send its GPS position?', rides],
    ['cards', 'Do the 10 million cardholders all use the card daily, or only some of them?', cards],
    ['ecommerce', 'How much data do the orders in PostgreSQL add per day?', ecommerce],
    ['plants', 'Do the other plants want the same 90 days, or longer retention?', plants],
  ];
  it.each(asks)('a question that starts from the brief but asks beyond it still earns its topic (%s): %s', (_, question, rubric) => {
    const match = matchQuestion(question, rubric);
    expect(match.unasked).toBeUndefined();
    expect(match.kind).toBe('answer');
  });

  it('scores a transcript of echoes near zero, with a finding that quotes one', () => {
    const result = scoreClarify(
      {
        questions: [
          'So Velocab is in 40 cities across five countries?',
          'Riders book a car in the app and dispatch matches a nearby driver, right?',
          'And today the positions are thrown away?',
          'Surge pricing is edited by hand by an operations manager twice a day, correct?',
        ],
      },
      rides,
    );
    expect(result.score).toBeLessThanOrEqual(10);
    const finding = result.findings.find((item) => item.code === 'clarify.echo-question');
    expect(finding?.message).toMatch(/4 question\(s\) only read the brief back, e\.g\. "So Velocab/);
  });
});

describe('a catch-all list of topics in one question is a keyword list', () => {
  const lists: [string, typeof ecommerce][] = [
    ['What about volume, latency, retention, sources, consumers, SLAs, budget?', ecommerce],
    ['Could you tell me the scale, growth, freshness, retention, formats and privacy?', ecommerce],
    ['Thoughts on throughput, latency, retention and compliance?', cards],
    ['Anything on sensor count, sampling rate, retention, alert latency or uptime?', plants],
  ];
  it.each(lists)('names every topic at most as a bare word: %s', (question, rubric) => {
    const match = matchQuestion(question, rubric);
    expect(match.form).toBe('fragment');
    expect(match.listed?.length ?? 0).toBeGreaterThanOrEqual(3);
    const result = scoreClarify({ questions: [question] }, rubric);
    expect(codes(result)).toContain('clarify.omnibus-question');
    for (const finding of result.findings.filter((item) => item.code === 'clarify.topic-asked')) expect(finding.message).toMatch(/only named among \d+ topics/);
    expect(result.score).toBeLessThanOrEqual(20);
  });

  it.each([
    ['Who reads the output: analysts, data scientists, finance or the marketing team?', ecommerce],
    ['How much data per day, how fast does it grow, and how fresh must the dashboards be?', ecommerce],
    ['Which cities, countries and regions are in scope for the first release?', rides],
  ] as const)('a list about one topic, or whole questions in a row, is not a catch-all: %s', (question, rubric) => {
    expect(matchQuestion(question, rubric).listed).toBeUndefined();
  });
});

describe('a question taken back in the same breath earns nothing', () => {
  const withdrawn: [string, typeof ecommerce][] = [
    ["How big is the peak, actually never mind, let's assume it's modest.", ecommerce],
    ['How fresh do the dashboards need to be? Scratch that, daily is fine.', ecommerce],
    ['How many GPS pings a second at peak... on second thought, forget it.', rides],
    ["Do PCI DSS rules apply? No, let's ignore compliance for now.", cards],
    ["How long must we keep raw readings? Doesn't matter, we'll keep everything.", plants],
    ['Is there a HIPAA audit requirement? Never mind, skip that.', health],
  ];
  it.each(withdrawn)('%s', (question, rubric) => {
    const match = matchQuestion(question, rubric);
    expect(match).toMatchObject({ unasked: 'withdrawn', topic: null, factId: null, kind: 'not-a-question' });
    expect(match.second).toBeUndefined();
    const result = scoreClarify({ questions: [question] }, rubric);
    expect(result.score).toBe(0);
    expect(result.findings.find((item) => item.code === 'clarify.withdrawn-question')?.message).toMatch(/taken back/);
  });

  it('keeps a new question asked after the withdrawn one', () => {
    const match = matchQuestion('How many orders a day? Never mind. How long do we keep the raw events?', ecommerce);
    expect(match.topic).toBe('retention');
    expect(match.withdrawn).toBe('How many orders a day?');
    expect(match.second).toBeUndefined();
  });

  it.each([
    "Volume doesn't really matter here, does it?",
    'Does it matter if the dashboards are a day late?',
    'Can we skip a record that fails validation, or must it be quarantined?',
  ])('is not a retraction: %s', (question) => {
    expect(matchQuestion(question, ecommerce).unasked).toBeUndefined();
  });
});

describe('a catch-all request for everything asks nothing in particular', () => {
  it.each([
    'Could you share the full requirements?',
    'Can you give me all the requirements as per best practice?',
    'Could I get all the details, please?',
  ])('%s', (question) => {
    const match = matchQuestion(question, plants);
    expect(match.topic).toBeNull();
    expect(match.kind).toBe('unsure');
  });

  it('still reads the functional requirements as scope', () => {
    expect(matchQuestion('What are the functional requirements?', plants).topic).toBe('scope_reference');
  });
});
