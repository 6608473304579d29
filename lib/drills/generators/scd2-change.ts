import { defineGenerator } from '../define-generator';
import { dateToMinutes, formatDate } from '../format';
import type { Rng } from '../random';
import type { AnswerKey } from '../types';

const CITIES = ['Leeds', 'York', 'Bristol', 'Glasgow', 'Cardiff', 'Lyon', 'Porto', 'Munich', 'Krakow', 'Valencia', 'New York', 'Turin'] as const;

interface Row {
  city: string;
  from: string;
  to: string | null;
}

const canonical = (row: Row): string => `${row.city.toLowerCase()}|${row.from}|${row.to ?? 'open'}|${row.to === null}`;
const key = (rows: readonly Row[]): AnswerKey => ({ kind: 'set', item: { kind: 'scd-row' }, items: rows.map(canonical) });
const show = (row: Row): string => `${row.city}, ${row.from}, ${row.to ?? 'null'}, ${row.to === null}`;

function laterDate(rng: Rng, after: string, minDays: number, maxDays: number): string {
  const [year = 2020, month = 1, day = 1] = after.split('-').map(Number);
  return formatDate(dateToMinutes(year, month, day) + rng.int(minDays, maxDays) * 1440);
}

/** Applies one change the SCD2 way: close the current row and open a new one, unless nothing changed. */
function apply(rows: readonly Row[], city: string, on: string): Row[] {
  const current = rows.find((row) => row.to === null);
  if (current?.city === city) return [...rows];
  return [...rows.map((row) => (row.to === null ? { ...row, to: on } : row)), { city, from: on, to: null }];
}

export const scd2Change = defineGenerator({
  id: 'scd2-change',
  topic: 'modelling',
  title: 'What an SCD type 2 dimension holds after changes',
  build(rng) {
    const cities = rng.sample(CITIES, 4);
    const [first = 'Leeds', second = 'York', third = 'Bristol', fourth = 'Porto'] = cities;
    const start = formatDate(dateToMinutes(rng.int(2019, 2022), rng.int(1, 12), rng.int(1, 28)));
    let rows: Row[] = [{ city: first, from: start, to: null }];
    if (rng.chance(0.5)) rows = apply(rows, second, laterDate(rng, start, 60, 400));
    const currentCity = rows.find((row) => row.to === null)?.city ?? first;
    const lastFrom = rows[rows.length - 1]?.from ?? start;
    const changeDate = laterDate(rng, lastFrom, 30, 300);
    const kind = rng.pick(['move', 'move', 'same', 'two-moves'] as const);
    const changes: { city: string; on: string }[] = [];
    if (kind === 'move') changes.push({ city: third, on: changeDate });
    else if (kind === 'same') changes.push({ city: currentCity, on: changeDate });
    else changes.push({ city: third, on: changeDate }, { city: rng.chance(0.5) ? fourth : currentCity, on: laterDate(rng, changeDate, 10, 200) });
    const after = changes.reduce((state, change) => apply(state, change.city, change.on), rows);
    const prompt = [
      'The dimension `dim_customer` keeps history as SCD type 2 with columns (customer_id, city, valid_from, valid_to, is_current). valid_to is exclusive (the next row\'s valid_from) and NULL on the current row.',
      '',
      'Customer 42 currently has these rows:',
      '',
      '| city | valid_from | valid_to | is_current |',
      '| --- | --- | --- | --- |',
      ...rows.map((row) => `| ${row.city} | ${row.from} | ${row.to ?? 'NULL'} | ${row.to === null} |`),
      '',
      `The nightly load then receives, in order: ${changes.map((change) => `on ${change.on} the customer's city is ${change.city}`).join('; ')}.`,
      '',
      'List every row for customer 42 after the load, one per line (or separated by `;`), as `city, valid_from, valid_to, is_current`.',
    ].join('\n');
    const unchanged = changes.filter((change, index) => change.city === (index === 0 ? currentCity : changes[index - 1]?.city));
    const explanation = [
      'SCD type 2 never overwrites: when a tracked attribute changes, the current row is closed (valid_to set to the change date, is_current false) and a new current row opens from that date with valid_to NULL.',
      unchanged.length > 0 ? `A record whose city equals the current one (${unchanged.map((change) => `${change.city} on ${change.on}`).join(', ')}) changes nothing, so no row is added; comparing attributes (or a hash of them) before inserting keeps the history free of duplicates.` : '',
      `After the load the customer has ${after.length} row${after.length === 1 ? '' : 's'}, exactly one of them current. Queries "as of" a date pick the row with valid_from <= date < valid_to.`,
      'Type 1 would have overwritten the city and lost the history.',
      'Source: Kimball Group, "Slowly Changing Dimension Techniques" (type 2: add a new row with row effective and expiration dates and a current row indicator; only a change in a type 2 attribute adds a row).',
    ]
      .filter((line) => line !== '')
      .join(' ');
    const finalCity = after.find((row) => row.to === null)?.city ?? first;
    const overwrite: Row[] = [...rows.filter((row) => row.to !== null), { ...(rows.find((row) => row.to === null) ?? rows[0] ?? { from: start, to: null, city: first }), city: finalCity }];
    const unclosed: Row[] = after.map((row, index) => (index >= rows.length - 1 && index < after.length - 1 ? { ...row, to: null } : row));
    const duplicates = changes.reduce<Row[]>((state, change) => [...state.map((row) => (row.to === null ? { ...row, to: change.on } : row)), { city: change.city, from: change.on, to: null }], rows);
    return {
      prompt,
      solution: after.map(show).join('; '),
      explanation,
      key: key(after),
      mistakes: [
        { key: key(overwrite), hint: 'That overwrites the current row in place, which is SCD type 1; type 2 closes it and adds a new row.' },
        { key: key(unclosed), hint: 'The old current row must be closed: valid_to set to the change date and is_current false.' },
        { key: key(duplicates), hint: 'A record that repeats the current city is not a change; adding a row for it duplicates history.' },
      ],
    };
  },
});
