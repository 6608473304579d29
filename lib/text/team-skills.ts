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
    String.raw`\b(?:does|do|has|have|did)\s+(?:the\s+|our\s+)?(?:\w+\s+)?${WHO}\b(?:\s+(?:here|on the team|in the team|already|ever))*\s+(?:know|knows|run|ran|operated|operate|used|worked with|write|writes|code in|program in|built with)\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:run|ran|operated|operating|running)\s+(?:\w+\s+){1,3}in production\b`, 'i'),
  new RegExp(String.raw`\b(?:learning|learn)\s+(?:it|them|\w+)\s+from scratch\b`, 'i'),
];

/** The words with which `text` asks what the team knows or runs (see the module comment), or null. Pure; never throws. */
export function teamSkillsCue(text: string): string | null {
  return firstCue(text, PATTERNS);
}
