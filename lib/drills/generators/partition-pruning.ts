import { defineGenerator } from '../define-generator';
import { dateToMinutes, formatDate, plural } from '../format';
import { assertNever } from '../../util/assert-never';
import type { AnswerKey, Mistake } from '../types';

type Filter = 'range-and-countries' | 'one-day' | 'one-country' | 'non-partition' | 'open-range';

const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'ES', 'IT', 'NL', 'PL', 'SE', 'BR'] as const;
const integer = (value: number): AnswerKey => ({ kind: 'integer', value });

export const partitionPruning = defineGenerator({
  id: 'partition-pruning',
  topic: 'object-storage',
  title: 'Which partitions a query reads',
  build(rng) {
    const days = rng.int(10, 31);
    const month = rng.int(1, 12);
    const first = dateToMinutes(2024, month, 1);
    const day = (index: number): string => formatDate(first + index * 1440);
    const countries = rng.sample(COUNTRIES, rng.int(3, 8)).sort();
    const filter: Filter = rng.pick(['range-and-countries', 'range-and-countries', 'one-day', 'one-country', 'non-partition', 'open-range'] as const);
    const total = days * countries.length;
    let where: string;
    let answer: number;
    let why: string;
    const mistakes: Mistake[] = [{ key: integer(total), hint: 'The filter is on partition columns, so Spark lists only the matching directories instead of scanning all of them.' }];
    switch (filter) {
      case 'range-and-countries': {
        const from = rng.int(0, days - 3);
        const to = rng.int(from + 1, Math.min(days - 1, from + 9));
        const chosen = rng.sample(countries, rng.int(1, Math.min(3, countries.length))).sort();
        const span = to - from + 1;
        where = `dt BETWEEN '${day(from)}' AND '${day(to)}' AND country IN (${chosen.map((code) => `'${code}'`).join(', ')})`;
        answer = span * chosen.length;
        why = `BETWEEN includes both ends, so ${day(from)} to ${day(to)} is ${plural(span, 'day')}; times ${plural(chosen.length, 'country', 'countries')} gives ${answer} directories.`;
        mistakes.push({ key: integer((span - 1) * chosen.length), hint: 'BETWEEN includes both end dates: count the days inclusively.' });
        mistakes.push({ key: integer(span), hint: 'Each day has one directory per country: multiply by the countries in the filter.' });
        mistakes.push({ key: integer(span * countries.length), hint: 'The country filter prunes too: only the listed countries are read.' });
        break;
      }
      case 'one-day': {
        const at = rng.int(0, days - 1);
        where = `dt = '${day(at)}'`;
        answer = countries.length;
        why = `Only the dt=${day(at)} directory is read, and it holds one sub-directory per country: ${answer}.`;
        mistakes.push({ key: integer(1), hint: 'dt is the outer level; under it there is one directory per country, all of which match.' });
        break;
      }
      case 'one-country': {
        const code = rng.pick(countries);
        where = `country = '${code}'`;
        answer = days;
        why = `Pruning works on any partition column, not only the first: Spark reads country=${code} under every date, ${answer} directories. (It still has to list every dt= directory to find them.)`;
        mistakes.push({ key: integer(1), hint: `country=${code} exists under every date directory.` });
        break;
      }
      case 'non-partition':
        where = `customer_id = ${rng.int(1000, 99999)}`;
        answer = total;
        why = `customer_id is not a partition column, so no directory can be skipped: all ${days} x ${countries.length} = ${total} are read. Parquet min/max statistics may skip row groups inside the files, but every file is still opened.`;
        mistakes.length = 0;
        mistakes.push({ key: integer(1), hint: 'Filtering on a column that is not in the directory layout cannot prune directories.' });
        break;
      case 'open-range': {
        const from = rng.int(1, days - 2);
        where = `dt > '${day(from)}'`;
        answer = (days - 1 - from) * countries.length;
        why = `dt > '${day(from)}' excludes that day, leaving ${plural(days - 1 - from, 'day')} up to ${day(days - 1)}, each with ${countries.length} country directories: ${answer}.`;
        mistakes.push({ key: integer((days - from) * countries.length), hint: 'The comparison is strict (>), so the start day itself is not read.' });
        break;
      }
      default:
        return assertNever(filter, 'filter');
    }
    const prompt = [
      `A Parquet table is stored in object storage as \`s3://lake/orders/dt=YYYY-MM-DD/country=XX/\`, with data for every day from ${day(0)} to ${day(days - 1)} and the countries ${countries.join(', ')} on each day.`,
      '',
      `How many \`country=\` partition directories does this Spark SQL query read?`,
      '',
      `\`SELECT count(*) FROM orders WHERE ${where}\``,
    ].join('\n');
    const explanation = `${why} The table has ${days} days x ${countries.length} countries = ${total} leaf directories. Partition columns should match the commonest filters, with few enough values that each directory still holds large files. Source: Spark SQL guide, Parquet "Partition Discovery" (partition columns come from the \`col=value\` directory names, and filters on them skip directories) and the BETWEEN predicate reference (both bounds included).`;
    return { prompt, solution: String(answer), explanation, key: integer(answer), mistakes };
  },
});
