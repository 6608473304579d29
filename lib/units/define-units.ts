import type { MathJsInstance } from 'mathjs';

/** Counting units: a base dimension of their own, so `events/s` is a rate and never equal to `1/s` or bytes. */
export const EVENT_UNIT_ALIASES = ['events', 'request', 'requests', 'req', 'message', 'messages', 'msg', 'record', 'records', 'row', 'rows'];

/**
 * The units and number words every mathjs instance of ours understands, so a mentor's rubric and a
 * learner's worksheet read `5 min`, `KB`, `Gbps` or `10 million` the same way.
 */
export function defineTrainerUnits(math: MathJsInstance): void {
  math.createUnit('event', { aliases: EVENT_UNIT_ALIASES });
  // Learners write KB and Kb for kilo; mathjs only knows kB/kb. Gbps is how networks are quoted.
  math.createUnit({ KB: '1000 B', Kb: '1000 b', bps: { definition: '1 b/s', prefixes: 'short' } });
  // `10 million users` reads naturally in an estimate.
  math.import({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
}
