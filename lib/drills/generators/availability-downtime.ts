import { defineGenerator } from '../define-generator';
import { formatDuration, formatPercent } from '../format';
import type { AnswerKey } from '../types';

const YEAR_SECONDS = 365 * 86400;
const TOLERANCE = 0.03;
const LEVELS = [0.99, 0.995, 0.999, 0.9995, 0.9999] as const;

const duration = (seconds: number): AnswerKey => ({ kind: 'quantity', dimension: 'duration', value: seconds, tolerance: TOLERANCE, periodSeconds: YEAR_SECONDS });
const downtime = (availability: number): number => (1 - availability) * YEAR_SECONDS;
const pct = (availability: number): string => formatPercent(availability);
// The same rules as lib/estimate/availability.ts, restated here so drills do not load mathjs through it.
const serialAvailability = (parts: readonly number[]): number => parts.reduce((product, part) => product * part, 1);
const parallelAvailability = (parts: readonly number[]): number => 1 - parts.reduce((product, part) => product * (1 - part), 1);

export const availabilityDowntime = defineGenerator({
  id: 'availability-downtime',
  topic: 'databases',
  title: 'Yearly downtime of serial and redundant components',
  build(rng) {
    const api = rng.pick(LEVELS);
    const replica = rng.pick([0.99, 0.995, 0.999] as const);
    const replicas = rng.int(2, 3);
    const queue = rng.pick(LEVELS);
    const cluster = parallelAvailability(Array.from({ length: replicas }, () => replica));
    const total = serialAvailability([api, cluster, queue]);
    const seconds = downtime(total);
    const prompt = [
      `A request path has three parts in series: an API tier (${pct(api)} available), a database cluster, and a message queue (${pct(queue)}).`,
      `The database cluster has ${replicas} replicas, each ${pct(replica)} available; the cluster is up while any one replica is up (assume independent failures and instant failover).`,
      '',
      'How much downtime a year should you expect for the whole path (365-day year)? Answer with a duration, for example `8.8 hours`.',
    ].join('\n');
    const explanation = [
      `Redundant copies fail only together: the cluster is down with probability ${Array.from({ length: replicas }, () => `(1 - ${pct(replica)})`).join(' x ')}, so it is ${pct(cluster)} available.`,
      `Parts in series must all be up, so availabilities multiply: ${pct(api)} x ${pct(cluster)} x ${pct(queue)} = ${pct(total)}.`,
      `Downtime is (1 - ${pct(total)}) x 8,760 h = ${formatDuration(seconds)} a year.`,
      'The series parts dominate: redundancy only helps the part that has it. Real failover takes time and failures are often correlated (same zone, same bad deploy), so treat this as an upper bound on availability.',
      'Source: AWS Well-Architected Framework, Reliability Pillar, appendix "Availability" (hard dependencies in series multiply availabilities; redundant components are unavailable only together, 1 - product of unavailabilities).',
    ].join(' ');
    const serialReplicas = serialAvailability([api, ...Array.from({ length: replicas }, () => replica), queue]);
    return {
      prompt,
      solution: `${formatDuration(seconds)} a year (${pct(total)} available)`,
      explanation,
      key: duration(seconds),
      mistakes: [
        { key: duration(downtime(serialReplicas)), hint: 'That treats the replicas as if all of them had to be up; redundant parts combine as 1 - (product of their unavailabilities).' },
        { key: duration(downtime(serialAvailability([api, replica, queue]))), hint: 'That ignores the redundancy: with several replicas the database part is far more available than one replica.' },
        { key: duration(downtime(Math.min(api, cluster, queue))), hint: 'The weakest part is not the whole answer: every part in series adds its own downtime.' },
      ],
    };
  },
});
