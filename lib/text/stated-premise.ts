/**
 * An assumption the candidate states as the ground of a question instead of asking it: "Since this is a global
 * Uber-scale platform with ~2 million drivers online, how often does each driver ping?". The question asks the ping
 * rate; the opening states the scope and the scale as settled. An interviewer answers the question and corrects the
 * assumption, and the topic the assumption names shows, as a guess, that the candidate thought of it. General
 * English only: causal and conditional openers that take something as given.
 */
const STATED_GROUND =
  /^\s*(?:so\s+|and\s+)?((?:since|given that|given|assuming|as)\s+(?:this|it|we|the|our|that|they)(?:'s|'re)?\s[^,;?]{3,}?)\s*,\s*(?=\S)/i;

/** The stated ground of a question ("Since this is a global Uber-scale platform ..."), without its comma, or null. Pure; never throws. */
export function statedGround(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = STATED_GROUND.exec(text.slice(0, 500).replace(/[\u2018\u2019]/g, "'"));
  if (!match?.[1]) return null;
  // "As we discussed, ..." and "Given the above, ..." refer back; they state nothing of their own.
  return /\b(?:discussed|mentioned|said|above|before)\s*$/i.test(match[1]) ? null : match[1].trim();
}
