import { EVENT_UNIT_ALIASES } from './define-units';

/** Time units a count may be divided by to make a rate (`clicks/s`, `orders per hour`). */
const TIME = '(?:s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|wk|week|weeks|mo|month|months|yr|year|years)';
/** Plural nouns that are units or words of the expression language, never counts of things. */
const NOT_COUNTS = new Set(['bytes', 'bits', 'hours', 'days', 'weeks', 'months', 'years', 'minutes', 'seconds', 'secs', 'mins', 'hrs', 'yrs', 'mos', 'wks', 'qps', 'rps', 'tps', 'bps', 'mbps', 'gbps', 'kbps', 'tbps']);

/** `megabits/s`, `kbits/s`, `gigabytes/day`: sizes with a prefix, never counts of things. */
const SIZE_WORD = /(bits|bytes)$/i;

const isCountWord = (word: string) => word.length >= 3 && /s$/i.test(word) && !NOT_COUNTS.has(word.toLowerCase()) && !SIZE_WORD.test(word) && !EVENT_UNIT_ALIASES.includes(word.toLowerCase());

/** `50000 clicks/s`, `2.5K orders per hour`: a number, a plural noun, then a rate over time. */
const COUNT_RATE = new RegExp(`(\\d[\\d.,]*(?:[eE][+-]?\\d+)?\\s*(?:[KkMT]|bn|mn|thousand|million|billion)?\\s+|\\d\\s*)([A-Za-z]+)(\\s*(?:/|\\bper\\b)\\s*)(${TIME})\\b`, 'g');
/** A unit on its own: `clicks/s`, `orders per day`. */
const COUNT_RATE_UNIT = new RegExp(`^\\s*([A-Za-z]+)\\s*(?:/|\\bper\\b)\\s*(${TIME})\\s*$`);

/**
 * Reads a count of any things per time as an event rate, as estimation guides write them:
 * `50000 clicks/s` -> `50000 events/s`, `orders/hour` -> `events/hour`. Only plural nouns that are not
 * units (`GB/day` and `hours/day` stay as they are). Returns the text and the counts renamed.
 */
export function countRatesAsEvents(text: string): { text: string; renamed: string[] } {
  const renamed: string[] = [];
  const unit = COUNT_RATE_UNIT.exec(text);
  if (unit?.[1] && unit[2] && isCountWord(unit[1])) {
    renamed.push(unit[1]);
    return { text: `events/${unit[2]}`, renamed };
  }
  const out = text.replace(COUNT_RATE, (whole: string, number: string, word: string, per: string, time: string) => {
    // `1 reading per second`: one of a thing is written in the singular.
    const single = number.trim() === '1' && /^[a-z]{3,}$/.test(word) && !new RegExp(`^${TIME}$`).test(word) && !EVENT_UNIT_ALIASES.includes(word) && isCountWord(`${word}s`);
    if (!isCountWord(word) && !single) return whole;
    renamed.push(word);
    return `${number}events${per.includes('per') ? ' per ' : '/'}${time}`;
  });
  return { text: out, renamed };
}

/** `2500 machines`, `20 sensors` before an operator or the end: a number of things, then what is counted. */
const COUNTED = /(?<![A-Za-z_\d.])(\d[\d.,]*(?:[eE][+-]?\d+)?)(\s+)([A-Za-z]+)(?=\s*(?:[-+*/×x)]\s|[-+*/×)]|$))/g;
const SCALE_WORDS = new Set(['thousands', 'millions', 'billions', 'trillions', 'hundreds', 'dozens']);

/**
 * Reads a number followed by the plural of what it counts, where no unit follows, as the number alone:
 * `2500 machines * 20 sensors` -> `2500 * 20`, so a dictated sheet reads as it is meant. Units (`30 days`,
 * `100 bytes`) and event counts (`500 events`) are left as they are. Returns the text and the nouns dropped.
 */
export function countsAsNumbers(text: string): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  const out = text.replace(COUNTED, (whole: string, number: string, _space: string, word: string) => {
    if (!isCountWord(word) || SCALE_WORDS.has(word.toLowerCase())) return whole;
    dropped.push(word);
    return number;
  });
  return { text: out, dropped };
}
