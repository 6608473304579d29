import { describe, expect, it } from 'vitest';
import { matchQuestion, MAX_TOPICS_PER_LINE } from '../../../lib/clarify/match-question';
import type { QuestionMatch } from '../../../lib/clarify/match-question';
import { analyseClarify, readKeywordList, scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * Kinds of clarifying question the interviewer misread on the phrasing batches 10-13, each on new questions
 * written for this test (none of the batches' own), with the topic an interviewer answers from decided
 * before the engine ran, for all five cases.
 */
const topicsOf = (match: QuestionMatch) => [match.topic, match.second?.topic, ...(match.more ?? []).map((part) => part.topic)].filter(Boolean);
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);

describe('a question bundling three topics is answered on each', () => {
  const bundled: readonly [string, string, string[]][] = [
    ['card-payments', 'How many authorisations do we see a day, how long must we keep them, and who reads the fraud scores?', ['scale_now', 'retention', 'consumers']],
    ['ecommerce-data-platform', 'What does the shop run on today, how fresh must the sales dashboard be, and does GDPR apply to the customer data?', ['existing_systems', 'latency_sla', 'pii_security']],
    ['healthcare-records', 'What message formats do the hospitals send, how many messages is that per day, and how long do we keep the raw feed?', ['data_format', 'scale_now', 'retention']],
    ['iot-telemetry', 'How many sensors are there in total, how quickly must an alert reach a technician, and what uptime does alerting need?', ['scale_now', 'latency_sla', 'availability']],
    ['ride-hailing', 'Roughly how many trips a day, how spiky does demand get on a Saturday night, and who uses the surge multiplier?', ['scale_now', 'scale_growth', 'consumers']],
  ];
  for (const [slug, question, topics] of bundled) {
    it(`${slug}: answers ${topics.join(', ')}`, () => {
      const match = ask(slug, question);
      expect(new Set(topicsOf(match))).toEqual(new Set(topics));
      expect([match.second, ...(match.more ?? [])].every((part) => part?.answer !== undefined && part.answer.length > 20)).toBe(true);
    });
  }

  it('counts each of the three topics and reveals each fact', () => {
    const rubric = loadCase('iot-telemetry').rubric;
    const [, question] = bundled[3] ?? ['', ''];
    const analysis = analyseClarify({ questions: [question] }, rubric);
    for (const topic of ['scale_now', 'latency_sla', 'availability'] as const) expect(analysis.topicAskings.get(topic)?.form).toBe('question');
    expect(analysis.revealedFactIds).toHaveLength(3);
  });

  it(`answers at most ${MAX_TOPICS_PER_LINE} topics of a line stringing more questions`, () => {
    const match = ask('ride-hailing', 'How many trips a day, how fresh must surge be, how long do we keep pings, what format are they, and who reads the map?');
    expect(topicsOf(match)).toHaveLength(MAX_TOPICS_PER_LINE);
  });
});

describe('people and process questions', () => {
  const people: readonly [string, string, string][] = [
    ['card-payments', 'Which team picks up a transaction once the model flags it?', 'consumers'],
    ['ecommerce-data-platform', 'Who on the business side will be looking at these numbers every morning?', 'consumers'],
    ['healthcare-records', 'Which people on the wards would open the census screen during a shift?', 'consumers'],
    ['iot-telemetry', 'Who looks at the rollups once they exist, the reliability engineers or the plant managers?', 'consumers'],
    ['ride-hailing', 'Who in city operations watches the live map, and what do they do with it?', 'consumers'],
    ['card-payments', 'Who gets paged when the scoring service falls over in the middle of the night?', 'availability'],
    ['ecommerce-data-platform', 'If the nightly load breaks, who gets woken up and how long can finance wait?', 'availability'],
    ['healthcare-records', 'Is someone on call overnight if the census view stops updating?', 'availability'],
    ['iot-telemetry', 'Who is on call for alerting at the weekend, and what happens if it is down?', 'availability'],
    ['ride-hailing', 'Who responds when surge stops updating on a friday night?', 'availability'],
  ];
  for (const [slug, question, topic] of people) {
    it(`${slug}: "${question}" is ${topic}`, () => {
      expect(ask(slug, question).topic).toBe(topic);
    });
  }
});

describe('a volume put up to be checked asks the volume', () => {
  const proposed: readonly [string, string][] = [
    ['card-payments', 'Would 300 authorisations a second be a fair number to design for?'],
    ['ecommerce-data-platform', 'Is 100 GB of raw data a day in the right ballpark?'],
    ['healthcare-records', 'Are we talking about something like a million HL7 messages a day?'],
    ['iot-telemetry', 'Is it fair to plan for around 20k readings a second across the plants?'],
    ['ride-hailing', 'Is 5 million trips a day roughly the size we are at?'],
  ];
  for (const [slug, question] of proposed) {
    it(`${slug}: "${question}" gets the volume fact, asked in full`, () => {
      const match = ask(slug, question);
      expect(match.topic).toBe('scale_now');
      expect(match.form).toBe('question');
      expect(match.factId).toBe('daily-volume');
    });
  }
});

describe('other stacks\' names and typos', () => {
  const jargon: readonly [string, string, string][] = [
    ['card-payments', 'Does the switch push decisions onto Kinesis or EventBridge today?', 'existing_systems'],
    ['ecommerce-data-platform', 'how long do we keep the stuff in the s3 bucket / gcs before it can go to glacier?', 'retention'],
    ['healthcare-records', 'Do the feeds reach us through Azure Event Hubs or straight from the interface engine?', 'existing_systems'],
    ['iot-telemetry', 'what does a single mqtt payload look like, json or sparkplug b?', 'data_format'],
    ['ride-hailing', 'can we keep the gps traces in bigtable forever or is there a limit?', 'retention'],
    ['ecommerce-data-platform', 'how fresh shoud the sales dashbaord be?', 'latency_sla'],
    ['healthcare-records', 'whats the retension on the raw hl7 mesages?', 'retention'],
    ['ride-hailing', 'what are the gdpr rules on driver locaton data?', 'pii_security'],
  ];
  for (const [slug, question, topic] of jargon) {
    it(`${slug}: "${question}" is ${topic}`, () => {
      expect(ask(slug, question).topic).toBe(topic);
    });
  }
});

describe('terse follow-ups riding on the question before', () => {
  it('reads a follow-up naming the brief\'s own words as a question, not a read-back', () => {
    const match = ask('iot-telemetry', 'and in two years?');
    expect(match.unasked).toBeUndefined();
    expect(match.topic).toBe('scale_growth');
  });

  it('credits a terse follow-up on the volume question in full, and is no keyword list', () => {
    const rubric = loadCase('ride-hailing').rubric;
    const questions = ['What exactly is in scope - surge and the ops map?', 'How many ride requests come in per hour?', 'peak hours?', 'and retention of pings?', 'formats?'];
    const analysis = analyseClarify({ questions }, rubric);
    expect(analysis.followUps).toEqual([2]);
    expect(analysis.topicAskings.get('scale_growth')?.form).toBe('question');
    // A bare word on another topic rides on nothing: half its topic.
    expect(analysis.topicAskings.get('data_format')?.form).toBe('fragment');
    expect(readKeywordList(analysis)).toBeNull();
  });

  it('gives a bare word after a bare word nothing to ride on: a one-word list stays a keyword list', () => {
    const rubric = loadCase('healthcare-records').rubric;
    const questions = ['Users?', 'Volume?', 'Peaks?', 'Freshness?', 'Uptime?', 'Retention?', 'Formats?', 'HIPAA?'];
    const analysis = analyseClarify({ questions }, rubric);
    expect(analysis.followUps).toEqual([]);
    expect(readKeywordList(analysis)).not.toBeNull();
    expect(scoreClarify({ questions }, rubric).score).toBeLessThanOrEqual(25);
  });
});
