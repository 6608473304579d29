import { describe, expect, it } from 'vitest';
import { baselineComparisonCue } from '../../../lib/text/baseline-comparison';
import { describesLateData, lateArrivalCue } from '../../../lib/text/late-arrival';
import { otherOrganisationAsked } from '../../../lib/text/other-organisation';
import { presentPracticeCue } from '../../../lib/text/present-practice';
import { describesPrivacyRequest, privacyRequestCue } from '../../../lib/text/privacy-request';
import { premiseState } from '../../../lib/text/premise';
import { isSmallTalk } from '../../../lib/text/question-form';

describe('baselineComparisonCue', () => {
  it.each([
    'How does Saturday traffic stack up compared with a usual weekday?',
    'Is the load at month end much heavier than normal?',
    'What was the noisiest hour last season?',
    'How many more bookings arrive on a holiday weekend?',
    'What is the worst-case write rate?',
    'Do we get fewer uploads than weekends during the week?',
  ])('reads a level against its usual one or at its extreme: %s', (line) => {
    expect(baselineComparisonCue(line)).not.toBeNull();
  });
  it.each([
    'How many bookings a day?',
    'Should we keep logs for more than a year?',
    'Is freshness more important than cost?',
    'What is the earliest date we need?',
    'How many requests does the API serve?',
  ])('leaves a plain level, a length or a priority alone: %s', (line) => {
    expect(baselineComparisonCue(line)).toBeNull();
  });
});

describe('privacyRequestCue', () => {
  it.each([
    'What if a user exercises their right to be forgotten?',
    'Do we honour erasure requests?',
    'A member wants to opt out of analytics tracking, is that supported?',
    'If someone withdraws consent, what changes?',
    'Could a subscriber ask us to forget them entirely?',
  ])('names a data subject request: %s', (line) => {
    expect(privacyRequestCue(line)).not.toBeNull();
  });
  it.each(['When can we delete old partitions?', 'Do we purge raw files after a year?', 'What happens when a user deletes a playlist?'])(
    'leaves deletion in general to retention: %s',
    (line) => {
      expect(privacyRequestCue(line)).toBeNull();
    },
  );
  it('finds facts that say how such requests are handled', () => {
    expect(describesPrivacyRequest('Erasure requests must be honoured within 30 days.')).toBe(true);
    expect(describesPrivacyRequest('Raw events older than 13 months can be deleted.')).toBe(false);
  });
});

describe('lateArrivalCue', () => {
  it.each(['Can meter readings turn up hours later?', 'Do invoices ever get amended after posting?', 'Are late-arriving scans common?', 'Might orders land out of order?'])(
    'reads late or revised data: %s',
    (line) => {
      expect(lateArrivalCue(line)).not.toBeNull();
    },
  );
  it.each(['How late can the report be?', 'How fresh must the dashboard be?', 'What is the latency target?'])('leaves a deadline alone: %s', (line) => {
    expect(lateArrivalCue(line)).toBeNull();
  });
  it('finds facts that describe late data, not ones that only say "later"', () => {
    expect(describesLateData('Scans arrive out of order and up to a day late.')).toBe(true);
    expect(describesLateData('Losing a ping is fine because the next one comes 4 seconds later.')).toBe(false);
  });
});

describe('presentPracticeCue', () => {
  it.each(['How are refunds processed today?', 'Where does billing data sit right now?', 'What do the accountants use at the moment?', 'How is inventory counted currently?'])(
    'reads how something is done now: %s',
    (line) => {
      expect(presentPracticeCue(line)).not.toBeNull();
    },
  );
  it.each(['How much data do we ingest today?', 'How fresh is the dashboard right now?', 'What format are the files in today?', 'How are refunds processed?'])(
    'leaves a measure of the present, or a line without a present moment, alone: %s',
    (line) => {
      expect(presentPracticeCue(line)).toBeNull();
    },
  );
});

describe('otherOrganisationAsked', () => {
  it.each([
    ['How does Spotify model listening events?', 'Spotify'],
    ['what would airbnb do here?', 'airbnb'],
    ["What's Google's approach to this?", 'Google'],
    ['How did Deutsche Bahn build their delay tracking?', 'Deutsche Bahn'],
  ])('names the company a question asks about: %s', (line, name) => {
    expect(otherOrganisationAsked(line)).toBe(name);
  });
  it.each([
    'How does Visa send us the clearing files?',
    'How does Kafka handle consumer lag?',
    'How do the analysts use the dashboards?',
    'What does the business do with the forecast?',
    'How does our team handle on-call?',
  ])('leaves our side, tools and people in the case alone: %s', (line) => {
    expect(otherOrganisationAsked(line)).toBeNull();
  });
});

describe('premiseState reads a confirmed hand-over', () => {
  it('names an ACK', () => {
    expect(premiseState('once the broker has acknowledged the batch')).toBe('handoff');
    expect(premiseState('when the feed goes down')).toBe('failure');
    expect(premiseState('when a new customer signs up')).toBeNull();
  });
});

describe('isSmallTalk reads thanks for an answer', () => {
  it.each(['Thanks, that background is really useful.', 'Appreciate you explaining the feeds.', 'Cheers, that clears it up nicely.'])('%s', (line) => {
    expect(isSmallTalk(line)).toBe(true);
  });
  it.each(['Thanks, I will use Kafka then.', 'Thanks. Is the data in JSON', 'Thanks, what about retention?', 'Thanks, so we keep everything.'])(
    'not when it asks or decides: %s',
    (line) => {
      expect(isSmallTalk(line)).toBe(false);
    },
  );
});
