import { cueLine } from './normalise';

/**
 * How the pipeline's own health is watched: "do we alert on consumer lag?", "is there alerting on missing
 * data?", "who gets paged if the job lags?", "how would we know if a site's gateways go silent?". Monitoring
 * and alerting on the system itself is the operational side of how critical it is (availability in every
 * interview guide: who is on call, what counts as down, how fast a failure is noticed), however much its
 * words speak of lag or staleness: the lag is what is watched, not a freshness need. An alert the business
 * itself sends ("alert the operator when a machine shakes") is the product, left to the topic cues: only
 * alerts on the pipeline's health (lag, gaps, missing or dropped data, failures, errors, backlog) count.
 * Source: the monitoring and alerting section of the SRE book (Beyer et al., "Site Reliability
 * Engineering", ch. 6), asked in these words in recorded mock interviews. General English only.
 */

/** What a pipeline's health alert watches: lag, gaps, missing or late data, failures, a stalled job. */
const HEALTH =
  '(?:(?:consumer |kafka |replication |processing |end[- ]to[- ]end )?lag|backlog|gaps?|missing (?:data|messages|events|readings|records|files|batches)|missing|silence|silent (?:devices?|gateways?|sources?|feeds?)|dropped (?:data|messages|events|readings)|drops?|failures?|failed (?:jobs?|runs?|loads?)|errors?|error rates?|stal(?:e|eness)|freshness|stuck (?:jobs?|consumers?)|the (?:job|pipeline|stream|load|consumer)s?|job failures?|pipeline health|data quality|throughput drops?|dead[- ]letter\\w*|dlq)';

/** Alerting, monitoring or paging on a health signal: "alert on consumer lag", "alerting for missing data". */
const ALERT_ON = new RegExp(`\\b(?:alert(?:s|ing|ed)?|alarm(?:s|ing)?|monitor(?:s|ing|ed)?|pag(?:e|es|ing)(?: someone| somebody| anyone)?|notif(?:y|ies|ied|ication)s?)\\s+(?:on|for|about|when there(?:'s| is| are)|if there(?:'s| is| are))\\s+(?:the\\s+|any\\s+|a\\s+)?(?:[a-z-]+\\s+)?${HEALTH}\\b`, 'i');

/** A person paged or on call for the system: "who gets paged", "who's on call for it". */
const PAGED = /\bwho(?:'s|se| is| are| gets?| would| will)?\b[^?.;]{0,20}?\b(?:paged|on[- ]call)\b/i;

/** Finding out that the system or a source stopped: "how do we find out if the gateways go silent". */
const FIND_OUT =
  /\bhow (?:do|would|will|can|could|should|does|did) (?:we|you|i|they|anyone|someone|somebody|the team|ops|operations)\s+(?:even\s+)?(?:find out|know|notice|detect|tell|spot|see|hear|learn|get told|get alerted|be alerted|be told)\b[^?]{0,60}?\b(?:go(?:es)? (?:silent|quiet|dark|down|offline|missing)|went (?:silent|quiet|dark|down|offline|missing)|stops? (?:sending|reporting|arriving|working|running|updating)|stopped|fails?|failed|breaks?|broke|lags?|falls? behind|is stuck|gets stuck|stalls?|stalled|crash(?:es|ed)?|dies|died)\b/i;

/** Monitoring and alerting named as a pair, or observability: the operational question itself. */
const PAIR = /\b(?:monitoring (?:and|&|or) alerting|alerting (?:and|&|or) monitoring|observability|on[- ]call rota|paging policy|alerting slo|slo for (?:alerting|alerts))\b/i;

/**
 * The words with which `text` asks how the pipeline's health is watched (alerting on lag or missing data,
 * who is paged, how a silent source is noticed), or null. Reads the first 500 characters. Pure; never throws.
 */
export function pipelineWatchCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const line = cueLine(text);
  return (ALERT_ON.exec(line) ?? PAGED.exec(line) ?? FIND_OUT.exec(line) ?? PAIR.exec(line))?.[0] ?? null;
}
