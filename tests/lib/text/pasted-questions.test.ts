import { describe, expect, it } from 'vitest';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';
import { splitPastedQuestions } from '../../../lib/text/pasted-questions';

describe('several questions pasted as one entry are asked one by one', () => {
  it('splits a markdown table into its asking cells, without header and separator', () => {
    const table = '| area | question |\n|:--|--|\n| volume | How many GPS pings a second at the evening peak? |\n| freshness | How stale may the surge multiplier be? |';
    expect(splitPastedQuestions(table)).toEqual(['How many GPS pings a second at the evening peak?', 'How stale may the surge multiplier be?']);
  });

  it('splits a list with one question per line, with or without markers', () => {
    expect(splitPastedQuestions('- How many hospitals send HL7?\n- How late can lab results arrive?')).toEqual(['How many hospitals send HL7?', 'How late can lab results arrive?']);
    expect(splitPastedQuestions('1. What is in scope?\n2) Who reads the census?')).toEqual(['What is in scope?', 'Who reads the census?']);
  });

  it('keeps one question written over two lines, and text that is no list, as it is', () => {
    const wrapped = 'How many sensors are there in all the plants,\nand how often does each one report?';
    expect(splitPastedQuestions(wrapped)).toEqual([wrapped]);
    expect(splitPastedQuestions('What is the peak?')).toEqual(['What is the peak?']);
  });

  it('a ride-hailing question table earns what the same questions asked one by one earn', () => {
    const rubric = loadCase('ride-hailing').rubric;
    const asked = [
      'Is this the data platform behind dispatch and pricing, not the rider app itself?',
      'Who reads the outputs: the pricing service, ops, finance?',
      'How many drivers are online at the evening peak, and how often does each phone send a ping?',
      'How fresh must the surge multiplier be?',
      'How long do we keep raw pings and trips?',
      'What exists today: a trips Postgres, anything on Kafka?',
    ];
    const table = ['| topic | question | why |', '|---|---|---|', ...asked.map((q, i) => `| t${i} | ${q} | sizing |`)].join('\n');
    const oneByOne = scoreClarify({ questions: asked, entities: [] }, rubric).score;
    expect(oneByOne).toBeGreaterThan(40);
    expect(scoreClarify({ questions: [table], entities: [] }, rubric).score).toBe(oneByOne);
  });
});
