import { cueLine } from './normalise';

/**
 * Whether a line asks by when something must be visible to the people who use it, often after setting a scene
 * ("a customer orders at 23:59 - by when must it be on the dashboard?", "a truck breaks down at noon; when should
 * dispatch see it?", "by when does finance need the revenue numbers?"). The deadline between an event and its showing is the freshness requirement (latency, SLA),
 * whatever entities the scene names. General English only.
 */
const DEADLINE = new RegExp(
  [
    String.raw`\b(?:by when|how soon|when)\s+(?:must|should|does|do|will|would|has|have|needs?|is|are)\b(?:\s+\w+){0,8}?\s+(?:show|shows|showing|appear|appears|be visible|visible|be seen|see|sees|reflect|reflects|pick up|be on|be in|turn up|land|update|updates|hear|hears|know|notice|be (?:shown|marked|flagged|displayed|updated))\b`,
    String.raw`\bwithin how (?:long|many (?:seconds|minutes|hours))\b`,

  ].join('|'),
  'i',
);

/** The words with which `text` asks by when something must show to its users, or null. Pure; never throws. */
export function visibilityDeadlineCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = DEADLINE.exec(cueLine(text));
  return match ? match[0] : null;
}

/**
 * A deadline set by the people who need the output: "By when does finance need the revenue numbers?", "how soon do
 * the plant managers want the OEE?". The people named are whose deadline it is, not a question of who reads the
 * output: the line asks freshness.
 */
const NEEDED_BY = /\b(?:by when|by what time|how soon|at what time)\s+(?:must|should|does|do|will|would|did)\b(?:\s+[\w']+){1,6}?\s+(?:need|needs|want|wants|expect|expects|require|requires|get|gets|have|has)\b/i;

/** The words with which `text` asks by when its users need something (see NEEDED_BY), or null. Pure; never throws. */
export function neededByCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = NEEDED_BY.exec(cueLine(text));
  return match ? match[0] : null;
}
