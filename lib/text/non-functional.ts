/**
 * Words that state a non-functional requirement without a figure: a freshness or schedule ("within seconds",
 * "nightly", "hourly"), an availability ("highly available", "uptime", "failover"), a retention ("kept for years",
 * "retention", "archive"), a volume ("peak", "throughput") or a compliance duty (GDPR, HIPAA, PCI, PII, encryption).
 * Sources: the non-functional requirements every system-design interview asks for (latency/freshness, scale,
 * availability, durability/retention, security/compliance). Data: add a cue here.
 */
const NON_FUNCTIONAL_CUES =
  /\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ms|sub-second|daily|nightly|hourly|weekly|monthly|yearly|latency|latencies|sla|slas|slo|slos|p9\d|availab\w*|uptime|failover|fallback|redundan\w*|durab\w*|retain\w*|retention|archiv\w*|ttl|throughput|peak|volume|volumes|gdpr|hipaa|pci|pii|phi|encrypt\w*|pseudonymi[sz]\w*|anonymi[sz]\w*|tokeni[sz]\w*|lossless|no loss|exactly[- ]once|at[- ]least[- ]once)\b/i;

/**
 * Whether a text states any non-functional requirement: a figure (any digit: "30 s", "99.9%", "7 years", "by 07:00")
 * or a cue word (see NON_FUNCTIONAL_CUES: "nightly", "highly available", "GDPR"). "Riders see a surge price; ops see
 * supply and demand on a map" and "as fast as possible" state none. Pure; never throws; one regex over the text.
 */
export function statesNonFunctional(text: string): boolean {
  if (typeof text !== 'string' || text === '') return false;
  return /\d/.test(text) || NON_FUNCTIONAL_CUES.test(text);
}
