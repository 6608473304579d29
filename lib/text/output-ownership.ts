import { firstCue } from './normalise';

/**
 * Whether a line asks who owns an output of the system ("Who owns the sales numbers and who reads them?", "which
 * team owns the fraud scores?", "who owns the machine dashboards?"): the owner of a number, a dashboard or a score is
 * the business stakeholder it is built for, so an interviewer answers with the consumers. Ownership of a system
 * ("who owns the trip service?", "who owns the Postgres replica?") asks what exists today and is not read here.
 * General English only.
 */

/** Who: a person or a team. */
const WHO = String.raw`(?:who|which\s+(?:\w+\s+)?(?:team|teams|group|department|people|person|function)|what\s+(?:\w+\s+)?(?:team|group|department))`;
/** What an output is called: numbers, dashboards, scores, reports. */
const OUTPUT = String.raw`(?:numbers|figures|metrics?|kpis?|dashboards?|reports?|reporting|scores?|alerts?|outputs?|results?|insights?|forecasts?|marts?|data products?)`;
const PATTERNS = [
  // "who owns the sales numbers", "which team owns the fraud scores", "who owns these dashboards"
  new RegExp(String.raw`\b${WHO}\s+(?:\w+\s+)?(?:owns?|is the owner of|are the owners of|will own|would own|should own)\s+(?:the\s+|these\s+|those\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?${OUTPUT}\b`, 'i'),
  // "who is the owner of the dashboards", "the owner of the revenue numbers"
  new RegExp(String.raw`\b(?:owners?|business owners?)\s+of\s+(?:the\s+|these\s+|those\s+|our\s+)?(?:[\w-]+\s+){0,2}?${OUTPUT}\b`, 'i'),
];

/** The words with which `text` asks who owns an output (see the module comment), or null. Pure; never throws. */
export function outputOwnershipCue(text: string): string | null {
  return firstCue(text, PATTERNS);
}
