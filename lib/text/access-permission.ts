import { firstCue } from './normalise';

/**
 * Whether a line asks who is permitted to see some data ("Which teams may see a driver's GPS trail?", "Who is allowed
 * to look at a rider's pickup history?", "who gets to view full card numbers?"): a question of access control, the
 * privacy and security topic, not of who reads the output. Permission must be asked ("may", "allowed", "permitted",
 * "gets to", "cleared"): "who can see the dashboard?" and "who looks at the numbers?" ask for readers. General
 * English only.
 */

/** Who: a person, a team, a role. */
const WHO = String.raw`(?:who|whom|which\s+(?:\w+\s+)?(?:teams?|people|persons?|roles?|users?|staff|groups?|departments?|employees?|analysts?|engineers?)|what\s+(?:\w+\s+)?(?:teams?|people|roles?|users?|staff|groups?))`;
/** Seeing or getting at data. */
const SEE = String.raw`(?:see|view|look at|access|read|query|open|get at|get access to|have access to|touch)`;
/** Being permitted. */
const PERMITTED = String.raw`(?:may|might|gets? to|get to|is allowed to|are allowed to|should be allowed to|would be allowed to|is permitted to|are permitted to|is authori[sz]ed to|are authori[sz]ed to|is cleared to|are cleared to|has the right to|have the right to|has permission to|have permission to|needs? permission to)`;
const PATTERNS = [
  // "which teams may see ...", "who is allowed to look at ...", "who gets to view ..."
  new RegExp(String.raw`\b${WHO}\s+(?:\w+\s+)?${PERMITTED}\s+(?:\w+\s+)?${SEE}\b`, 'i'),
  // "who is allowed access to ...", "which roles get access to ..."
  new RegExp(String.raw`\b${WHO}\s+(?:is|are|gets?|get)\s+(?:allowed|permitted|granted|given)\s+access\b`, 'i'),
  // "is anyone allowed to see ...", "are analysts permitted to view ..."
  new RegExp(String.raw`\b(?:is|are)\s+(?:\w+\s+){1,2}?(?:allowed|permitted|authori[sz]ed|cleared)\s+to\s+${SEE}\b`, 'i'),
];

/** The words with which `text` asks who is permitted to see data (see the module comment), or null. Pure; never throws. */
export function accessPermissionCue(text: string): string | null {
  return firstCue(text, PATTERNS);
}
