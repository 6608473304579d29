import { firstCue } from './normalise';

/**
 * Whether a line asks what the team already knows or runs: its skills, experience or comfort with tools ("is the
 * team stronger in SQL or in Spark?", "has anyone here operated Kafka in production?", "what's the engineers'
 * experience with Flink?"). What people know and run today is part of the current setup (the interview guides'
 * "existing stack and team" question), not who reads the output nor the team's size or budget. General English
 * only.
 */

/** Who: the team, its engineers, anyone here. */
const WHO = String.raw`(?:team|teams|engineers|engineering|developers|devs|people|folks|staff|anyone|anybody|someone|somebody|they|we)`;
/** Knowing or being at ease with something. */
const SKILL = String.raw`(?:stronger|strong|better|more at home|at home|comfortable|experienced|familiar|fluent|skilled|proficient|versed|used to working|good)\s+(?:in|with|at|running|operating)`;
const PATTERNS = [
  // "is the team stronger in SQL", "are the engineers more at home in Scala"
  new RegExp(String.raw`\b${WHO}\b(?:\s+\w+){0,3}?\s+(?:is|are|be|feel|feels)?\s*(?:\w+\s+)?${SKILL}\b`, 'i'),
  // "the team's experience with Spark", "what experience does the team have with Kafka"
  new RegExp(String.raw`\b${WHO}'?s?\s+(?:experience|expertise|skills?|skill set|skillset|background)\s+(?:with|in|of|running|operating)\b`, 'i'),
  new RegExp(String.raw`\b(?:experience|expertise|skills?|skill set|skillset)\s+(?:does|do)\s+(?:the\s+)?${WHO}\s+have\b`, 'i'),
  // "does the platform team have any Flink experience"
  new RegExp(String.raw`\b${WHO}\s+(?:\w+\s+)?(?:have|has|got)\s+(?:any|much|some|real|enough|prior)\s+(?:[\w+#.-]+\s+){0,2}?(?:experience|expertise|skills?|background)\b`, 'i'),
  // "does the data team already know Flink", "has anyone on the team run Kafka in production", "do they write Spark"
  new RegExp(
    String.raw`\b(?:does|do|has|have|did)\s+(?:the\s+|our\s+)?(?:\w+\s+)?${WHO}\b(?:\s+(?:here|on the team|in the team|already|ever))*\s+(?:know|knows|run|ran|operated|operate|used|worked with|write|writes|code in|program in|built with)\b(?!\s+(?:in|on|across|from|out of)\s+(?:one|a|an|two|three|each|every|the|several|multiple|\d+)\b)`,
    'i',
  ),
  new RegExp(String.raw`\b(?:run|ran|operated|operating|running)\s+(?:\w+\s+){1,3}in production\b`, 'i'),
  new RegExp(String.raw`\b(?:learning|learn)\s+(?:it|them|\w+)\s+from scratch\b`, 'i'),
];

/** The words with which `text` asks what the team knows or runs (see the module comment), or null. Pure; never throws. */
export function teamSkillsCue(text: string): string | null {
  return firstCue(text, PATTERNS);
}

/** A team or person that would run the system: an ops, platform or integration team, an on-call rota, "just me". */
const OPERATORS = String.raw`(?:(?:ops|operations|sre|platform|integration|infra(?:structure)?|data|support|it|ot|engineering|devops|plant|site|local|dedicated|central|own)\s+(?:team|teams|staff|people|engineers?|crew)|(?:team|teams|anyone|someone|somebody|people|staff|engineers?)|on[- ]call (?:rota|rotation|team|engineers?)|just (?:me|us|one person))`;
/** Running, supporting or looking after a system once built. */
const OPERATE = String.raw`(?:run|runs|running|operate|operates|operating|support|supports|supporting|maintain|maintains|maintaining|look after|looks after|looking after|own|owns|keep it running|keep them running)`;
const OPERATING_PATTERNS = [
  // "is there a data team to run this after launch?", "do we have anyone to support it overnight?"
  new RegExp(String.raw`\b(?:is there|are there|do we have|have we got|will there be|would there be|will we have|is it)\s+(?:a |an |any |the |our |some |one )?(?:(?:central|dedicated|separate|small|proper|shared|in-house|local)\s+)?${OPERATORS}\b[^?.;]{0,30}?\b(?:to|who(?:'ll| will| would| can)?|that(?:'ll| will| would| can)?)\s+${OPERATE}\b`, 'i'),
  // "who supports the interfaces overnight?", "who will run this once it's live?"
  new RegExp(String.raw`\bwho(?:'s| is| will| would| currently)?\s+(?:going to\s+)?(?:supports?|operates?|maintains?|looks? after|run|be running|be supporting|be operating)\s+(?:the|this|it|our|these|those|them)\b`, 'i'),
  // "does the integration team have an on-call rota?", "does each plant have its own OT team on call?"
  new RegExp(String.raw`\b${OPERATORS}\b[^?.;]{0,40}?\b(?:on[- ]call|rota|rotation|pager|24\s*/\s*7 (?:cover|support))\b`, 'i'),
  new RegExp(String.raw`\b(?:have|has|got)\s+(?:a|an|its|their|our|any)\s+(?:own\s+|dedicated\s+)?(?:ops|operations|sre|platform|integration|infra\w*|data|support|it|ot|devops|plant|site|local)\s+(?:team|teams|staff|crew)\b`, 'i'),
  // "or is it just me on call?"
  new RegExp(String.raw`\bjust (?:me|us|one person)\b[^?.;]{0,15}?\b(?:on[- ]call|running it|supporting it)\b`, 'i'),
];

/**
 * The words with which `text` asks who runs or supports the system: whether an ops, platform or integration team
 * exists, whether it has an on-call rota, or who looks after the system once it is live ("is there a data team to
 * run this after launch, or is it just me on call?", "does each plant have its own OT team on call?"). The people who
 * run systems today are part of the current setup (the interview guides' "existing stack and team"), not how critical
 * the system is: who is paged when it fails is (lib/text/failure-response), and callers check for a failure first.
 * Null when none. Pure; never throws.
 */
export function operatingTeamCue(text: string): string | null {
  if (typeof text !== 'string' || !/\b(?:team|teams|on[- ]call|rota|who|just (?:me|us)|anyone|someone|staff)\b/i.test(text)) return null;
  return firstCue(text, OPERATING_PATTERNS);
}
