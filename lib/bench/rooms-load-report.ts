import { percentile } from './measure';

/** Kinds of error the rooms load run counts (each one is a fault: the run's clients behave). */
export const ROOMS_LOAD_ERROR_KINDS = ['connect', 'socket-error', 'refused', 'unacked', 'out-of-order', 'missed'] as const;
export type RoomsLoadErrorKind = (typeof ROOMS_LOAD_ERROR_KINDS)[number];

/** Latency percentiles of one kind of fan-out, in ms. */
export type LatencySummary = { p50_ms: number; p95_ms: number; n: number };

/** `npm run rooms:load -- --json`: the shape is public (tracked across runs); extend, never rename. */
export type RoomsLoadReport = {
  rooms: number;
  clientsPerRoom: number;
  seconds: number;
  instances: number;
  /** Edit sent through one instance to its receipt by a client of the other: every sample, then by direction. */
  fanout: LatencySummary & { canvas: LatencySummary; replies: LatencySummary };
  messages: { sent: number; acked: number };
  errors: { total: number; byKind: Record<RoomsLoadErrorKind, number>; examples: string[] };
  /** Rows the run left in the database per room, by table, and all of them together. */
  database: { rowsPerRoom: Record<string, number> };
};

/** What the load run gathered, before summing up. */
export type RoomsLoadTally = {
  rooms: number;
  clientsPerRoom: number;
  seconds: number;
  instances: number;
  canvasMs: number[];
  replyMs: number[];
  sent: number;
  acked: number;
  errors: { kind: RoomsLoadErrorKind; detail: string }[];
  rowsByTable: Record<string, number>;
};

const EXAMPLES_KEPT = 5;
const round = (value: number) => Math.round(value * 1000) / 1000;

/** p50/p95 (nearest rank) of latency samples in ms; zeros for none. */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50_ms: round(percentile(sorted, 0.5)), p95_ms: round(percentile(sorted, 0.95)), n: sorted.length };
}

/** Sums a run up: latency percentiles, errors by kind (with the first few as examples) and rows per room. */
export function summarizeRoomsLoad(tally: RoomsLoadTally): RoomsLoadReport {
  const byKind = Object.fromEntries(ROOMS_LOAD_ERROR_KINDS.map((kind) => [kind, 0])) as Record<RoomsLoadErrorKind, number>;
  for (const error of tally.errors) byKind[error.kind] += 1;
  const rowsPerRoom: Record<string, number> = {};
  let total = 0;
  for (const [table, rows] of Object.entries(tally.rowsByTable).sort(([a], [b]) => a.localeCompare(b))) {
    rowsPerRoom[table] = tally.rooms > 0 ? round(rows / tally.rooms) : 0;
    total += rows;
  }
  rowsPerRoom.total = tally.rooms > 0 ? round(total / tally.rooms) : 0;
  return {
    rooms: tally.rooms,
    clientsPerRoom: tally.clientsPerRoom,
    seconds: tally.seconds,
    instances: tally.instances,
    fanout: { ...summarizeLatencies([...tally.canvasMs, ...tally.replyMs]), canvas: summarizeLatencies(tally.canvasMs), replies: summarizeLatencies(tally.replyMs) },
    messages: { sent: tally.sent, acked: tally.acked },
    errors: { total: tally.errors.length, byKind, examples: tally.errors.slice(0, EXAMPLES_KEPT).map((error) => `${error.kind}: ${error.detail}`) },
    database: { rowsPerRoom },
  };
}

/** The report as text, one fact a line. */
export function formatRoomsLoadReport(report: RoomsLoadReport): string {
  const latency = (summary: LatencySummary) => `p50 ${summary.p50_ms.toFixed(1)} ms, p95 ${summary.p95_ms.toFixed(1)} ms (n=${summary.n})`;
  const kinds = ROOMS_LOAD_ERROR_KINDS.filter((kind) => report.errors.byKind[kind] > 0).map((kind) => `${kind} ${report.errors.byKind[kind]}`);
  const rows = Object.entries(report.database.rowsPerRoom).map(([table, count]) => `${table} ${count}`);
  return [
    `rooms load: ${report.rooms} rooms x ${report.clientsPerRoom} clients on ${report.instances} instances for ${report.seconds} s`,
    `fan-out across instances: ${latency(report.fanout)}`,
    `  canvas edit, candidate -> interviewer: ${latency(report.fanout.canvas)}`,
    `  reply, interviewer -> candidate: ${latency(report.fanout.replies)}`,
    `messages: ${report.messages.sent} sent, ${report.messages.acked} acknowledged`,
    `errors: ${report.errors.total}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''}`,
    ...report.errors.examples.map((example) => `  ${example}`),
    `database rows per room: ${rows.join(', ')}`,
  ].join('\n');
}

/**
 * Whether a URL's host is this machine (localhost, 127.0.0.0/8, ::1), or for a database URL also a
 * unix socket (no host, or a host that is a socket folder): the load run refuses any other target.
 */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const socketHost = parsed.searchParams.get('host');
  if (socketHost !== null && !socketHost.startsWith('/') && !isLoopbackHost(socketHost)) return false;
  const host = parsed.hostname;
  if (host === '') return parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:';
  return isLoopbackHost(host);
}

function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const octets = bare.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255);
}
