import { describe, expect, it } from 'vitest';
import { onlyAsks } from '../../../lib/text/asked-field';
import { splitAssumptionPreamble } from '../../../lib/text/assumption-preamble';
import { briefShare } from '../../../lib/text/brief-echo';
import { historySourceCue } from '../../../lib/text/history-source';
import { readOverBuilt } from '../../../lib/text/over-built';
import { deletionAskCue, privacyRequestCue } from '../../../lib/text/privacy-request';

// Readers added for the round-17 kinds, on inputs written for this test.

describe('splitAssumptionPreamble', () => {
  it('cuts the question off a preamble of assumptions, with the pointer back left out', () => {
    const split = splitAssumptionPreamble(
      "So I'm imagining the pharmacy system pushes every dispense event, we land them in a lake, a nightly job builds the stock marts and buyers read them in Tableau. Given that picture, how fresh must the stock view be?",
    );
    expect(split?.asked).toBe('how fresh must the stock view be?');
    expect(split?.preamble).toContain('pharmacy system');
  });

  it('reads nothing into a short lead-in, a preamble that asks, or statements with no assumption cue', () => {
    expect(splitAssumptionPreamble('I assume batch. How fresh must it be?')).toBeNull();
    expect(splitAssumptionPreamble('How many stores are there, and how many tills per store? And how often do they sync?')).toBeNull();
    expect(splitAssumptionPreamble('The warehouse team loads the files every night and the buyers read the reports every morning at eight. How big is one file?')).toBeNull();
  });
});

describe('historySourceCue', () => {
  it('finds backfilling, migrating history and starting fresh', () => {
    expect(historySourceCue('can we backfill from the old exports?')).not.toBeNull();
    expect(historySourceCue('do we migrate the history or start from scratch?')).not.toBeNull();
    expect(historySourceCue('is there historical order data we could load on day one?')).not.toBeNull();
  });
  it('finds nothing in a keeping question', () => {
    expect(historySourceCue('how many years of history do we keep?')).toBeNull();
  });
});

describe('deletionAskCue', () => {
  it('reads a plain request to delete one\'s own data', () => {
    expect(deletionAskCue('what if a rider asks us to delete all of their trips?')).not.toBeNull();
    expect(deletionAskCue('a patient requests their records to be removed')).not.toBeNull();
  });
  it('leaves the data life cycle and the named rights alone', () => {
    expect(deletionAskCue('when do we delete old partitions?')).toBeNull();
    expect(deletionAskCue('how do we handle the right to erasure?')).toBeNull();
    expect(privacyRequestCue('how do we handle the right to erasure?')).not.toBeNull();
  });
});

describe('onlyAsks', () => {
  it('reads fields that only ask', () => {
    expect(onlyAsks('Should we stream the orders?')).toBe(true);
    expect(onlyAsks('what freshness do the buyers expect')).toBe(true);
    expect(onlyAsks('Kafka or Kinesis? Not sure yet?')).toBe(true);
  });
  it('reads a field that asks and then decides, or only states, as a decision', () => {
    expect(onlyAsks('Stream the orders? Yes, by CDC, since stock must be minutes fresh.')).toBe(false);
    expect(onlyAsks('Do nightly loads of the partner files')).toBe(false);
    expect(onlyAsks('')).toBe(false);
  });
});

describe('briefShare', () => {
  const brief = ['The stores send their till rolls every night.', 'Buyers want to see yesterday\'s sales per store by eight in the morning.'];
  it('flags an answer made of the brief\'s own words', () => {
    const share = briefShare(['Till rolls the stores send every night', 'Buyers want to see yesterday\'s sales per store by eight in the morning', 'sales per store for buyers', 'stores send till rolls'], brief);
    expect(share.share).toBeGreaterThanOrEqual(0.8);
  });
  it('does not flag an answer in its own words, nor one too short to judge', () => {
    expect(briefShare(['nightly SFTP load of the till files into S3', 'a dbt job builds a sales mart in BigQuery by 07:00', 'Looker for the buyers'], brief).echoes).toBe(false);
    expect(briefShare(['till rolls every night'], brief).echoes).toBe(false);
  });
});

describe('readOverBuilt', () => {
  it('names heavy parts the case does not ask for, once each', () => {
    const found = readOverBuilt(['Postgres CDC into Kafka, replicated active-active to a second region', 'product graph in Neptune; Neptune also for fraud rings'], 'orders database; daily sales dashboard');
    expect(found.map((part) => part.part)).toEqual(['multi-region', 'graph-database']);
  });
  it('leaves a part the case names, and one negated', () => {
    expect(readOverBuilt(['an online feature store for the scoring service'], 'features for the fraud model served from an online feature store')).toEqual([]);
    expect(readOverBuilt(['one region only, no active-active'], 'daily report')).toEqual([]);
  });
  it('reads two stream engines as a second stream engine', () => {
    expect(readOverBuilt(['Flink for the alerts and Kafka Streams for the rollups'], 'alerts within seconds').map((part) => part.part)).toEqual(['second-stream-engine']);
  });
});
