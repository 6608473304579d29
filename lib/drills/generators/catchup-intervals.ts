import { defineGenerator } from '../define-generator';
import { dateToMinutes, formatDate, formatDateTime, plural } from '../format';
import type { AnswerKey } from '../types';

const DAY = 1440;
const HOUR = 60;

export const catchupIntervals = defineGenerator({
  id: 'catchup-intervals',
  topic: 'airflow',
  title: 'Which data intervals a DAG runs for on catchup',
  build(rng) {
    const daily = rng.chance(0.5);
    const period = daily ? DAY : HOUR;
    const catchup = rng.chance(0.6);
    const start = dateToMinutes(2024, rng.int(1, 12), rng.int(1, 28)) + (daily ? 0 : rng.int(0, 12) * HOUR);
    const complete = rng.int(1, daily ? 6 : 8);
    // "Now" sits inside the next interval, never on a boundary, so there is no tie to argue about.
    const now = start + complete * period + (daily ? rng.int(1, 23) * HOUR + rng.int(0, 59) : rng.int(5, 55));
    const starts = Array.from({ length: complete }, (_, index) => start + index * period);
    const runs = catchup ? starts : starts.slice(-1);
    const item = { kind: 'interval', periodMinutes: period } as const;
    const key = (list: readonly number[]): AnswerKey => ({ kind: 'set', item, items: list.map((at) => `${at}|${at + period}`) });
    const show = (at: number): string => (daily ? `${formatDate(at)} -> ${formatDate(at + period)}` : `${formatDateTime(at)} -> ${formatDateTime(at + period)}`);
    const schedule = daily ? '@daily' : '@hourly';
    const prompt = [
      `A DAG has \`start_date=${daily ? formatDate(start) : formatDateTime(start)}\` (UTC), \`catchup=${catchup ? 'True' : 'False'}\` and a data-interval timetable: \`schedule=CronDataIntervalTimetable("${schedule}", timezone="UTC")\`.`,
      `It is deployed and unpaused for the first time at **${formatDateTime(now)}** UTC, with no earlier runs.`,
      '',
      'For which data intervals does the scheduler create runs straight away? List them as `start -> end` (or give their logical dates), separated by commas.',
    ].join('\n');
    const explanation = [
      `Each run covers one ${daily ? 'day' : 'hour'} [start, end) and is created only after that interval has ended, so the ${plural(complete, 'interval')} that ended by ${formatDateTime(now)} are due, and the one in progress is not.`,
      catchup
        ? 'With catchup=True the scheduler creates a run for every due interval since start_date, oldest first.'
        : 'With catchup=False it creates a run only for the most recent complete interval and skips the older ones.',
      `A run's logical date is the start of its interval: the run for ${show(runs[runs.length - 1] ?? start)} has logical date ${daily ? formatDate(runs[runs.length - 1] ?? start) : formatDateTime(runs[runs.length - 1] ?? start)}.`,
      'Airflow 3 changed two defaults: catchup is False unless you set it, and a bare cron string such as "@daily" becomes a CronTriggerTimetable (runs at the cron time, no data interval) unless [scheduler] create_cron_data_intervals is True.',
      'To reprocess past intervals on purpose, backfill: `airflow dags backfill --start-date ... --end-date ... <dag_id>` in Airflow 2, `airflow backfill create --dag-id <dag_id> --from-date ... --to-date ...` in Airflow 3.',
      'Source: Airflow docs, "DAG Runs" (data interval, catchup) and "Timetables" (CronDataIntervalTimetable).',
    ].join(' ');
    const withCurrent = [...runs, start + complete * period];
    return {
      prompt,
      solution: runs.map(show).join(', '),
      explanation,
      key: key(runs),
      mistakes: [
        catchup
          ? { key: key(starts.slice(-1)), hint: 'That is catchup=False behaviour; with catchup=True every missed interval since start_date gets a run.' }
          : { key: key(starts), hint: 'That is catchup=True behaviour; with catchup=False only the latest complete interval runs.' },
        { key: key(withCurrent), hint: `The interval that starts at ${formatDateTime(start + complete * period)} has not ended yet; its run is created when it ends.` },
        { key: key(runs.map((at) => at + period)), hint: 'Shifted by one interval: a run is named after the start of the interval it processes, not the time it runs.' },
      ],
    };
  },
});
