import { cueLine } from './normalise';
import { COMPONENT_NAMES } from './components';
import { TOOL_NAMES } from './tool-list';

/**
 * Design choices put as questions: "I'm thinking Kafka plus Flink for the stream, that works?",
 * "Redis for the online features, fine?", "And Grafana for monitoring - any objections?". The line
 * proposes a product and asks for approval; it asks nothing about the business, so an interviewer
 * answers "that's for the design" and learns the candidate skipped clarifying. A question about what
 * runs today ("Kafka is already in place, fine?", "Do you use Snowflake?") is not a pitch.
 */

/** Products named in pitches that are not stores, brokers or engines: monitoring, BI and transformation tools. */
export const PITCHED_TOOLS: readonly string[] = [
  'grafana', 'prometheus', 'datadog', 'new relic', 'splunk', 'pagerduty', 'opentelemetry', 'looker', 'tableau', 'superset', 'metabase',
  'power bi', 'great expectations', 'monte carlo', 'feast', 'tecton', 'mlflow', 'kubeflow', 'sagemaker', 'vertex',
];

/** Generic kinds in the component lists: naming "a warehouse" is not pitching a product. */
const GENERIC_KINDS: ReadonlySet<string> = new Set([
  'warehouse', 'data warehouse', 'datawarehouse', 'lakehouse', 'lake', 'data lake', 'blob storage', 'object storage', 'bucket',
  'oltp database', 'key value store', 'key-value store', 'in-memory store', 'lambda', 'http', 'https', 'delta', 'glue', 'beam', 'storm',
]);

const words = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[^a-z0-9/'-]+/).filter((word) => word !== '');

let products: { one: Set<string>; two: Set<string> } | undefined;

function productNames() {
  if (products) return products;
  const one = new Set<string>();
  const two = new Set<string>();
  for (const name of [...COMPONENT_NAMES, ...TOOL_NAMES, ...PITCHED_TOOLS]) {
    if (GENERIC_KINDS.has(name)) continue;
    const parts = words(name);
    if (parts.length === 1 && parts[0]) one.add(parts[0]);
    else if (parts.length === 2) two.add(parts.join(' '));
  }
  products = { one, two };
  return products;
}

/** The products a text names, in order, each once ("kafka", "flink"). */
export function namedProducts(text: string): string[] {
  if (typeof text !== 'string') return [];
  const { one, two } = productNames();
  const tokens = words(text.slice(0, 500));
  const found: string[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const pair = `${tokens[at]} ${tokens[at + 1] ?? ''}`;
    const name = two.has(pair) ? pair : one.has(tokens[at] ?? '') ? (tokens[at] ?? '') : '';
    if (name === '') continue;
    if (!found.includes(name)) found.push(name);
    if (two.has(pair)) at += 1;
  }
  return found;
}

/** An approval asked of the interviewer at the end of the line: "that works?", "fine?", "ok with you?", "any objections?". */
const APPROVAL_TAIL =
  /(?:^|[\s,;:.\u2014-])(?:(?:does |would |will )?(?:that|this|it) (?:works?|do|does|flies|fly|sounds? (?:good|ok|okay|right|fine|reasonable|alright))|(?:does |would )?(?:that |this )?sounds? (?:good|ok|okay|fine|reasonable|alright)|(?:is |are )?(?:that|this|it)? ?(?:ok|okay|fine|alright|all right|good|cool|acceptable|reasonable)(?: (?:with|for|by) (?:you|everyone))?|any objections?|objections?|agreed|agree|(?:does )?(?:that |this )?makes? sense|happy with (?:that|this)|good with (?:that|this|you))\s*\?+\s*$/i;
/** A proposal opening the line: "I'm thinking ...", "I'd use ...", "How about ...", "Let's go with ...". */
const PROPOSAL_OPENER =
  /^(?:and |so |ok,? |okay,? |then,? )?(?:i(?:'m| am) (?:thinking|planning|leaning towards|going with|going to use)|i(?:'d| would|'ll| will) (?:use|go with|pick|choose|propose|suggest|reach for)|i (?:propose|suggest|plan to use|want to use)|let's (?:use|go with|pick)|how about|what about using|we could (?:use|go with)|my plan is)\b/i;
/** A line about what runs today asks about the existing systems, whatever its tag. */
const ABOUT_TODAY = /\b(?:already|today|currently|existing|in place|at the moment|right now|do (?:you|we) (?:use|have|run)|are (?:you|we) (?:using|running|on)|is there)\b/i;

/**
 * Leave to use a product, or the interviewer's preference between products: "Can we use Kafka for ingestion?", "Is
 * Flink OK, or would you rather we used Spark?", "Would you prefer TimescaleDB or InfluxDB?", "Should it be Kinesis
 * or Kafka?". The choice is the candidate's; an interviewer answers "your call" and learns no requirement.
 */
const PERMISSION_ASK =
  /\b(?:(?:can|could|may|might|should|shall) (?:we|i) (?:use|go with|pick|choose|adopt|bring in|introduce|deploy|stick with|rely on|standardi[sz]e on)|(?:are|am) (?:we|i) (?:allowed|permitted|free) to (?:use|pick|choose|bring in)|(?:would|do) you (?:rather|prefer)|would you rather|should (?:it|this|that) be|which (?:one |of (?:them|these|those|the two) )?(?:is better|do you prefer|would you (?:pick|prefer|choose))|is there a preference (?:for|between)|(?:is|are) (?:\S+ ){1,4}?(?:ok|okay|fine|allowed|acceptable|approved|permitted)(?: to use| here| for [^,?]{1,40})?\s*(?:,|\?|$))/i;
/** A question word asking something of the business: a line holding one asks more than leave to use a product. */
const ASKS_REQUIREMENT = /\b(?:how|when|who|whom|where|why|what)\b/i;
/** A bare choice between products ("Kafka or Kinesis?", "Kafka or Kinesis for ingestion?"): a short line of products. */
const BARE_CHOICE = /^[\w .'/-]{1,40} (?:or|vs\.?|versus) [\w .'/-]{1,40}\?+$/i;

/**
 * The products a line pitches for approval, or null when it is not a pitch: a line ending in "?" that
 * names at least one product (a store, broker, engine or tool by name, not a kind such as "a
 * warehouse") and either ends with an approval tag or opens with a proposal, or asks leave to use it or the
 * interviewer's preference between products ("Can we use Kafka?", "Would you prefer TimescaleDB or InfluxDB?",
 * "Kafka or Kinesis?") and asks nothing else of the business, and says nothing of what runs today. Pure; never
 * throws.
 */
export function readToolPitch(text: string): string[] | null {
  if (typeof text !== 'string') return null;
  const line = cueLine(text).trim();
  if (!line.endsWith('?') || ABOUT_TODAY.test(line)) return null;
  const approval = APPROVAL_TAIL.test(line) || PROPOSAL_OPENER.test(line);
  // Products are looked up only in a line put as a pitch: most lines are not.
  if (!approval && (ASKS_REQUIREMENT.test(line) || (!PERMISSION_ASK.test(line) && !BARE_CHOICE.test(line)))) return null;
  const named = namedProducts(line);
  if (named.length === 0) return null;
  if (approval) return named;
  // The choice opens with a product ("Kafka or Kinesis for ingestion?"); "Are orders in Postgres or MySQL?" asks what runs.
  const choice = BARE_CHOICE.test(line) && named.length >= 2 && line.toLowerCase().startsWith(named[0] ?? '');
  return PERMISSION_ASK.test(line) || choice ? named : null;
}
