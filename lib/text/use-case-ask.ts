import { firstCue } from './normalise';

/**
 * A question about what an output must show its users: "what should the bed census show - beds per ward?", "which
 * flow metrics for the ED view?", "what do the researchers want - cohorts by diagnosis?", "should clinicians be able
 * to drill down to a single patient?". Asking the use cases asks the functional requirements, which interview guides
 * put first under "what are we building" (scope), whatever else the line asks (its readers, its first feature).
 * General English only.
 */
const PATTERNS = [
  new RegExp(String.raw`\bwhat (?:should|must|will|would|does|do|is)\s+(?:the |a |an |our |their |this |that )?(?:[\w'-]+ ){0,3}?(?:show|display|contain|include|list|cover|report)\b`, 'i'),
  new RegExp(String.raw`\bwhat (?:does|do|would|will)\s+(?:the |our |their )?(?:[\w'-]+ ){0,3}?(?:want|need|expect) to (?:see|know|track|find|get)\b`, 'i'),
  new RegExp(String.raw`\bwhat do(?:es)?\s+(?:the |our |their )?(?:[\w'-]+ ){0,3}?want\s*(?:[-:\u2014,]|$|\?)`, 'i'),
  new RegExp(String.raw`\bwhich (?:[\w-]+ )?(?:metrics|measures|kpis|views|charts|figures|breakdowns|cohorts)\b`, 'i'),
  new RegExp(String.raw`\b(?:be able to |able to |can |could )?drill (?:down|into)\b`, 'i'),
];

/** The words with which `text` asks what an output must show (see the module comment), or null. Pure; never throws. */
export function outputUseCaseCue(text: string): string | null {
  if (typeof text !== 'string' || !/\b(?:show|display|contain|include|list|cover|report|want|see|metrics|measures|kpis|views|charts|figures|breakdowns|cohorts|drill)\b/i.test(text)) return null;
  return firstCue(text, PATTERNS);
}
