import { describe, expect, it } from 'vitest';
import { asksWhatToAskCue, declinesToAskCue } from '../../../lib/text/interview-meta';
import { isTermString } from '../../../lib/text/term-string';
import { withoutSpokenFillers } from '../../../lib/text/spoken-fillers';
import { countedStems, namesPeak, peakFigureSentences } from '../../../lib/text/peak-figure';
import { isSmallTalk, splitAskedClauses } from '../../../lib/text/question-form';
import { historySourceCue } from '../../../lib/text/history-source';
import { statedGround } from '../../../lib/text/stated-premise';

describe('declinesToAskCue: declining to clarify', () => {
  it.each([
    "Honestly I don't need to ask any questions, let's jump straight into the architecture, alright?",
    "I'll skip the clarifying questions and go directly to the design if that works for you?",
    "Let me not waste your time; I'll assume typical numbers.",
  ])('reads %s', (line) => expect(declinesToAskCue(line)).not.toBeNull());

  it.each([
    "I'll skip the questions on cost, but how many orders a day do we get?",
    'Before we go straight to the design, how many sensors are there?',
    'Do we need any clarification from legal on retention?',
  ])('leaves %s, which still asks', (line) => expect(declinesToAskCue(line)).toBeNull());
});

describe('asksWhatToAskCue: handing the questions back', () => {
  it.each(['What should I ask you first?', 'Anything else you want me to clarify?', 'Do you want me to ask about the numbers now?'])('reads %s', (line) =>
    expect(asksWhatToAskCue(line)).not.toBeNull(),
  );
  it.each(['What should the nightly job clarify for finance?', 'Who do I ask about the clearing files?'])('leaves %s', (line) => expect(asksWhatToAskCue(line)).toBeNull());
});

describe('isTermString: a string of terms with a question mark', () => {
  it.each([
    'Throughput partitions consumer lag retention compaction tiered storage?',
    'And what about OPC UA MQTT Sparkplug historian gateway buffer?',
    'Orders clicks sessions events per minute peak spike?',
  ])('reads %s', (line) => expect(isTermString(line)).toBe(true));
  it.each([
    'Peak orders per minute on sale day?',
    'Kafka, Flink, Spark, Airflow, dbt, Looker?',
    'Quels systèmes existent aujourd’hui pour les commandes?',
    'How many readings per second do the gateways send?',
  ])('leaves %s', (line) => expect(isTermString(line)).toBe(false));
});

describe('withoutSpokenFillers', () => {
  it.each([
    ['so, um, if a gateway, like, goes offline, uh, how much can it buffer?', 'so if a gateway goes offline how much can it buffer?'],
    ['Erm, who reads the, ah, settlement report?', 'who reads the settlement report?'],
    ['Is the ER census the same as the ward census?', 'Is the ER census the same as the ward census?'],
    ['is it like Lyft or like a taxi firm?', 'is it like Lyft or like a taxi firm?'],
  ])('reads %s', (line, spoken) => expect(withoutSpokenFillers(line)).toBe(spoken));
});

describe('call trouble is small talk', () => {
  it.each(['sorry, the video froze for a moment, can you see me again?', 'apologies, my wifi cut out there, can you hear me?'])('reads %s', (line) =>
    expect(isSmallTalk(line)).toBe(true),
  );
  it('keeps a question beside the call words', () => expect(isSmallTalk('can you hear me? how many plants are there?')).toBe(false));
});

describe('splitAskedClauses: a moment set before the question', () => {
  it('keeps "when <moment>, how ...?" as one question', () => {
    expect(splitAskedClauses('When a card is used abroad, how quickly must the score come back?')).toHaveLength(1);
  });
  it('still splits a failure set first, which is asked about too', () => {
    expect(splitAskedClauses('When the warehouse load fails, how late can the report be?')).toHaveLength(2);
  });
});

describe('peak figures', () => {
  it('finds the sentence stating a peak figure and what it counts', () => {
    const sentences = peakFigureSentences('There are 2,500 machines. About 40,000 tags change a second on average and 65,000 at the shift-change peak. Growth is flat.');
    expect(sentences).toHaveLength(1);
    const counted = countedStems('how many tags change a second at peak?');
    expect([...counted].filter((stem) => sentences[0]?.has(stem)).length).toBeGreaterThanOrEqual(2);
  });
  it('reads a peak named as such', () => {
    expect(namesPeak('how many riders are waiting at the busiest?')).toBe(true);
    expect(namesPeak('how many riders are waiting?')).toBe(false);
  });
});

const history = {
  asks: [
    'should we copy over the previous order history from the old warehouse, or start on day one?',
    'Do we move the existing claims records across, or does the platform begin with opening balances?',
  ],
  keeps: ['How long do we keep the order history?', 'Do we need the history of every change to a result?'],
};

describe('historySourceCue: old history brought into a new system', () => {
  it.each(history.asks)('reads %s', (line) => expect(historySourceCue(line)).not.toBeNull());
  it.each(history.keeps)('leaves %s', (line) => expect(historySourceCue(line)).toBeNull());
});

describe('statedGround: an assumption stated as the ground of a question', () => {
  it.each([
    ['Since this is a Netflix-sized catalogue of products, how fresh must stock be?', 'Since this is a Netflix-sized catalogue of products'],
    ["Assuming we're the acquirer here, how many merchants send us payments?", "Assuming we're the acquirer here"],
  ])('reads %s', (line, ground) => expect(statedGround(line)).toBe(ground));
  it.each(['As we discussed, how long do we keep pings?', 'How many plants are there, given the growth?', 'Since when does the MES hold production data?'])('leaves %s', (line) =>
    expect(statedGround(line)).toBeNull(),
  );
});
