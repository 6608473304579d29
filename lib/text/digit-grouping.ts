/**
 * Digit grouping as written across locales: `50.000.000` and `99,9 %` (German, Dutch, Italian...), `1 000 000`
 * (French, ISO 31-0: a space groups thousands), `1'000` (Swiss). Rewritten to the plain digits the expression
 * reader takes (`50000000`, `99.9 %`).
 *
 * The one ambiguous form is a single dot followed by exactly three digits (`1.095`, `73.000`): 1.095 in
 * English, 1095 in German. The rule: it is read as thousands only when the same sheet shows that its writer
 * groups with dots (a number with two or more dot groups, `50.000.000`, or a decimal comma, `99,9`);
 * otherwise it stays a decimal point. Every such reading is said in a note.
 */

/** How a sheet separates thousands and decimals: `dot` groups with dots and marks decimals with a comma. */
export type DigitGrouping = 'dot' | 'plain';

const MULTI_DOT = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])/;
const DECIMAL_COMMA = /(?<![\d.,])\d+,\d{1,2}(?![\d,])(?=\s*(?:%|[A-Za-z]))/;
const SPACE_GROUPS = /(?<![\d.,'])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,'])/g;
const QUOTE_GROUPS = /(?<![\d.,'])\d{1,3}(?:[’']\d{3})+(?![\d.,'’])/g;
const DOT_GROUPS = /(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.])(?:,\d+)?/g;
const ANY_DECIMAL_COMMA = /(?<![\d.,(])(\d+),(\d+)(?![\d,.])/g;

/** `dot` when any of the texts groups thousands with dots (two or more groups) or marks decimals with a comma. */
export function digitGroupingOf(texts: readonly string[]): DigitGrouping {
  return texts.some((text) => MULTI_DOT.test(text) || DECIMAL_COMMA.test(text)) ? 'dot' : 'plain';
}

/** The result of rewriting a text's grouped digits. */
export interface GroupedDigits {
  text: string;
  /** One note per number read another way than an English reader would: `50.000.000 was read as 50000000 (...)`. */
  notes: string[];
}

/**
 * Rewrites grouped digits as plain ones. Spaces and apostrophes between three-digit groups always group
 * thousands. With grouping `dot`, dots group thousands and a comma marks the decimals (`1.095` -> 1095,
 * `8,8` -> 8.8); with `plain`, only `50.000.000` (two dot groups, never a decimal) and a decimal comma
 * before a unit or `%` (`99,9 %`) are read that way, and `1.095` stays 1.095.
 */
export function readGroupedDigits(text: string, grouping: DigitGrouping): GroupedDigits {
  const notes: string[] = [];
  const say = (written: string, read: string, why: string): string => {
    notes.push(`${written} was read as ${read} (${why})`);
    return read;
  };
  let out = text.replace(SPACE_GROUPS, (written) => say(written, written.replace(/[ \u00a0\u202f]/g, ''), 'a space groups thousands'));
  out = out.replace(QUOTE_GROUPS, (written) => say(written, written.replace(/[’']/g, ''), 'an apostrophe groups thousands'));
  if (grouping === 'dot') {
    out = out.replace(DOT_GROUPS, (written) => {
      const [whole = '', decimals] = written.split(',');
      const read = whole.replaceAll('.', '') + (decimals === undefined ? '' : `.${decimals}`);
      const single = (whole.match(/\./g) ?? []).length === 1;
      return say(written, read, single ? 'the sheet groups thousands with dots, so a dot before three digits is a thousands separator here' : 'dots group thousands');
    });
    out = out.replace(ANY_DECIMAL_COMMA, (written, whole: string, decimals: string) => say(written, `${whole}.${decimals}`, 'the sheet marks decimals with a comma'));
    return { text: out, notes };
  }
  out = out.replace(new RegExp(MULTI_DOT.source, 'g'), (written) => say(written, written.replaceAll('.', ''), 'dots group thousands'));
  out = out.replace(new RegExp(DECIMAL_COMMA.source, 'g'), (written) => say(written, written.replace(',', '.'), 'a comma before one or two digits marks the decimals'));
  return { text: out, notes };
}
