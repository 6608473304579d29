import { describe, expect, it } from 'vitest';
import { clockMentions } from '../../../lib/text/clock';
import { readText } from '../../../lib/text/read-text';

const clocks = (text: string) => clockMentions(readText(text)).map((item) => [item.clock, item.said]);

describe('which clock a text names', () => {
  it('reads the source-owned time as event time', () => {
    expect(clocks("Windows on the sensor's own timestamp.")).toEqual([['event', "sensor's own timestamp"]]);
    expect(clocks('Bucket by when it happened, from the device clock.').map(([clock]) => clock)).toEqual(['event', 'event']);
  });

  it('reads arrival, ingestion and wall clock as processing time', () => {
    expect(clocks('bucketed by the time the ping hits our ingestion service')).toEqual([['processing', 'time the ping hits']]);
    expect(clocks('The watermark waits 10 minutes of wall-clock time.')[0]?.[0]).toBe('processing');
    expect(clocks('We window on the arrival time at Kafka.')).toEqual([['processing', 'arrival time']]);
  });

  it('leaves out negated clocks and compound nouns', () => {
    expect(clocks('never on when the reading reached us')).toEqual([]);
    expect(clocks('not on arrival time')).toEqual([]);
    expect(clocks('Time windows get closed by the watermark.')).toEqual([]);
  });
});
